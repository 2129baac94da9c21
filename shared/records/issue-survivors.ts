import { compareText } from '../canonical/compare-text.ts';
import type { RecordId } from '../schema/ids.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';

/** Which issue each issue counts for, once the region's merges of issues are applied. */
export interface IssueSurvivors {
  /** The issue `id` counts for: itself unless it was merged; any id that is no live issue stands for itself. */
  readonly survivorOf: (id: RecordId) => RecordId;
  /** Per merged issue, the issue it was merged into: the merges that count (between live issues), before chains are followed. */
  readonly mergedInto: ReadonlyMap<RecordId, RecordId>;
}

/**
 * Resolves the merges of issues among these records (one version per id, as a merge of bundles
 * leaves them). A merge counts only between two live issues, so a merge into a deleted issue
 * leaves the merged one standing rather than gone. Chains are followed (C into B, B into A: all
 * count for A). Merges made concurrently can form a cycle (A into B on one side, B into A on the
 * other): then the cycle's issue with the least id survives — for ids made by Regiobeeld the
 * earliest made — so every installation with the same records picks the same survivor, whatever
 * order the records came in.
 */
export function issueSurvivors(records: readonly RegionRecord[]): IssueSurvivors {
  const issues = new Set<RecordId>();
  for (const record of records) if (record.type === 'issue' && isLive(record)) issues.add(record.id);
  const mergedInto = new Map<RecordId, RecordId>();
  for (const record of records) {
    if (record.type !== 'issueMerge' || !isLive(record)) continue;
    const { issueId, intoId } = record.body;
    if (issues.has(issueId) && issues.has(intoId)) mergedInto.set(issueId, intoId);
  }

  // Each issue is merged into at most one other (a merge's id is its merged issue's), so following
  // the merges from any issue ends at an issue that is not merged, or goes round one cycle.
  const survivors = new Map<RecordId, RecordId>();
  const settle = (path: readonly RecordId[], survivor: RecordId): void => {
    for (const id of path) survivors.set(id, survivor);
  };
  for (const start of mergedInto.keys()) {
    const path: RecordId[] = [];
    const placeOnPath = new Map<RecordId, number>();
    for (let at = start; ; ) {
      const known = survivors.get(at);
      const next = mergedInto.get(at);
      const place = placeOnPath.get(at);
      if (known !== undefined || next === undefined) {
        settle(path, known ?? at);
        break;
      }
      if (place !== undefined) {
        settle(
          path,
          path.slice(place).reduce((least, id) => (compareText(id, least) < 0 ? id : least)),
        );
        break;
      }
      placeOnPath.set(at, path.length);
      path.push(at);
      at = next;
    }
  }

  return { survivorOf: (id) => survivors.get(id) ?? id, mergedInto };
}

/**
 * The live issues that stand (not merged into another), in the order given: what a partner is
 * offered to link a clip or a plan item to. `keep` names merged issues to list anyway: the ones a
 * clip or link being edited already names, so editing shows them rather than hiding them.
 */
export function standingIssues(records: readonly RegionRecord[], keep: ReadonlySet<string> = new Set()): LiveRecord<'issue'>[] {
  const { survivorOf } = issueSurvivors(records);
  return records.filter(
    (record): record is LiveRecord<'issue'> => record.type === 'issue' && isLive(record) && (survivorOf(record.id) === record.id || keep.has(record.id)),
  );
}
