import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './examples.ts';

export const BIN = join(ROOT, 'cli/bin/regiobeeld.js');

export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The programs' settings of these runs (the coordinator's key ring among them), never the user's own. */
const CONFIG_HOME = mkdtempSync(join(tmpdir(), 'regiobeeld-config-'));

/** Runs a Node script as a user would, from the repository root, and collects what it printed. */
export function runNode(args: readonly string[]): Promise<BinRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: CONFIG_HOME } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export function runBin(args: readonly string[]): Promise<BinRun> {
  return runNode([BIN, ...args]);
}

/** A stack trace line, as Node prints for an uncaught error. */
export const STACK_LINE = /^\s+at .+[:(]/m;
