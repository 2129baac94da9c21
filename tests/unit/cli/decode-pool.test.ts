import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { merge } from '../../../cli/commands/merge.ts';
import { poolReader, startDecodeWorker } from '../../../cli/decode-pool.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { nodeSha256 } from '../../../cli/node-sha256.ts';
import { type BundleReader, forEachBundleFile } from '../../../cli/read-bundle-files.ts';
import { readFileBytes } from '../../../cli/read-file-bytes.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { writeManyBundles } from '../../bench/many-bundles.ts';
import { memoryDeps } from './support/memory-deps.ts';

let folder = '';
let files: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regiobeeld-pool-'));
  const made = await writeManyBundles(folder, 12, 400);
  const broken = join(folder, 'broken.json');
  await writeFile(broken, '{"format":"regiobeeld-bundle",');
  const resigned = join(folder, 'resigned.json');
  const text = (await readFileBytes(made.files[3] as string, LIMITS.bundleBytes)) as { bytes: Uint8Array };
  await writeFile(resigned, new TextDecoder().decode(text.bytes).replace('"organisation":"Partner 4', '"organisation":"Partner X'));
  files = [...made.files.slice(0, 5), broken, ...made.files.slice(5), resigned, join(folder, 'missing.json')];
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const STOPPING = new URL('./support/stopping-decode-worker.js', import.meta.url);

/** Starts the real decoding thread, or for the threads `stop` names one that stops after `stopAfter` answers. */
function stoppingAfter(stopAfter: number, how: 'exit' | 'throw', stop: (thread: number) => boolean) {
  return (thread: number) => (stop(thread) ? new Worker(STOPPING, { workerData: { stopAfter, how } }) : startDecodeWorker());
}

/** The machine in memory, reading real files. */
function fileDeps() {
  const machine = memoryDeps(new Map(), 'en');
  return { machine, deps: { ...machine.deps, readBytes: (path: string) => readFileBytes(path, LIMITS.bundleBytes), sha256: nodeSha256 } };
}

/** `merge` over real files, with the given reader (none: one file after another on this thread). */
async function mergeWith(threads: number | undefined, startWorker?: (thread: number) => Worker) {
  const { machine, deps: read } = fileDeps();
  const deps = { ...read, ...(threads === undefined ? {} : { readBundles: () => poolReader(threads, read, startWorker) }) };
  const code = await merge(files, 'out.json', deps);
  return { code, out: machine.out, err: machine.err, text: machine.written.get('out.json') };
}

describe('the decoding pool', () => {
  it('merges to the same bytes and says the same as reading one file after another', async () => {
    const serial = await mergeWith(undefined);
    const pooled = await mergeWith(2);
    const three = await mergeWith(3);
    expect(serial.code).toBe(EXIT.failed);
    expect(serial.text?.length).toBeGreaterThan(100_000);
    for (const run of [pooled, three]) {
      expect(run.text).toBe(serial.text);
      expect(run.out).toEqual(serial.out);
      expect(run.err).toEqual(serial.err);
      expect(run.code).toBe(serial.code);
    }
  }, 120_000);

  it('reads on the main thread what a stopped thread had not read, and merges the same', async () => {
    const serial = await mergeWith(undefined);
    const oneExits = await mergeWith(
      2,
      stoppingAfter(1, 'exit', (thread) => thread === 0),
    );
    const allThrow = await mergeWith(
      3,
      stoppingAfter(1, 'throw', () => true),
    );
    const stopped = (reason: string) => `warning: a decoding thread stopped (${reason}); the files left to it are read on the main thread`;
    for (const [run, warnings] of [
      [oneExits, [stopped('exit 7')]],
      [allThrow, Array<string>(3).fill(stopped('stopped on purpose'))],
    ] as const) {
      expect(run.text).toBe(serial.text);
      expect(run.out).toEqual(serial.out);
      expect(run.code).toBe(serial.code);
      expect(run.err.filter((line) => line.startsWith('warning: a decoding thread'))).toEqual(warnings);
      expect(run.err.filter((line) => !line.startsWith('warning: a decoding thread'))).toEqual(serial.err);
    }
  }, 120_000);

  it('does as the one-thread reader does when reading on the main thread throws (that file refused, the rest read), or visit throws', async () => {
    const { deps } = fileDeps();
    const stopAtOnce = stoppingAfter(0, 'exit', () => true);
    const lost = { ...deps, readBytes: (path: string) => (path === files[9] ? Promise.reject(new Error('the disk is gone')) : deps.readBytes(path)) };
    const refusedBy = async (reader: BundleReader) => {
      const refused: string[] = [];
      await reader(files, (result) => (result.ok ? undefined : refused.push(...result.problems)));
      return refused;
    };
    const serial = await refusedBy((names, visit) => forEachBundleFile(names, lost, visit));
    expect(serial.filter((line) => line.includes('the disk is gone'))).toEqual([
      `${files[9]}: could not be checked, Regiobeeld stopped on it (Error: the disk is gone); the file is left out, please report it`,
    ]);
    expect(await refusedBy(poolReader(2, lost, stopAtOnce))).toEqual(serial);
    const visit = (result: { file: string }) => {
      if (result.file === files[4]) throw new Error('visit failed');
    };
    await expect(poolReader(2, deps, stopAtOnce)(files, visit)).rejects.toThrow('visit failed');
  }, 120_000);

  it('names each refused file and merges the others', async () => {
    const { out, err, code } = await mergeWith(2);
    expect(code).toBe(EXIT.failed);
    expect(out.filter((line) => line.startsWith('ok  '))).toHaveLength(12);
    expect(out).toContain('merged 12 bundles into out.json');
    expect(err).toContainEqual(expect.stringMatching(/broken\.json: .*ends too early/));
    expect(err).toContainEqual(expect.stringMatching(/resigned\.json: integrity\.signature: the signature does not match/));
    expect(err).toContainEqual(expect.stringMatching(/missing\.json: /));
    expect(err.at(-1)).toMatch(/3 files were refused .*broken\.json, .*resigned\.json, .*missing\.json\); the merge of the other 12 files/);
  }, 120_000);
});
