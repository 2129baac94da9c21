import type { RegionRecord } from '../schema/record.ts';
import { byId } from '../bundle/records-hash.ts';
import { compareVersions } from './version-order.ts';

/** Versions of one record written by different installations: one won, the others are reported, never silently lost. */
export interface Conflict {
  readonly id: string;
  readonly winner: RegionRecord;
  readonly superseded: readonly RegionRecord[];
}

export interface MergedRecords {
  /** One version per id, the greatest, sorted by id. */
  readonly records: RegionRecord[];
  readonly conflicts: Conflict[];
}

/**
 * The join of record sets: per id the greatest version in the total order. Commutative,
 * associative and idempotent, so sets can be merged in any grouping and order. A tombstone is a
 * version like any other, so an older copy arriving later cannot bring a deleted record back.
 */
export function mergeRecords(sets: Iterable<Iterable<RegionRecord>>): MergedRecords {
  const versions = new Map<string, RegionRecord[]>();
  for (const set of sets) {
    for (const record of set) {
      const known = versions.get(record.id);
      if (known === undefined) versions.set(record.id, [record]);
      else known.push(record);
    }
  }

  const records: RegionRecord[] = [];
  const conflicts: Conflict[] = [];
  for (const [id, candidates] of versions) {
    let winner = candidates[0] as RegionRecord;
    for (let i = 1; i < candidates.length; i += 1) {
      const candidate = candidates[i] as RegionRecord;
      if (candidate !== winner && compareVersions(candidate, winner) > 0) winner = candidate;
    }
    records.push(winner);
    const rivals = distinctVersions(candidates.filter((c) => c.origin !== winner.origin));
    if (rivals.length > 0) conflicts.push({ id, winner, superseded: rivals });
  }
  records.sort(byId);
  conflicts.sort(byId);
  return { records, conflicts };
}

function distinctVersions(records: RegionRecord[]): RegionRecord[] {
  const sorted = [...records].sort(compareVersions);
  return sorted.filter((record, index) => index === 0 || compareVersions(record, sorted[index - 1] as RegionRecord) !== 0);
}
