import { checkAuthenticity } from '../../shared/bundle/record-authenticity.ts';
import type { SignatureCrypto } from '../../shared/bundle/signature.ts';
import { versionClashes } from '../../shared/merge/version-clashes.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { acceptedLine } from '../describe-bundle.ts';
import { partnerNames } from '../describe-conflict.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { Output } from '../output.ts';
import type { Messages } from '../messages/index.ts';
import { type BundleFile, bundleReader, type ReadBundleDeps } from '../read-bundle-files.ts';
import { partnerWords, versionLinesPerFile } from '../record-trust.ts';

export interface ValidateDeps extends ReadBundleDeps {
  readonly output: Output;
}

/**
 * What the versions of the files say against each other: a version whose signature does not verify
 * against the key its writer's partner record publishes, a writer with two keys, a clash. They are
 * judged together, as the reader hands each distinct version over once, with the first file that
 * holds it. Which key to trust and whether unsigned versions may come in is the merge's question,
 * asked against the coordinator's key ring; files on their own cannot answer it.
 */
async function recordProblems(files: readonly BundleFile[], crypto: SignatureCrypto, texts: Messages): Promise<Map<number, string[]>> {
  const versions: RegionRecord[] = [];
  const fileOf: number[] = [];
  files.forEach((result, fileIndex) => {
    if (!result.ok) return;
    for (const record of result.records) {
      versions.push(record);
      fileOf.push(fileIndex);
    }
  });
  const authenticity = await checkAuthenticity(versions, crypto, { pinned: new Map(), acceptUnsigned: true });
  const names = partnerNames(versions);
  const found = [
    ...authenticity.refused
      .filter((r) => r.code !== 'no-key')
      .map((r) => ({ index: r.index, reason: texts.authenticity(r.code, partnerWords(names, r.origin, texts)) })),
    ...versionClashes(versions).map((clash) => ({ index: clash.index, reason: texts.clash(clash.code) })),
  ].sort((a, b) => a.index - b.index);
  return versionLinesPerFile(found, { versions, fileOf, fileNames: files.map((result) => result.file) }, names, texts.validateHeading, texts);
}

/** Checks every file and names every problem, so one run lists all there is to fix. */
export async function validate(files: readonly string[], deps: ValidateDeps): Promise<ExitCode> {
  let refused = 0;
  const read: BundleFile[] = [];
  await bundleReader(deps)(files, (result) => read.push(result));
  const recordLines = await recordProblems(read, deps.signatures, deps.texts);
  read.forEach((result, index) => {
    const problems = result.ok ? (recordLines.get(index) ?? []) : result.problems;
    if (result.ok && problems.length === 0) deps.output.out(acceptedLine(result.file, result.header, result.recordCount, result.signature, deps.texts));
    else {
      refused += 1;
      problems.forEach((line) => deps.output.err(line));
    }
  });
  if (refused === 0) return EXIT.ok;
  deps.output.err(deps.texts.refusedOf(refused, files.length));
  return EXIT.failed;
}
