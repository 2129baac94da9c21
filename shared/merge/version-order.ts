import { contentHash } from '../canonical/hash.ts';
import type { RegionRecord } from '../schema/record.ts';
import { compareText } from '../canonical/compare-text.ts';

/**
 * The total order on versions of one record: clock first, then the writing installation, then
 * whether it is signed, then the content itself. Because it ends in the content, two different versions never tie, so every
 * replica picks the same winner whatever order the versions arrive in.
 */
export function compareVersions(a: RegionRecord, b: RegionRecord): number {
  return compareText(a.updatedAt, b.updatedAt) || compareText(a.origin, b.origin) || compareSigned(a, b) || compareText(contentHash(a), contentHash(b));
}

/**
 * A version signed after it was written (by an installation that updated) beats its unsigned copy
 * from before: the copy is the same version, and only the signed one is trusted everywhere.
 */
export function compareSigned(a: RegionRecord, b: RegionRecord): number {
  return Number(a.signature !== undefined) - Number(b.signature !== undefined);
}

export function newerOf(a: RegionRecord, b: RegionRecord): RegionRecord {
  return compareVersions(a, b) >= 0 ? a : b;
}
