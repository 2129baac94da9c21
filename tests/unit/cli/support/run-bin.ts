import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportLanguage } from '../../../../shared/report/texts.ts';
import { ROOT } from './examples.ts';

export const BIN = join(ROOT, 'cli/bin/regiobeeld.js');

export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The programs' settings of these runs (the coordinator's key ring among them), never the user's own. */
const CONFIG_HOME = mkdtempSync(join(tmpdir(), 'regiobeeld-config-'));

const LOCALE_NAMES = new Set(['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']);

/** The environment of a run: this one's, without its locale, so no run speaks the language of the machine it runs on. */
export function runEnv(locale: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LOCALE_NAMES.has(name)));
  return { ...env, XDG_CONFIG_HOME: CONFIG_HOME, ...locale };
}

/** The locale that asks for each language: none for Dutch, the default. */
export const BIN_LOCALE: Readonly<Record<ReportLanguage, Readonly<Record<string, string>>>> = { nl: {}, en: { LANG: 'en_GB.UTF-8' } };

/** Runs a Node script as a user would, from the repository root, and collects what it printed. */
export function runNode(args: readonly string[], locale: Readonly<Record<string, string>> = {}): Promise<BinRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: runEnv(locale) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs the CLI with the locale of `language`, or with the `locale` variables given. */
export function runBin(args: readonly string[], language: ReportLanguage | Readonly<Record<string, string>>): Promise<BinRun> {
  return runNode([BIN, ...args], typeof language === 'string' ? BIN_LOCALE[language] : language);
}

/** A stack trace line, as Node prints for an uncaught error. */
export const STACK_LINE = /^\s+at .+[:(]/m;
