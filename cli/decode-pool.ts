import { Worker } from 'node:worker_threads';
import type { KnownRecords } from '../shared/bundle/decode.ts';
import type { ReportLanguage } from '../shared/report/texts.ts';
import type { RegionRecord } from '../shared/schema/record.ts';
import type { Output } from './output.ts';
import { readBundleFile, type BundleFile, type BundleReader, type ReadOneDeps } from './read-bundle-files.ts';

/** What the main thread sends a decoding thread: one file, "now" for the clock check, and the language of its problems. */
export interface DecodeRequest {
  readonly index: number;
  readonly file: string;
  readonly now: number;
  readonly language: ReportLanguage;
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

/** Starts one real decoding thread; tests start others through `poolReader`'s `startWorker`. */
export function startDecodeWorker(): Worker {
  return new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/** What the pool needs besides its threads: what reading a file on this thread needs, and where to warn. */
export type PoolDeps = ReadOneDeps & { readonly output: Output };

/**
 * Files sent to a thread before it answers: while it decodes one, the next is already being read
 * and the main thread's answer to the last one is not waited for.
 */
const IN_FLIGHT = 2;

interface Scheduler {
  /** The next file of the thread's own run. */
  own(thread: number): number | undefined;
  /** A file from the far end of the longest run left. */
  steal(): number | undefined;
}

/**
 * Splits the files into one run of neighbours per thread, and lets a thread that is done take files
 * from the far end of the longest run left. Neighbouring files of a region share most records
 * (partners sync with each other), so each thread sends most versions once.
 */
function scheduler(count: number, threads: number): Scheduler {
  const runs = Array.from({ length: threads }, (_, thread) => ({
    next: Math.floor((count * thread) / threads),
    end: Math.floor((count * (thread + 1)) / threads),
  }));
  return {
    own: (thread) => {
      const run = runs[thread];
      return run !== undefined && run.next < run.end ? run.next++ : undefined;
    },
    steal: () => {
      const longest = runs.reduce((a, b) => (b.end - b.next > a.end - a.next ? b : a));
      if (longest.end <= longest.next) return undefined;
      longest.end -= 1;
      return longest.end;
    },
  };
}

/**
 * Collects results as they come and hands them to `visit` in the order of the files, so the output
 * reads the same whichever thread was faster; `finish` is called once all are handed over, or with
 * what `visit` threw.
 */
function inFileOrder(count: number, visit: (result: BundleFile) => void, finish: (error?: unknown) => void): (index: number, result: BundleFile) => void {
  let over = false;
  const ready: Array<BundleFile | undefined> = [];
  let delivered = 0;
  return (index, result) => {
    // After `visit` threw, or the run failed elsewhere, a thread's answer still on its way is dropped.
    if (over) return;
    ready[index] = result;
    try {
      for (let next = ready[delivered]; next !== undefined; next = ready[delivered]) {
        ready[delivered] = undefined;
        delivered += 1;
        visit(next);
      }
    } catch (error) {
      over = true;
      finish(failure(error));
      return;
    }
    if (delivered === count) {
      over = true;
      finish();
    }
  };
}

/** What a run fails with: a thrown `undefined` must not read as success. */
function failure(error: unknown): unknown {
  return error === undefined ? new Error('reading the bundles failed without a reason') : error;
}

/** A result from a thread as `visit` takes it: the records parsed from the texts sent. */
function fromThread(result: DecodeResult['result']): BundleFile {
  return result.ok ? { ...result, records: result.texts.map((text) => JSON.parse(text) as RegionRecord), canonical: result.texts } : result;
}

/**
 * Stands in for stopped threads (a crash, running out of memory): reads on the main thread, one
 * file after another, the files they had been given and not answered, then their own runs, then
 * whatever is left, so a lost thread costs time instead of the whole run. It keeps its own map of
 * validated records, as the one-thread reader does. A file it cannot read fails the run through
 * `finish`, as it would on the one-thread reader.
 */
function mainThreadStandIn(
  files: readonly string[],
  deps: PoolDeps,
  schedule: Scheduler,
  accept: (index: number, result: BundleFile) => void,
  finish: (error: unknown) => void,
  finished: () => boolean,
): (thread: number, unanswered: readonly number[]) => void {
  const known: KnownRecords = new Map();
  const queue: number[] = [];
  const stopped: number[] = [];
  let reading = false;
  const next = () => {
    const unanswered = queue.shift();
    if (unanswered !== undefined) return unanswered;
    for (const thread of stopped) {
      const own = schedule.own(thread);
      if (own !== undefined) return own;
    }
    return schedule.steal();
  };
  const read = async () => {
    reading = true;
    while (!finished()) {
      const index = next();
      if (index === undefined) break;
      const result = await readBundleFile(files[index] as string, deps, known);
      // After a failure elsewhere, `visit` must not be called again.
      if (!finished()) accept(index, result);
    }
    reading = false;
  };
  return (thread, unanswered) => {
    stopped.push(thread);
    queue.push(...unanswered);
    if (!reading) read().catch((error: unknown) => finish(failure(error)));
  };
}

/**
 * Decodes the files on `threads` worker threads (read, signature, parse, hostile-input checks,
 * schema, region, clock, duplicates, integrity digest, all as `readBundleFile` does on one thread)
 * and hands the results to `visit` in the order of `files`, so the output reads the same. A thread
 * that stops is warned about on stderr and its files are read on the main thread, so the output is
 * otherwise the same too.
 */
export function poolReader(threads: number, deps: PoolDeps, startWorker: (thread: number) => Worker = startDecodeWorker): BundleReader {
  return (files, visit) =>
    new Promise((done, fail) => {
      const schedule = scheduler(files.length, threads);
      const workers: Worker[] = [];
      let finished = false;
      const finish = (error?: unknown) => {
        if (finished) return;
        finished = true;
        for (const worker of workers) void worker.terminate();
        if (error === undefined) done();
        else fail(error instanceof Error ? error : new Error(String(error)));
      };
      const accept = inFileOrder(files.length, visit, finish);
      const standIn = mainThreadStandIn(files, deps, schedule, accept, finish, () => finished);
      for (let thread = 0; thread < Math.min(threads, files.length); thread += 1) {
        const worker = startWorker(thread);
        workers.push(worker);
        const unanswered = new Set<number>();
        let stopped = false;
        const send = () => {
          const index = schedule.own(thread) ?? schedule.steal();
          if (index === undefined) return;
          unanswered.add(index);
          worker.postMessage({ index, file: files[index] as string, now: deps.now(), language: deps.texts.language } satisfies DecodeRequest);
        };
        // 'error' (an uncaught throw, running out of memory) is followed by 'exit': the first one counts.
        const stop = (reason: string) => {
          if (finished || stopped) return;
          stopped = true;
          deps.output.err(deps.texts.threadStopped(reason));
          standIn(
            thread,
            [...unanswered].sort((a, b) => a - b),
          );
        };
        worker.on('message', ({ index, result }: DecodeResult) => {
          // The stand-in reads this file again: the thread's later answers are not relied on.
          if (stopped || finished) return;
          unanswered.delete(index);
          send();
          accept(index, fromThread(result));
        });
        worker.on('error', (error: unknown) => stop(error instanceof Error ? error.message : String(error)));
        worker.on('exit', (code) => stop(`exit ${code}`));
        for (let queued = 0; queued < IN_FLIGHT; queued += 1) send();
      }
      if (files.length === 0) finish();
    });
}
