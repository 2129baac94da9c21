import { contentHash } from '../canonical/hash.ts';
import type { RegionRecord } from '../schema/record.ts';
import { compareText } from '../canonical/compare-text.ts';

/**
 * The total order on versions of one record: clock first, then the writing installation, then
 * whether it is signed, then the content itself. Because it ends in the content, two different versions never tie, so every
 * replica picks the same winner whatever order the versions arrive in.
 *
 * `V` is whatever a caller holds a version in, and `hashOf` how it gets the content hash: merge
 * keeps each version's canonical text and hashes it only when clock, origin and signing tie.
 */
export function versionOrder<V>(recordOf: (version: V) => RegionRecord, hashOf: (version: V) => string): (a: V, b: V) => number {
  return (a, b) => {
    const x = recordOf(a);
    const y = recordOf(b);
    return compareText(x.updatedAt, y.updatedAt) || compareText(x.origin, y.origin) || compareSigned(x, y) || compareText(hashOf(a), hashOf(b));
  };
}

export const compareVersions = versionOrder((record: RegionRecord) => record, contentHash);

/**
 * A version signed after it was written (by an installation that updated) beats its unsigned copy
 * from before: the copy is the same version, and only the signed one is trusted everywhere.
 */
function compareSigned(a: RegionRecord, b: RegionRecord): number {
  return Number(a.signature !== undefined) - Number(b.signature !== undefined);
}

export function newerOf(a: RegionRecord, b: RegionRecord): RegionRecord {
  return compareVersions(a, b) >= 0 ? a : b;
}

/**
 * Whether `record` is later than `than` where one thing counts of several records (a partner's
 * word on two issues merged into one, two outcomes of them): two versions of one record by the
 * version order, two records by clock, then id, so every order of the records picks the same one.
 */
export function isLaterRecord(record: RegionRecord, than: RegionRecord): boolean {
  if (record.id === than.id) return compareVersions(record, than) > 0;
  return compareText(record.updatedAt, than.updatedAt) > 0 || (record.updatedAt === than.updatedAt && compareText(record.id, than.id) > 0);
}
