import { decodeBundle, type KnownRecords } from '../shared/bundle/decode.ts';
import { describeBundleError } from '../shared/bundle/errors.ts';
import type { Bundle } from '../shared/bundle/format.ts';
import { checkSignature, type SignatureCheck, type SignatureCrypto } from '../shared/bundle/signature.ts';
import type { Sha256 } from '../shared/canonical/hash.ts';
import type { ReadBytes } from './read-file-bytes.ts';

export type BundleFile =
  /** `canonical[i]` is the canonical JSON of `bundle.records[i]`, for the merge to reuse. */
  | { readonly file: string; readonly ok: true; readonly bundle: Bundle; readonly canonical: readonly string[]; readonly signature: Exclude<SignatureCheck, 'invalid'> }
  /** `problems` are whole lines, each naming the file. */
  | { readonly file: string; readonly ok: false; readonly problems: readonly string[] };

export interface ReadBundleDeps {
  readonly readBytes: ReadBytes;
  /** Wall-clock milliseconds, so bundles from the future are refused. */
  readonly now: () => number;
  readonly signatures: SignatureCrypto;
  /** A faster SHA-256 than the pure default, where the machine has one. */
  readonly sha256?: Sha256;
}

/**
 * Reads and decodes files one after another and hands each result to `visit` before reading the
 * next, so only one raw file is in memory at a time and a caller that merges as it goes never
 * holds every bundle at once. A caller that keeps the records anyway (a merge) passes `known`, so
 * a record met in many bundles is validated once (see `DecodeOptions.known`).
 */
export async function forEachBundleFile(files: readonly string[], deps: ReadBundleDeps, visit: (result: BundleFile) => void, known?: KnownRecords): Promise<void> {
  for (const file of files) {
    const read = await deps.readBytes(file);
    if (!read.ok) {
      visit({ file, ok: false, problems: [`${file}: ${read.reason}`] });
      continue;
    }
    const decoded = decodeBundle(read.bytes, { now: deps.now(), sha256: deps.sha256, known });
    if (!decoded.ok) {
      visit({ file, ok: false, problems: decoded.errors.map((e) => describeBundleError(e, file)) });
      continue;
    }
    const signature = await checkSignature(decoded.bundle, deps.signatures);
    visit(
      signature === 'invalid'
        ? { file, ok: false, problems: [`${file}: integrity.signature: the signature does not match: the bundle was changed after it was signed`] }
        : { file, ok: true, bundle: decoded.bundle, canonical: decoded.canonical, signature },
    );
  }
}
