import { parseArgs } from 'node:util';
import { RegionCode } from '../shared/schema/region.ts';
import { isReportLanguage, REPORT_LANGUAGES } from '../shared/report/texts.ts';
import { merge, type MergeOptions } from './commands/merge.ts';
import { report, type ReportDeps } from './commands/report.ts';
import { validate } from './commands/validate.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { Output } from './output.ts';
import { MAIN_USAGE, MERGE_USAGE, REPORT_USAGE, VALIDATE_USAGE } from './usage.ts';

/** Everything the commands need from the machine; `nodeDeps()` gives the real ones. */
export type CliDeps = ReportDeps;

interface CommandLine {
  readonly files: string[];
  readonly output: string | undefined;
  readonly csvDir: string | undefined;
  readonly html: string | undefined;
  readonly lang: string | undefined;
  readonly trust: MergeOptions;
  readonly help: boolean;
}

/** Parses the words after the command, or says in one sentence why they make no sense. */
function parseCommandLine(args: readonly string[]): CommandLine | { readonly error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        output: { type: 'string', short: 'o' },
        'csv-dir': { type: 'string' },
        html: { type: 'string' },
        lang: { type: 'string' },
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
    return { files: positionals, output: values.output, csvDir: values['csv-dir'], html: values.html, lang: values.lang, trust, help: values.help ?? false };
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return { error: error.message };
    throw error;
  }
}

/** A usage text is printed a line at a time: every line the CLI prints is one line on the terminal. */
function printLines(print: (line: string) => void, text: string): void {
  for (const line of text.split('\n')) print(line);
}

function usageError(output: Output, problem: string, usage: string): ExitCode {
  output.err(`regiobeeld: ${problem}`);
  output.err('');
  printLines((line) => output.err(line), usage);
  return EXIT.usage;
}

/** Dispatches a command line to its command and returns the exit code. */
export async function main(args: readonly string[], deps: CliDeps): Promise<ExitCode> {
  const [command, ...rest] = args;
  if (command === undefined) return usageError(deps.output, 'no command given', MAIN_USAGE);
  if (command === 'help' || command === '--help' || command === '-h') {
    printLines((text) => deps.output.out(text), MAIN_USAGE);
    return EXIT.ok;
  }
  if (command !== 'validate' && command !== 'merge' && command !== 'report') return usageError(deps.output, `unknown command "${command}"`, MAIN_USAGE);

  const usage = { validate: VALIDATE_USAGE, merge: MERGE_USAGE, report: REPORT_USAGE }[command];
  const line = parseCommandLine(rest);
  if ('error' in line) return usageError(deps.output, line.error, usage);
  if (line.help) {
    printLines((text) => deps.output.out(text), usage);
    return EXIT.ok;
  }
  if (line.files.length === 0) return usageError(deps.output, `${command} needs at least one FILE`, usage);
  if (line.trust.region !== undefined && !RegionCode.safeParse(line.trust.region).success) {
    return usageError(deps.output, `--region takes a region code such as "helmond-de-peel", not "${line.trust.region}"`, usage);
  }

  if (command !== 'report') {
    if (line.csvDir !== undefined) return usageError(deps.output, `${command} writes no CSV files, so it takes no --csv-dir`, usage);
    if (line.html !== undefined || line.lang !== undefined)
      return usageError(deps.output, `${command} writes no HTML report, so it takes no ${line.html !== undefined ? '--html' : '--lang'}`, usage);
  }
  if (command === 'report') {
    if (line.output !== undefined)
      return usageError(
        deps.output,
        'report writes CSV files into a folder and an HTML report: give --csv-dir DIR or --html OUT.html instead of --output',
        usage,
      );
    if (line.csvDir === undefined && line.html === undefined)
      return usageError(deps.output, 'report needs --csv-dir DIR (the folder for the CSV files), --html OUT.html (the HTML report), or both', usage);
    if (line.lang !== undefined && line.html === undefined)
      return usageError(deps.output, '--lang sets the language of the HTML report, so it needs --html OUT.html', usage);
    const language = line.lang ?? 'nl';
    if (!isReportLanguage(language))
      return usageError(deps.output, `--lang must be ${REPORT_LANGUAGES.map((l) => `"${l}"`).join(' or ')}, not "${language}"`, usage);
    return report(line.files, { csvDir: line.csvDir, html: line.html, language }, deps, line.trust);
  }
  if (command === 'validate') {
    if (line.output !== undefined) return usageError(deps.output, 'validate writes nothing, so it takes no --output', usage);
    if (line.trust.keyRing !== undefined || line.trust.region !== undefined || line.trust.acceptUnsigned === true || (line.trust.acceptKeys?.size ?? 0) > 0) {
      return usageError(
        deps.output,
        'validate checks each file on its own; --keys, --accept-key, --accept-unsigned and --region are for merge and report',
        usage,
      );
    }
    return validate(line.files, deps);
  }
  if (line.output === undefined) return usageError(deps.output, 'merge needs -o OUT.json, the file to write the merged bundle to', usage);
  return merge(line.files, line.output, deps, line.trust);
}
