import { decodeBundle, type KnownRecords } from '../shared/bundle/decode.ts';
import type { Bundle } from '../shared/bundle/format.ts';
import { checkSignature, type SignatureCheck, type SignatureCrypto } from '../shared/bundle/signature.ts';
import type { Sha256 } from '../shared/canonical/hash.ts';
import type { RegionRecord } from '../shared/schema/record.ts';
import type { Messages } from './messages/index.ts';
import type { ReadBytes } from './read-file-bytes.ts';

export type BundleHeaderOf = Omit<Bundle, 'records'>;

export type BundleFile =
  /**
   * `records` are the file's records, except versions a reader already handed over with another
   * file of the same run (a merge would keep them once anyway); `recordCount` counts them all.
   * `canonical[i]` is the canonical JSON of `records[i]`, for the merge to reuse.
   */
  | {
      readonly file: string;
      readonly ok: true;
      readonly header: BundleHeaderOf;
      readonly recordCount: number;
      readonly records: readonly RegionRecord[];
      readonly canonical: readonly string[];
      readonly signature: Exclude<SignatureCheck, 'invalid'>;
    }
  /** `problems` are whole lines, each naming the file. */
  | { readonly file: string; readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads, checks and decodes the files, handing each result to `visit` in the order of `files`.
 * The CLI on a real machine decodes on several threads (`decode-pool.ts`); tests and small runs
 * use `forEachBundleFile`.
 */
export type BundleReader = (files: readonly string[], visit: (result: BundleFile) => void) => Promise<void>;

/** What reading a file needs from the machine, and the messages to word its problems in. */
export type ReadOneDeps = Omit<ReadBundleDeps, 'readBundles'>;

export interface ReadBundleDeps {
  readonly readBytes: ReadBytes;
  /** Wall-clock milliseconds, so bundles from the future are refused. */
  readonly now: () => number;
  readonly signatures: SignatureCrypto;
  /** A faster SHA-256 than the pure default, where the machine has one. */
  readonly sha256?: Sha256;
  readonly texts: Messages;
  /** A faster way to read many files than one after another on this thread; handed the run's deps. */
  readonly readBundles?: (deps: ReadOneDeps) => BundleReader;
}

/** Reads one file and decodes it: what every reader does per file, on whichever thread. */
export async function readBundleFile(file: string, deps: ReadOneDeps, known: KnownRecords | undefined): Promise<BundleFile> {
  try {
    return await decodeBundleFile(file, deps, known);
  } catch (error) {
    // Decoding is built not to throw on any input (a fuzz test holds it to that); should a case be
    // missed, that one file is refused and named, and the run goes on with the others.
    const reason = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown';
    return { file, ok: false, problems: [`${file}: ${deps.texts.stoppedOn(reason)}`] };
  }
}

async function decodeBundleFile(file: string, deps: ReadOneDeps, known: KnownRecords | undefined): Promise<BundleFile> {
  const read = await deps.readBytes(file);
  if (!read.ok) return { file, ok: false, problems: [`${file}: ${deps.texts.fileProblem(read.problem)}`] };
  const decoded = decodeBundle(read.bytes, { now: deps.now(), sha256: deps.sha256, known });
  if (!decoded.ok) return { file, ok: false, problems: decoded.errors.map((e) => deps.texts.bundleError(e, file)) };
  const signature = await checkSignature(decoded.bundle, deps.signatures);
  if (signature === 'invalid') return { file, ok: false, problems: [`${file}: ${deps.texts.signatureMismatch}`] };
  const { records, ...header } = decoded.bundle;
  return { file, ok: true, header, recordCount: records.length, records, canonical: decoded.canonical, signature };
}

/**
 * Reads and decodes files one after another and hands each result to `visit` before reading the
 * next, so only one raw file is in memory at a time and a caller that merges as it goes never
 * holds every bundle at once. A record met in many bundles is validated once (see
 * `DecodeOptions.known`).
 */
export async function forEachBundleFile(files: readonly string[], deps: ReadOneDeps, visit: (result: BundleFile) => void): Promise<void> {
  const known: KnownRecords = new Map();
  for (const file of files) visit(await readBundleFile(file, deps, known));
}

/** The reader the deps ask for, or the one-after-another default. */
export function bundleReader(deps: ReadBundleDeps): BundleReader {
  return deps.readBundles?.(deps) ?? ((files, visit) => forEachBundleFile(files, deps, visit));
}
