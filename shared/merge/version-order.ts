import { contentHash } from '../canonical/hash.ts';
import type { RegionRecord } from '../schema/record.ts';
import { compareText } from '../canonical/compare-text.ts';

/**
 * The total order on versions of one record: clock first, then the writing installation, then the
 * content itself. Because it ends in the content, two different versions never tie, so every
 * replica picks the same winner whatever order the versions arrive in.
 */
export function compareVersions(a: RegionRecord, b: RegionRecord): number {
  return compareText(a.updatedAt, b.updatedAt) || compareText(a.origin, b.origin) || compareText(contentHash(a), contentHash(b));
}

export function newerOf(a: RegionRecord, b: RegionRecord): RegionRecord {
  return compareVersions(a, b) >= 0 ? a : b;
}
