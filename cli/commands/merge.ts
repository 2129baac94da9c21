import { beyondReaderLimits } from '../../shared/bundle/bundle-limits.ts';
import { encodeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { keyFingerprint } from '../../shared/bundle/signature.ts';
import { createBundleMerger } from '../../shared/merge/merge-bundles.ts';
import type { Conflict } from '../../shared/merge/merge-records.ts';
import { listSome, moreWords, someOf } from '../../shared/wording/list-some.ts';
import { acceptedLine, contributorCount } from '../describe-bundle.ts';
import { conflictLine, partnerNames } from '../describe-conflict.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { Output } from '../output.ts';
import { plural } from '../plural.ts';
import { type BundleHeaderOf, bundleReader, type ReadBundleDeps } from '../read-bundle-files.ts';
import type { WriteText } from '../write-file-atomic.ts';

export interface MergeDeps extends ReadBundleDeps {
  readonly output: Output;
  readonly writeText: WriteText;
}

export type MergedFiles =
  | { readonly ok: true; readonly bundle: Bundle; readonly conflicts: readonly Conflict[]; readonly accepted: number; readonly refused: readonly string[] }
  | { readonly ok: false };

/**
 * Reads the files and merges the valid bundles among them, reporting each file and, when nothing
 * can be merged, why, followed by `notWritten`: the sentence saying what the command did not write.
 * Every command that works on a merged regiobeeld goes through here, so they accept and refuse the
 * same files.
 */
export async function readAndMerge(files: readonly string[], notWritten: string, deps: ReadBundleDeps & { readonly output: Output }): Promise<MergedFiles> {
  const { output } = deps;
  // Each bundle is merged as soon as it is read and then let go: only its header stays, for the
  // key check and the region message.
  const merger = createBundleMerger(deps.sha256);
  const accepted: Array<{ file: string; header: BundleHeaderOf }> = [];
  const refused: string[] = [];
  await bundleReader(deps)(files, (result) => {
    if (!result.ok) {
      refused.push(result.file);
      result.problems.forEach((line) => output.err(line));
      return;
    }
    output.out(acceptedLine(result.file, result.header, result.recordCount, result.signature));
    merger.add({ ...result.header, records: result.records }, result.canonical);
    accepted.push({ file: result.file, header: result.header });
  });

  warnAboutChangedKeys(accepted.map((a) => a.header), output);

  const merged = merger.result();
  if (!merged.ok) {
    if (merged.reason === 'no-bundles') output.err(`nothing to merge: no valid bundle among the ${plural(files.length, 'file', 'files')} given`);
    else {
      output.err(`these bundles belong to ${merged.regions.length} different regions; only bundles of one region can be merged:`);
      const regions = someOf(merged.regions);
      for (const region of regions.shown) output.err(`  ${region}: ${listSome(accepted.filter((a) => a.header.region === region).map((a) => a.file))}`);
      if (regions.more > 0) output.err(`  ${moreWords(regions.more)} regions`);
    }
    output.err(notWritten);
    return { ok: false };
  }
  return { ok: true, bundle: merged.bundle, conflicts: merged.conflicts, accepted: accepted.length, refused };
}

/** The exit code after a merge was used: 1 when a file was refused, with a warning saying where the rest went. */
export function refusedOutcome(merged: { readonly accepted: number; readonly refused: readonly string[] }, writtenTo: string, output: Output): ExitCode {
  if (merged.refused.length === 0) return EXIT.ok;
  output.err(
    `warning: ${plural(merged.refused.length, 'file was', 'files were')} refused and left out of the merge (${listSome(merged.refused)}); ` +
      `the merge of the other ${plural(merged.accepted, 'file', 'files')} was written to ${writtenTo}`,
  );
  return EXIT.failed;
}

/**
 * Merges the valid bundles among `files` into one regiobeeld bundle at `outPath`. Refused files are
 * reported and left out, but the rest is still written: a coordinator can prepare the session with
 * what is sound while one partner repairs a file. The exit code still says a file was refused.
 */
export async function merge(files: readonly string[], outPath: string, deps: MergeDeps): Promise<ExitCode> {
  const { output } = deps;
  const merged = await readAndMerge(files, `${outPath} was not written`, deps);
  if (!merged.ok) return EXIT.failed;

  const text = encodedWithinLimits(merged.bundle);
  if (!text.ok) {
    output.err(`the merged regiobeeld would be refused by every reader of bundles: ${text.problems.join('; ')}`);
    output.err(`${outPath} was not written; merge fewer files into one regiobeeld, or merge them per part of the region`);
    return EXIT.failed;
  }
  const written = await deps.writeText(outPath, text.text);
  if (!written.ok) {
    output.err(`${outPath}: cannot write the merged bundle: ${written.reason}`);
    return EXIT.failed;
  }
  summarise(output, outPath, merged.bundle, merged.conflicts, merged.accepted);
  return refusedOutcome(merged, outPath, output);
}

/**
 * The merged bundle's file, only when every reader would accept it: the readers' own limits are
 * asked before writing, so a merge never leaves a regiobeeld that `validate` and the extension
 * refuse. The record count is checked first, as encoding far more than a bundle may hold can
 * exceed what one string can be.
 */
function encodedWithinLimits(bundle: Bundle): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: readonly string[] } {
  const counted = beyondReaderLimits(bundle);
  if (counted.length > 0) return { ok: false, problems: counted };
  let text: string;
  try {
    text = encodeBundle(bundle);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, problems: ['the file would be longer than one text can be'] };
  }
  const sized = beyondReaderLimits(bundle, Buffer.byteLength(text));
  return sized.length > 0 ? { ok: false, problems: sized } : { ok: true, text };
}

function summarise(output: Output, outPath: string, bundle: Bundle, conflicts: readonly Conflict[], inputs: number): void {
  const deleted = bundle.records.filter((r) => r.deleted).length;
  output.out(`merged ${plural(inputs, 'bundle', 'bundles')} into ${outPath}`);
  output.out(`  region     ${bundle.region}`);
  output.out(`  records    ${bundle.records.length} (${deleted} deleted)`);
  output.out(`  partners   ${contributorCount(bundle)}`);
  if (conflicts.length === 0) {
    output.out('  conflicts  0');
    return;
  }
  output.out(`  conflicts  ${conflicts.length} (records changed by more than one partner; the latest version was kept)`);
  const names = partnerNames(bundle.records);
  const listed = someOf(conflicts);
  for (const conflict of listed.shown) output.out(`    ${conflictLine(conflict, names)}`);
  if (listed.more > 0) output.out(`    ${moreWords(listed.more)}`);
}

/**
 * Within one run the first key seen for a partner is the one trusted: bundles of the same partner
 * signed by another key may come from someone else, so the coordinator is told to check.
 */
function warnAboutChangedKeys(bundles: ReadonlyArray<Pick<Bundle, 'producer'>>, output: Output): void {
  const keys = new Map<string, { organisation: string; fingerprints: Set<string> }>();
  for (const { producer } of bundles) {
    if (producer.kind !== 'partner' || producer.publicKey === undefined) continue;
    const entry = keys.get(producer.partnerId) ?? { organisation: producer.organisation, fingerprints: new Set<string>() };
    entry.fingerprints.add(keyFingerprint(producer.publicKey));
    keys.set(producer.partnerId, entry);
  }
  for (const [partnerId, { organisation, fingerprints }] of keys) {
    if (fingerprints.size > 1) output.err(`warning: bundles of ${organisation} (${partnerId}) are signed by ${fingerprints.size} different keys: check with the partner which installation made them`);
  }
}
