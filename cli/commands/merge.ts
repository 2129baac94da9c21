import { beyondReaderLimits } from '../../shared/bundle/bundle-limits.ts';
import { encodeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { EMPTY_KEY_RING, encodeKeyRing, type KeyRing, parseKeyRing } from '../../shared/bundle/key-ring.ts';
import { compareText } from '../../shared/canonical/compare-text.ts';
import { createBundleMerger } from '../../shared/merge/merge-bundles.ts';
import type { Conflict } from '../../shared/merge/merge-records.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { listSome, someOf } from '../../shared/wording/list-some.ts';
import { acceptedLine, contributorCount } from '../describe-bundle.ts';
import { conflictLine, partnerNames } from '../describe-conflict.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { FileProblem } from '../fs-error.ts';
import type { Messages } from '../messages/index.ts';
import type { Output } from '../output.ts';
import type { ReadKeyRing } from '../read-key-ring.ts';
import { bundleReader, type ReadBundleDeps } from '../read-bundle-files.ts';
import { judgeVersions, type ReadFile, type TrustOptions } from '../record-trust.ts';
import type { WriteText } from '../write-file-atomic.ts';

export interface MergeDeps extends ReadBundleDeps {
  readonly output: Output;
  readonly writeText: WriteText;
  readonly readKeyRing: ReadKeyRing;
  /** Writes the key ring: apart from `writeText`, which writes what the command was asked for. */
  readonly writeKeyRing: WriteText;
  /** The key ring used when the command line names none. */
  readonly defaultKeyRing: string;
}

/** What the command line says about trust and region; every field may be left out. */
export interface MergeOptions extends Partial<TrustOptions> {
  /** The key ring file; `MergeDeps.defaultKeyRing` when undefined. */
  readonly keyRing?: string;
  /** The region to merge; the region of most files when undefined. */
  readonly region?: string;
}

export type MergedFiles =
  | {
      readonly ok: true;
      readonly bundle: Bundle;
      readonly conflicts: readonly Conflict[];
      readonly accepted: number;
      /** Files left out whole: unreadable, unsound, or of another region. */
      readonly refused: readonly string[];
      /** Files of which something was left out or not trusted, each named in an error above. */
      readonly partlyRefused: readonly string[];
    }
  | { readonly ok: false };

/**
 * Reads the files and merges the valid bundles among them, reporting each file and, when nothing
 * can be merged, why, followed by `notWritten`: the sentence saying what the command did not write.
 * Every version is judged by its own signature against the coordinator's key ring before it is
 * merged (see `judgeVersions`), and files of another region than the one merged are refused.
 * Every command that works on a merged regiobeeld goes through here, so they accept and refuse the
 * same files and versions.
 */
export async function readAndMerge(files: readonly string[], notWritten: string, deps: MergeDeps, options: MergeOptions = {}): Promise<MergedFiles> {
  const { output, texts } = deps;
  const list = (items: readonly string[]) => listSome(items, { language: texts.language });
  const ringPath = options.keyRing ?? deps.defaultKeyRing;
  const ringRead = await readRing(ringPath, deps.readKeyRing);
  if (!ringRead.ok) {
    output.err(texts.ringUnusable(ringPath, 'problem' in ringRead ? texts.fileProblem(ringRead.problem) : ringRead.reason));
    output.err(notWritten);
    return { ok: false };
  }

  // Each distinct version is kept once until judged, with the first file that holds it: results
  // arrive in the order of the files, and a reader leaves out only versions it handed over with an
  // earlier file, so that is the same file however the files were read.
  const handed = new Set<string>();
  const read: ReadFile[] = [];
  const versions: RegionRecord[] = [];
  const canonical: string[] = [];
  const fileOf: number[] = [];
  const refused: string[] = [];
  await bundleReader(deps)(files, (result) => {
    if (!result.ok) {
      refused.push(result.file);
      result.problems.forEach((line) => output.err(line));
      return;
    }
    output.out(acceptedLine(result.file, result.header, result.recordCount, result.signature, texts));
    const fileIndex = read.length;
    read.push({ file: result.file, header: result.header, signature: result.signature });
    result.records.forEach((record, index) => {
      const text = result.canonical[index] as string;
      if (handed.has(text)) return;
      handed.add(text);
      versions.push(record);
      canonical.push(text);
      fileOf.push(fileIndex);
    });
  });

  if (read.length === 0) {
    output.err(texts.nothingValid(files.length));
    output.err(notWritten);
    return { ok: false };
  }
  const home = homeRegion(read, options.region);
  if (!home.ok) {
    output.err(texts.regionsTied(home.regions.length));
    const regions = someOf(home.regions);
    for (const region of regions.shown) output.err(`  ${region}: ${list(read.filter((r) => r.header.region === region).map((r) => r.file))}`);
    if (regions.more > 0) output.err(`  ${texts.moreRegions(regions.more)}`);
    output.err(notWritten);
    return { ok: false };
  }
  const foreign = new Set<number>();
  read.forEach(({ file, header }, index) => {
    if (header.region === home.region) return;
    foreign.add(index);
    refused.push(file);
    output.err(texts.foreignRegion(file, header.region, home.region, options.region !== undefined));
  });
  if (foreign.size === read.length) {
    output.err(texts.noneOfRegion(home.region));
    output.err(notWritten);
    return { ok: false };
  }

  const inRegion = versions.map((_, index) => index).filter((index) => !foreign.has(fileOf[index] as number));
  const verdict = await judgeVersions(
    { files: read, versions: inRegion.map((index) => versions[index] as RegionRecord), fileOf: inRegion.map((index) => fileOf[index] as number) },
    ringRead.ring,
    { acceptKeys: options.acceptKeys ?? new Set(), acceptUnsigned: options.acceptUnsigned ?? false },
    deps.signatures,
    new Date(deps.now()).toISOString(),
    texts,
  );
  verdict.problems.forEach((line) => output.err(line));
  verdict.warnings.forEach((line) => output.err(texts.warning(line)));
  if (verdict.ring !== undefined) {
    const saved = await deps.writeKeyRing(ringPath, encodeKeyRing(verdict.ring));
    if (!saved.ok) {
      output.err(texts.ringNotSaved(ringPath, texts.fileProblem(saved.problem)));
      output.err(notWritten);
      return { ok: false };
    }
    verdict.trusted.forEach((line) => output.out(texts.keysLine(line, ringPath)));
  }

  const merger = createBundleMerger(deps.sha256);
  const perFile = new Map<number, { records: RegionRecord[]; canonical: string[] }>();
  inRegion.forEach((versionIndex, judged) => {
    if (!verdict.kept.has(judged)) return;
    const fileIndex = fileOf[versionIndex] as number;
    const entry = perFile.get(fileIndex) ?? { records: [], canonical: [] };
    entry.records.push(versions[versionIndex] as RegionRecord);
    entry.canonical.push(canonical[versionIndex] as string);
    perFile.set(fileIndex, entry);
  });
  read.forEach(({ header }, index) => {
    if (foreign.has(index)) return;
    const entry = perFile.get(index) ?? { records: [], canonical: [] };
    merger.add({ ...header, records: entry.records }, entry.canonical, !verdict.untrustedFiles.has(index));
  });
  const merged = merger.result();
  if (!merged.ok) {
    output.err(notWritten);
    return { ok: false };
  }
  const partlyRefused = [...new Set(verdict.partlyRefused.map((index) => (read[index] as ReadFile).file))];
  return { ok: true, bundle: merged.bundle, conflicts: merged.conflicts, accepted: read.length - foreign.size, refused, partlyRefused };
}

/** The ring, or why not: a file problem, or the shared core's words on its content (English only). */
async function readRing(
  path: string,
  readKeyRing: ReadKeyRing,
): Promise<
  { readonly ok: true; readonly ring: KeyRing } | { readonly ok: false; readonly problem: FileProblem } | { readonly ok: false; readonly reason: string }
> {
  const text = await readKeyRing(path);
  if (!text.ok) return text;
  return text.text === null ? { ok: true, ring: EMPTY_KEY_RING } : parseKeyRing(text.text);
}

/** The region asked for, or the one most files belong to; no region when the most are tied. */
function homeRegion(
  files: readonly ReadFile[],
  asked: string | undefined,
): { readonly ok: true; readonly region: string } | { readonly ok: false; readonly regions: readonly string[] } {
  if (asked !== undefined) return { ok: true, region: asked };
  const counts = new Map<string, number>();
  for (const { header } of files) counts.set(header.region, (counts.get(header.region) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const top = [...counts].filter(([, count]) => count === most).map(([region]) => region);
  return top.length === 1 ? { ok: true, region: top[0] as string } : { ok: false, regions: top.sort(compareText) };
}

/** The exit code after a merge was used: 1 when a file was refused, with a warning saying where the rest went. */
export function refusedOutcome(
  merged: { readonly accepted: number; readonly refused: readonly string[]; readonly partlyRefused: readonly string[] },
  writtenTo: string,
  output: Output,
  texts: Messages,
): ExitCode {
  if (merged.refused.length === 0 && merged.partlyRefused.length === 0) return EXIT.ok;
  const list = (items: readonly string[]) => listSome(items, { language: texts.language });
  if (merged.refused.length > 0) output.err(texts.refusedFiles(merged.refused.length, list(merged.refused), merged.accepted, writtenTo));
  if (merged.partlyRefused.length > 0) output.err(texts.partlyTrusted(merged.partlyRefused.length, list(merged.partlyRefused), writtenTo));
  return EXIT.failed;
}

/**
 * Merges the valid bundles among `files` into one regiobeeld bundle at `outPath`. Refused files are
 * reported and left out, but the rest is still written: a coordinator can prepare the session with
 * what is sound while one partner repairs a file. The exit code still says a file was refused.
 */
export async function merge(files: readonly string[], outPath: string, deps: MergeDeps, options: MergeOptions = {}): Promise<ExitCode> {
  const { output, texts } = deps;
  const merged = await readAndMerge(files, texts.notWritten(outPath), deps, options);
  if (!merged.ok) return EXIT.failed;

  const text = encodedWithinLimits(merged.bundle, texts);
  if (!text.ok) {
    output.err(texts.beyondLimits(text.problems.join('; ')));
    output.err(texts.mergeFewer(outPath));
    return EXIT.failed;
  }
  const written = await deps.writeText(outPath, text.text);
  if (!written.ok) {
    output.err(texts.cannotWriteMerged(outPath, texts.fileProblem(written.problem)));
    return EXIT.failed;
  }
  summarise(output, texts, outPath, merged.bundle, merged.conflicts, merged.accepted);
  return refusedOutcome(merged, outPath, output, texts);
}

/**
 * The merged bundle's file, only when every reader would accept it: the readers' own limits are
 * asked before writing, so a merge never leaves a regiobeeld that `validate` and the extension
 * refuse. The record count is checked first, as encoding far more than a bundle may hold can
 * exceed what one string can be.
 */
function encodedWithinLimits(
  bundle: Bundle,
  texts: Messages,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: readonly string[] } {
  const counted = beyondReaderLimits(bundle);
  if (counted.length > 0) return { ok: false, problems: counted };
  let text: string;
  try {
    text = encodeBundle(bundle);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, problems: [texts.tooLongForText] };
  }
  const sized = beyondReaderLimits(bundle, Buffer.byteLength(text));
  return sized.length > 0 ? { ok: false, problems: sized } : { ok: true, text };
}

function summarise(output: Output, texts: Messages, outPath: string, bundle: Bundle, conflicts: readonly Conflict[], inputs: number): void {
  const deleted = bundle.records.filter((r) => r.deleted).length;
  output.out(texts.mergedInto(inputs, outPath));
  output.out(texts.mergedRegion(bundle.region));
  output.out(texts.mergedRecords(bundle.records.length, deleted));
  output.out(texts.mergedPartners(contributorCount(bundle)));
  if (conflicts.length === 0) {
    output.out(texts.noConflicts);
    return;
  }
  output.out(texts.conflicts(conflicts.length));
  const names = partnerNames(bundle.records);
  const listed = someOf(conflicts);
  for (const conflict of listed.shown) output.out(`    ${conflictLine(conflict, names, texts)}`);
  if (listed.more > 0) output.out(`    ${texts.moreItems(listed.more)}`);
}
