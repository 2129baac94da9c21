import { canonicalJson } from '../canonical/canonical-json.ts';
import { pureSha256, type Sha256, sha256Hex } from '../canonical/hash.ts';
import type { RegionRecord } from '../schema/record.ts';
import { byId } from '../bundle/records-hash.ts';
import { versionOrder } from './version-order.ts';

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
  /** `texts[i]` is the canonical JSON of `records[i]`. */
  readonly texts: string[];
}

/** A version with its canonical text; the content hash is made only when clock and origin tie. */
interface Version {
  readonly record: RegionRecord;
  readonly text: string;
  hash?: string;
}

export interface RecordMerger {
  /** Adds one version; `text` is its canonical JSON when the caller already has it (decoding made it). */
  add(record: RegionRecord, text?: string): void;
  result(): MergedRecords;
}

/**
 * The join of record sets, fed one version at a time, so a caller can merge bundle after bundle
 * and let each go: per id the greatest version in the total order of `compareVersions`. Copies of
 * one version (the same record synced into many partners' bundles) are recognised by their
 * canonical text and kept once, so they cost no hashing and no memory.
 */
export function createRecordMerger(sha256: Sha256 = pureSha256): RecordMerger {
  const versions = new Map<string, Version[]>();
  const hashOf = (version: Version): string => (version.hash ??= sha256Hex(version.text, sha256));
  const compare = versionOrder((version: Version) => version.record, hashOf);
  return {
    add(record, text = canonicalJson(record)) {
      const known = versions.get(record.id);
      if (known === undefined) versions.set(record.id, [{ record, text }]);
      else if (!known.some((version) => version.text === text)) known.push({ record, text });
    },
    result() {
      const winners: Version[] = [];
      const conflicts: Conflict[] = [];
      for (const [id, candidates] of versions) {
        let winner = candidates[0] as Version;
        for (let i = 1; i < candidates.length; i += 1) {
          const candidate = candidates[i] as Version;
          if (compare(candidate, winner) > 0) winner = candidate;
        }
        winners.push(winner);
        const rivals = candidates.filter((c) => c.record.origin !== winner.record.origin).sort(compare);
        if (rivals.length > 0) conflicts.push({ id, winner: winner.record, superseded: rivals.map((r) => r.record) });
      }
      winners.sort((a, b) => byId(a.record, b.record));
      conflicts.sort(byId);
      return { records: winners.map((w) => w.record), texts: winners.map((w) => w.text), conflicts };
    },
  };
}

/**
 * The join of record sets: per id the greatest version in the total order. Commutative,
 * associative and idempotent, so sets can be merged in any grouping and order. A tombstone is a
 * version like any other, so an older copy arriving later cannot bring a deleted record back.
 */
export function mergeRecords(sets: Iterable<Iterable<RegionRecord>>, sha256?: Sha256): MergedRecords {
  const merger = createRecordMerger(sha256);
  for (const set of sets) for (const record of set) merger.add(record);
  return merger.result();
}
