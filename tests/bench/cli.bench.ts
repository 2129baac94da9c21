import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeManyBundles } from './many-bundles.ts';
import { CSV_FILE_NAMES } from '../../shared/regiobeeld/analyse.ts';
import { type Measurement, quantile } from './report.ts';

const BUNDLES = 200;
const RECORDS = 5_000;
const ROUNDS = 3;
const CLI = resolve('cli/bin/regiobeeld.js');

/** The same files read and parsed with plain `JSON.parse`, one after another, in a fresh Node. */
export const PLAIN_PARSE = `
const { readFileSync } = require('node:fs');
let records = 0;
for (const file of process.argv.slice(1)) records += JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))).records.length;
process.stdout.write(String(records));
`;

interface Run {
  readonly ms: number;
  readonly maxRssKb: number;
  readonly code: number | null;
  readonly stdout: string;
  /** The first line the command printed, on either stream. */
  readonly firstLine: string;
}

/** Wall time from the parent, peak memory from GNU time (`%M`, kilobytes) around the child. */
export function timed(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'maxrss=%M', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const rss = /maxrss=(\d+)/.exec(stderr);
      if (rss === null) fail(new Error(`no memory figure from /usr/bin/time: ${stderr.slice(-500)}`));
      else
        done({
          ms,
          maxRssKb: Number(rss[1]),
          code,
          stdout,
          firstLine: `${stdout}\n${stderr}`.split('\n').find((line) => line.trim() !== '' && !line.startsWith('maxrss=')) ?? '',
        });
    });
  });
}

/**
 * Issue 5's coordinator case: `regiobeeld report` over 200 signed partner bundles of 5,000 records
 * each, end to end in a child process (read, verify signature, parse, validate, integrity digest,
 * check every version's signature against the key ring (made in the first run), merge, analyse, write the HTML report and the CSV files), against a child that only reads
 * and `JSON.parse`s the same files; alternating, so both see the same machine.
 */
export async function benchCliReport(): Promise<Measurement> {
  const folder = await mkdtemp(join(tmpdir(), 'regiobeeld-bench-'));
  try {
    const made = await writeManyBundles(folder, BUNDLES, RECORDS);
    // The same region with no signature on any version: what the command did before it checked
    // them, run with --accept-unsigned, to show what checking every version costs.
    const unsignedFolder = join(folder, 'unsigned');
    await mkdir(unsignedFolder);
    const unsignedMade = await writeManyBundles(unsignedFolder, BUNDLES, RECORDS, 5, false);
    const keys = join(folder, 'keys.json');
    const samples: number[] = [];
    const baseline: number[] = [];
    const unchecked: number[] = [];
    const rss: number[] = [];
    const baselineRss: number[] = [];
    let summary = '';
    for (let round = 0; round < ROUNDS; round += 1) {
      const plain = await timed(process.execPath, ['-e', PLAIN_PARSE, ...made.files]);
      if (plain.code !== 0 || Number(plain.stdout) !== made.records) throw new Error(`the JSON.parse baseline failed (exit ${plain.code})`);
      baseline.push(plain.ms);
      baselineRss.push(plain.maxRssKb);

      const out = join(folder, `out-${round}`);
      const run = await timed(process.execPath, [
        CLI,
        'report',
        ...made.files,
        '--csv-dir',
        join(out, 'csv'),
        '--html',
        join(out, 'regiobeeld.html'),
        '--keys',
        keys,
        // The summary below is read in English; the run it is compared with speaks the same.
        '--lang',
        'en',
      ]);
      if (run.code !== 0) throw new Error(`regiobeeld report exited ${run.code}:\n${run.stdout.slice(-2000)}`);
      const written = await readdir(join(out, 'csv'));
      if (written.length !== CSV_FILE_NAMES.length || (await stat(join(out, 'regiobeeld.html'))).size === 0)
        throw new Error('regiobeeld report did not write its files');
      samples.push(run.ms);
      rss.push(run.maxRssKb);
      summary = run.stdout
        .split('\n')
        .filter((line) => /^\s+(observations|issues|survey answers|agenda)/.test(line))
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .join('; ');
      await rm(out, { recursive: true });

      const bare = await timed(process.execPath, [
        CLI,
        'report',
        ...unsignedMade.files,
        '--csv-dir',
        join(out, 'csv'),
        '--html',
        join(out, 'regiobeeld.html'),
        '--keys',
        join(folder, 'no-keys.json'),
        '--accept-unsigned',
        '--lang',
        'en',
      ]);
      if (bare.code !== 0) throw new Error(`regiobeeld report --accept-unsigned exited ${bare.code}:\n${bare.stdout.slice(-2000)}`);
      unchecked.push(bare.ms);
      await rm(out, { recursive: true });
    }
    const ratio = quantile(samples, 0.5) / quantile(baseline, 0.5);
    const checking = quantile(samples, 0.5) / quantile(unchecked, 0.5);
    const peakMb = Math.max(...rss) / 1024;
    return {
      name: `CLI: report over ${BUNDLES} bundles × ${RECORDS.toLocaleString('en')} records (issue 5)`,
      what: `\`regiobeeld report --csv-dir --html\` as a child process, ${ROUNDS} runs alternating with the baseline. The bundles (seeded, \`tests/bench/many-bundles.ts\`) are ${BUNDLES} partners' signed exports after syncing: each holds its own 250 records (clips with quotes, selectors and figures, issues, a completed ranking survey, edits and deletions) and those of the partners it synced with, some in older versions; ${made.records.toLocaleString('en')} records, ${(made.bytes / 2 ** 20).toFixed(0)} MiB. Every version is signed by its writer, whose partner record publishes the key. One sample = wall time of the whole command: read, check the bundle signature, parse, validate, integrity digest, merge, analyse, write the HTML report and ${CSV_FILE_NAMES.length} CSV files.`,
      samples,
      baseline: { what: 'a child Node that reads the same files and `JSON.parse`s each, nothing more', samples: baseline },
      targetMs: 10_000,
      notes: [
        `Within 5× of plain JSON.parse: ${ratio.toFixed(1)}× — **${ratio <= 5 ? 'met' : 'not met'}**.`,
        `Peak memory (max RSS) of the command: ${peakMb.toFixed(0)} MiB (baseline ${(Math.max(...baselineRss) / 1024).toFixed(0)} MiB); target below 2 GB — **${peakMb < 2048 ? 'met' : 'not met'}**.`,
        `Checking every version's signature against the key ring: ${(quantile(samples, 0.5) / 1000).toFixed(1)} s against ${(quantile(unchecked, 0.5) / 1000).toFixed(1)} s for the same region unsigned with --accept-unsigned (median of ${ROUNDS}), ${checking.toFixed(2)}×.`,
        `What the merge held: ${summary}.`,
      ],
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
