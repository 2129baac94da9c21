import { compareText } from '../canonical/compare-text.ts';
import { canonicalJson } from '../canonical/canonical-json.ts';
import { sha256Hex, type Sha256Hex } from '../canonical/hash.ts';

export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return compareText(a.id, b.id);
}

/** The bundle's integrity digest: independent of the order the records were written in. */
export function recordsHash(records: ReadonlyArray<{ readonly id: string }>): Sha256Hex {
  return sha256Hex(canonicalJson([...records].sort(byId)));
}
