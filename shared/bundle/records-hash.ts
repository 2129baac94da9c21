import { compareText } from '../canonical/compare-text.ts';
import { canonicalJson } from '../canonical/canonical-json.ts';
import { pureSha256, type Sha256, type Sha256Hex } from '../canonical/hash.ts';

export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return compareText(a.id, b.id);
}

/** The bundle's integrity digest: independent of the order the records were written in. */
export function recordsHash(records: ReadonlyArray<{ readonly id: string }>, hash: Sha256 = pureSha256): Sha256Hex {
  return recordsHashOfTexts(
    [...records].sort(byId).map((record) => canonicalJson(record)),
    hash,
  );
}

/** Pieces this long go to the digest at once: fewer calls than one per record, no giant string. */
const CHUNK = 1 << 16;

/**
 * The same digest from the canonical texts of records already sorted by id: the canonical JSON of
 * the array, fed to the digest in chunks, so decoding and merging hash texts they already made.
 */
export function recordsHashOfTexts(sortedTexts: readonly string[], hash: Sha256 = pureSha256): Sha256Hex {
  const digest = hash();
  let chunk = '[';
  sortedTexts.forEach((text, index) => {
    chunk += index === 0 ? text : `,${text}`;
    if (chunk.length >= CHUNK) {
      digest.update(chunk);
      chunk = '';
    }
  });
  digest.update(`${chunk}]`);
  return digest.hex();
}
