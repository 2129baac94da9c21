import { decodeBundle } from '../shared/bundle/decode.ts';
import { describeBundleError } from '../shared/bundle/errors.ts';
import type { Bundle } from '../shared/bundle/format.ts';
import { checkSignature, type SignatureCheck, type SignatureCrypto } from '../shared/bundle/signature.ts';
import type { ReadBytes } from './read-file-bytes.ts';

export type BundleFile =
  | { readonly file: string; readonly ok: true; readonly bundle: Bundle; readonly signature: Exclude<SignatureCheck, 'invalid'> }
  /** `problems` are whole lines, each naming the file. */
  | { readonly file: string; readonly ok: false; readonly problems: readonly string[] };

export interface ReadBundleDeps {
  readonly readBytes: ReadBytes;
  /** Wall-clock milliseconds, so bundles from the future are refused. */
  readonly now: () => number;
  readonly signatures: SignatureCrypto;
}

/** Reads and decodes files one after another, so only one raw file is in memory at a time. */
export async function readBundleFiles(files: readonly string[], deps: ReadBundleDeps): Promise<BundleFile[]> {
  const results: BundleFile[] = [];
  for (const file of files) {
    const read = await deps.readBytes(file);
    if (!read.ok) {
      results.push({ file, ok: false, problems: [`${file}: ${read.reason}`] });
      continue;
    }
    const decoded = decodeBundle(read.bytes, { now: deps.now() });
    if (!decoded.ok) {
      results.push({ file, ok: false, problems: decoded.errors.map((e) => describeBundleError(e, file)) });
      continue;
    }
    const signature = await checkSignature(decoded.bundle, deps.signatures);
    results.push(
      signature === 'invalid'
        ? { file, ok: false, problems: [`${file}: integrity.signature: the signature does not match: the bundle was changed after it was signed`] }
        : { file, ok: true, bundle: decoded.bundle, signature },
    );
  }
  return results;
}
