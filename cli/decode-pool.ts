import { Worker } from 'node:worker_threads';
import type { RegionRecord } from '../shared/schema/record.ts';
import type { BundleFile, BundleReader } from './read-bundle-files.ts';

/** What the main thread sends a decoding thread: one file, and "now" for the clock check. */
export interface DecodeRequest {
  readonly index: number;
  readonly file: string;
  readonly now: number;
}

/** What comes back: a refused file as it is, an accepted one with the canonical texts of the versions not sent before. */
export interface DecodeResult {
  readonly index: number;
  readonly result:
    | Extract<BundleFile, { ok: false }>
    | (Omit<Extract<BundleFile, { ok: true }>, 'records' | 'canonical'> & { readonly texts: readonly string[] });
}

const WORKER = new URL('./bin/decode-worker.js', import.meta.url);
/**
 * Each bundle parses into millions of short-lived objects: a young generation larger than V8's
 * default is collected less often, which measurably shortened decoding 200 large bundles.
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Files sent to a thread before it answers: while it decodes one, the next is already being read
 * and the main thread's answer to the last one is not waited for.
 */
const IN_FLIGHT = 2;

/**
 * Splits the files into one run of neighbours per thread, and lets a thread that is done take files
 * from the far end of the longest run left. Neighbouring files of a region share most records
 * (partners sync with each other), so each thread sends most versions once.
 */
function scheduler(count: number, threads: number): (thread: number) => number | undefined {
  const runs = Array.from({ length: threads }, (_, thread) => ({ next: Math.floor((count * thread) / threads), end: Math.floor((count * (thread + 1)) / threads) }));
  return (thread) => {
    const own = runs[thread];
    if (own !== undefined && own.next < own.end) return own.next++;
    const longest = runs.reduce((a, b) => (b.end - b.next > a.end - a.next ? b : a));
    if (longest.end <= longest.next) return undefined;
    longest.end -= 1;
    return longest.end;
  };
}

/**
 * Decodes the files on `threads` worker threads (read, signature, parse, hostile-input checks,
 * schema, region, clock, duplicates, integrity digest, all as `readBundleFile` does on one thread)
 * and hands the results to `visit` in the order of `files`, so the output reads the same.
 */
export function poolReader(threads: number, now: () => number): BundleReader {
  return (files, visit) =>
    new Promise((done, fail) => {
      const take = scheduler(files.length, threads);
      const ready: Array<BundleFile | undefined> = [];
      const workers: Worker[] = [];
      let delivered = 0;
      let finished = false;
      const finish = (error?: unknown) => {
        if (finished) return;
        finished = true;
        for (const worker of workers) void worker.terminate();
        if (error === undefined) done();
        else fail(error instanceof Error ? error : new Error(String(error)));
      };
      const deliver = () => {
        try {
          for (let result = ready[delivered]; result !== undefined; result = ready[delivered]) {
            ready[delivered] = undefined;
            delivered += 1;
            visit(result);
          }
        } catch (error) {
          finish(error);
          return;
        }
        if (delivered === files.length) finish();
      };
      const send = (worker: Worker, thread: number) => {
        const index = take(thread);
        if (index !== undefined) worker.postMessage({ index, file: files[index] as string, now: now() } satisfies DecodeRequest);
      };
      for (let thread = 0; thread < Math.min(threads, files.length); thread += 1) {
        const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on('message', ({ index, result }: DecodeResult) => {
          send(worker, thread);
          ready[index] = result.ok ? { ...result, records: result.texts.map((text) => JSON.parse(text) as RegionRecord), canonical: result.texts } : result;
          deliver();
        });
        worker.on('error', finish);
        worker.on('exit', (code) => {
          if (!finished) finish(new Error(`a decoding thread stopped (exit ${code}) before every file was read`));
        });
        for (let queued = 0; queued < IN_FLIGHT; queued += 1) send(worker, thread);
      }
      if (files.length === 0) finish();
    });
}
