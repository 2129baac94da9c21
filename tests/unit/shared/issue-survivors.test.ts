import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { issueSurvivors } from '../../../shared/records/issue-survivors.ts';
import { issueMergeId } from '../../../shared/schema/issue-merge.ts';
import { RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, fakeIssueMerge, ORIGIN_A, ORIGIN_B, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';

const ISSUES = [1, 2, 3, 4, 5];
const survivorsOf = (records: readonly RegionRecord[]) => {
  const { survivorOf } = issueSurvivors(records);
  return ISSUES.map((n) => survivorOf(recordId(n)));
};
const issues = ISSUES.map((n) => fakeIssue(n, { title: `Knelpunt ${n}` }));

describe('merges of issues', () => {
  it('leave every issue standing for itself when there are none', () => {
    expect(survivorsOf(issues)).toEqual(ISSUES.map(recordId));
  });

  it('count a merged issue for the one it was merged into, also along a chain', () => {
    const { survivorOf, mergedInto } = issueSurvivors([...issues, fakeIssueMerge(3, 2), fakeIssueMerge(2, 1)]);
    expect(survivorOf(recordId(3))).toBe(recordId(1));
    expect(survivorOf(recordId(2))).toBe(recordId(1));
    expect(survivorOf(recordId(1))).toBe(recordId(1));
    expect(mergedInto.get(recordId(3))).toBe(recordId(2));
  });

  it('resolve two merges made against each other to the issue with the least id', () => {
    expect(survivorsOf([...issues, fakeIssueMerge(4, 2), fakeIssueMerge(2, 4)]).slice(1, 4)).toEqual([recordId(2), recordId(3), recordId(2)]);
    expect(survivorsOf([...issues, fakeIssueMerge(5, 3), fakeIssueMerge(3, 4), fakeIssueMerge(4, 5), fakeIssueMerge(1, 5)])).toEqual(
      [3, 2, 3, 3, 3].map(recordId),
    );
  });

  it('leave the merged issue standing when the merge is undone or its target is deleted', () => {
    const undone = deleted(fakeIssueMerge(2, 1), { updatedAt: '2026-10-01T09:00:00.000Z-0001' });
    expect(survivorsOf([...issues, undone])).toEqual(ISSUES.map(recordId));
    expect(survivorsOf([...issues.slice(1), deleted(issues[0] ?? fakeIssue(1)), fakeIssueMerge(2, 1)])[1]).toBe(recordId(2));
    expect(issueSurvivors([...issues, fakeIssueMerge(2, 9)]).survivorOf(recordId(2))).toBe(recordId(2));
  });

  it("are refused by the schema when the id is not the merged issue's or an issue is merged into itself", () => {
    const merge = fakeIssueMerge(2, 1);
    expect(RegionRecord.safeParse(merge).success).toBe(true);
    expect(RegionRecord.safeParse({ ...merge, id: recordId(77) }).success).toBe(false);
    expect(RegionRecord.safeParse({ ...merge, body: { issueId: recordId(2), intoId: recordId(2), reason: '' } }).success).toBe(false);
    expect(merge.id).toBe(issueMergeId(recordId(2)));
  });

  it('travel in a bundle of version 3, while a bundle without them stays version 2 and one that says 2 cannot carry them', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };
    const withMerge = makeBundle({ ...content, records: [...issues, fakeIssueMerge(2, 1)] });
    expect(withMerge.schemaVersion).toBe(3);
    expect(makeBundle({ ...content, records: issues }).schemaVersion).toBe(2);
    const decoded = decodeBundle(encodeBundle(withMerge), { now: NOW });
    expect(decoded.ok && decoded.bundle.records.filter((record) => record.type === 'issueMerge')).toEqual([fakeIssueMerge(2, 1)]);
    const mislabelled = decodeBundle(encodeBundle({ ...withMerge, schemaVersion: 2 }), { now: NOW });
    expect(mislabelled.ok).toBe(false);
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => [error.code, error.recordId])).toEqual([['invalid-record', issueMergeId(recordId(2))]]);
  });
});

// Small ranges on purpose: they force competing merges of one issue, equal clocks and cycles.
const mergeVersion = fc
  .record({
    from: fc.constantFrom(...ISSUES),
    into: fc.constantFrom(...ISSUES),
    tick: fc.integer({ min: 0, max: 3 }),
    origin: fc.constantFrom(ORIGIN_A, ORIGIN_B),
    undone: fc.boolean(),
  })
  .filter(({ from, into }) => from !== into)
  .map(({ from, into, tick, origin, undone }) => {
    const at = { origin, updatedAt: `2026-10-01T09:00:00.000Z-000${tick}` };
    return undone ? deleted(fakeIssueMerge(from, into, at), at) : fakeIssueMerge(from, into, at);
  });
const issueVersion = fc
  .record({ n: fc.constantFrom(...ISSUES), gone: fc.boolean() })
  .map(({ n, gone }) => (gone ? deleted(fakeIssue(n), { updatedAt: '2026-10-01T09:00:00.000Z-0002' }) : fakeIssue(n)));
const partnerSet = fc.array(fc.oneof(mergeVersion, issueVersion), { maxLength: 10 }).map((records) => [...issues, ...records]);
const runs = { numRuns: 1000 };

describe('merges of issues, as laws', () => {
  it("give every installation the same survivors, whatever order and grouping the partners' records come in", () => {
    fc.assert(
      fc.property(fc.array(partnerSet, { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.nat()), (sets, picks) => {
        const all = mergeRecords(sets).records;
        // Fisher–Yates driven by fast-check, so a failing order shrinks and replays.
        const reordered = [...sets];
        for (let i = reordered.length - 1; i > 0; i -= 1) {
          const j = (picks.next().value as number) % (i + 1);
          [reordered[i], reordered[j]] = [reordered[j] as RegionRecord[], reordered[i] as RegionRecord[]];
        }
        const stepwise = reordered.reduce<RegionRecord[]>((held, set) => mergeRecords([held, set]).records, []);
        expect(survivorsOf(stepwise)).toEqual(survivorsOf(all));
        expect(survivorsOf([...all].reverse())).toEqual(survivorsOf(all));
      }),
      runs,
    );
  });

  it('count every issue for a live issue that counts for itself, so nothing is lost and no chain is left half-followed', () => {
    fc.assert(
      fc.property(partnerSet, (set) => {
        const records = mergeRecords([set]).records;
        const live = new Set(records.filter((record) => record.type === 'issue' && !record.deleted).map((record) => record.id));
        const { survivorOf } = issueSurvivors(records);
        for (const id of live) {
          expect(live.has(survivorOf(id))).toBe(true);
          expect(survivorOf(survivorOf(id))).toBe(survivorOf(id));
        }
      }),
      runs,
    );
  });
});
