import { parseArgs } from 'node:util';
import { RegionCode } from '../shared/schema/region.ts';
import { merge, type MergeOptions } from './commands/merge.ts';
import { report, type ReportDeps } from './commands/report.ts';
import { validate } from './commands/validate.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { chooseLanguage, type Locale } from './language.ts';
import { type Messages, MESSAGES } from './messages/index.ts';
import type { Output } from './output.ts';

/**
 * Everything the commands need from the machine, and its locale; `nodeDeps()` gives the real ones.
 * The messages are chosen from the command line and the locale, so they are not among them.
 */
export type CliDeps = Omit<ReportDeps, 'texts'> & { readonly locale: Locale };

interface CommandLine {
  readonly files: string[];
  readonly output: string | undefined;
  readonly csvDir: string | undefined;
  readonly html: string | undefined;
  readonly trust: MergeOptions;
  readonly help: boolean;
}

/** The option a parse error names ("'--output <value>'" gives "--output"), or the error's own words. */
function parseProblem(error: TypeError & { readonly code: unknown }, texts: Messages): string {
  const named = /'(-[^',\s]+(?:, --[^',\s]+)?)/.exec(error.message)?.[1];
  if (named === undefined) return error.message;
  const option = named.split(', ').at(-1) as string;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return texts.unknownOption(option);
  if (error.message.endsWith('argument missing')) return texts.optionNeedsValue(option);
  if (error.message.includes('does not take an argument')) return texts.optionTakesNoValue(option);
  return error.message;
}

/** Parses the words after the command, or says in one sentence why they make no sense. */
function parseCommandLine(args: readonly string[], texts: Messages): CommandLine | { readonly error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        output: { type: 'string', short: 'o' },
        'csv-dir': { type: 'string' },
        html: { type: 'string' },
        keys: { type: 'string' },
        'accept-key': { type: 'string', multiple: true },
        'accept-unsigned': { type: 'boolean' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    const trust: MergeOptions = {
      ...(values.keys === undefined ? {} : { keyRing: values.keys }),
      ...(values.region === undefined ? {} : { region: values.region }),
      acceptKeys: new Set(values['accept-key'] ?? []),
      acceptUnsigned: values['accept-unsigned'] ?? false,
    };
    return { files: positionals, output: values.output, csvDir: values['csv-dir'], html: values.html, trust, help: values.help ?? false };
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return { error: parseProblem(error, texts) };
    throw error;
  }
}

/** A usage text is printed a line at a time: every line the CLI prints is one line on the terminal. */
function printLines(print: (line: string) => void, text: string): void {
  for (const line of text.split('\n')) print(line);
}

function usageError(output: Output, texts: Messages, problem: string, usage: string): ExitCode {
  output.err(`${texts.problemPrefix}${problem}`);
  output.err('');
  printLines((line) => output.err(line), usage);
  return EXIT.usage;
}

/**
 * Dispatches a command line to its command and returns the exit code. `--lang` chooses the
 * language of the messages and of the HTML report; without it the locale chooses the messages
 * (`chooseLanguage`) and the report stays Dutch: it is read at the regional table, whatever
 * language the coordinator's machine is set to.
 */
export async function main(args: readonly string[], machine: CliDeps): Promise<ExitCode> {
  const choice = chooseLanguage(args, machine.locale);
  if (!choice.ok) {
    // Which language was meant is unknown: the problem is said in both, the help in the locale's.
    const { output } = machine;
    const fallback = MESSAGES[choice.fallback];
    for (const texts of [fallback, ...Object.values(MESSAGES).filter((texts) => texts !== fallback)])
      output.err(`${texts.problemPrefix}${texts.badLanguage(choice.value)}`);
    output.err('');
    printLines((line) => output.err(line), fallback.usage.main);
    return EXIT.usage;
  }
  const texts = MESSAGES[choice.language];
  const deps: ReportDeps = { ...machine, texts };
  const [command, ...rest] = choice.args;
  if (command === undefined) return usageError(deps.output, texts, texts.noCommand, texts.usage.main);
  if (command === 'help' || command === '--help' || command === '-h') {
    printLines((text) => deps.output.out(text), texts.usage.main);
    return EXIT.ok;
  }
  if (command !== 'validate' && command !== 'merge' && command !== 'report')
    return usageError(deps.output, texts, texts.unknownCommand(command), texts.usage.main);

  const usage = texts.usage[command];
  const fail = (problem: string) => usageError(deps.output, texts, problem, usage);
  const line = parseCommandLine(rest, texts);
  if ('error' in line) return fail(line.error);
  if (line.help) {
    printLines((text) => deps.output.out(text), usage);
    return EXIT.ok;
  }
  if (line.files.length === 0) return fail(texts.needsFile(command));
  if (line.trust.region !== undefined && !RegionCode.safeParse(line.trust.region).success) return fail(texts.badRegion(line.trust.region));

  if (command !== 'report') {
    if (line.csvDir !== undefined) return fail(texts.noCsvDir(command));
    if (line.html !== undefined) return fail(texts.noHtml(command));
  }
  if (command === 'report') {
    if (line.output !== undefined) return fail(texts.reportNoOutput);
    if (line.csvDir === undefined && line.html === undefined) return fail(texts.reportNeedsTarget);
    return report(line.files, { csvDir: line.csvDir, html: line.html, language: choice.asked ? choice.language : 'nl' }, deps, line.trust);
  }
  if (command === 'validate') {
    if (line.output !== undefined) return fail(texts.validateNoOutput);
    if (line.trust.keyRing !== undefined || line.trust.region !== undefined || line.trust.acceptUnsigned === true || (line.trust.acceptKeys?.size ?? 0) > 0) {
      return fail(texts.validateNoTrust);
    }
    return validate(line.files, deps);
  }
  if (line.output === undefined) return fail(texts.mergeNeedsOutput);
  return merge(line.files, line.output, deps, line.trust);
}
