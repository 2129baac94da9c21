import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle } from '../../../shared/bundle/encode.ts';
import { createBundleMerger, mergeBundles } from '../../../shared/merge/merge-bundles.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { compareVersions } from '../../../shared/merge/version-order.ts';
import { planImport } from '../../../shared/merge/import-plan.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { issueBody, ORIGIN_A, ORIGIN_B, recordId, REGION } from '../../support/fake-records.ts';
import { NOW, partnerBundle } from '../../support/fake-bundles.ts';

// Tiny value ranges on purpose: they force equal clocks, equal origins and equal ids, where the
// tie-breaking rules are tested.
const version: fc.Arbitrary<RegionRecord> = fc
  .record({
    id: fc.integer({ min: 1, max: 3 }),
    updatedAt: fc.constantFrom('2026-10-01T09:00:00.000Z-0000', '2026-10-01T09:00:00.000Z-0001'),
    origin: fc.constantFrom(ORIGIN_A, ORIGIN_B),
    title: fc.constantFrom('Tekort aan huisartsen', 'Vergrijzing'),
    deleted: fc.boolean(),
  })
  .map(({ id, updatedAt, origin, title, deleted }) => {
    const live = liveVersion('issue', recordId(id), issueBody({ title }), { region: REGION, origin, updatedAt });
    return deleted ? tombstone(live, { origin, updatedAt }) : live;
  });
const recordSet = fc.array(version, { maxLength: 8 });
const runs = { numRuns: 1000 };

function merged(...sets: RegionRecord[][]): string {
  return canonicalJson(mergeRecords(sets).records);
}

describe('merge laws', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (a, b) => {
        expect(merged(a, b)).toBe(merged(b, a));
      }),
      runs,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(recordSet, recordSet, recordSet, (a, b, c) => {
        const left = mergeRecords([mergeRecords([a, b]).records, c]).records;
        const right = mergeRecords([a, mergeRecords([b, c]).records]).records;
        expect(canonicalJson(left)).toBe(canonicalJson(right));
      }),
      runs,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(recordSet, (a) => {
        expect(merged(a, a)).toBe(merged(a));
        expect(merged(mergeRecords([a]).records)).toBe(merged(a));
      }),
      runs,
    );
  });

  it('keeps per id the greatest version, so a tombstone is never outranked by an older live copy', () => {
    fc.assert(
      fc.property(fc.array(recordSet, { maxLength: 4 }), (sets) => {
        const all = sets.flat();
        for (const record of mergeRecords(sets).records) {
          const greatest = all
            .filter((r) => r.id === record.id)
            .sort(compareVersions)
            .at(-1);
          expect(record).toEqual(greatest);
        }
      }),
      runs,
    );
  });

  it('gives byte-identical bundles for N bundles in any order', () => {
    const bundleArb = fc.tuple(recordSet, fc.constantFrom(ORIGIN_A, ORIGIN_B), fc.constantFrom('2026-10-02T10:00:00.000Z', '2026-10-03T10:00:00.000+02:00'));
    fc.assert(
      fc.property(fc.array(bundleArb, { minLength: 1, maxLength: 5 }), fc.nat(), (specs, seed) => {
        const bundles = specs.map(([records, partner, at]) => partnerBundle(mergeRecords([records]).records, at, partner));
        const shuffled = fc.sample(fc.shuffledSubarray(bundles, { minLength: bundles.length }), { seed, numRuns: 1 })[0] ?? bundles;
        const a = mergeBundles(bundles);
        const b = mergeBundles(shuffled);
        if (!a.ok || !b.ok) throw new Error('merge refused same-region bundles');
        expect(encodeBundle(b.bundle)).toBe(encodeBundle(a.bundle));
        // The result is a bundle like any other: it decodes and merges again to itself.
        const again = decodeBundle(encodeBundle(a.bundle), { now: NOW });
        expect(again.ok).toBe(true);
        const twice = again.ok ? mergeBundles([again.bundle, ...bundles]) : a;
        expect(twice.ok && encodeBundle(twice.bundle)).toBe(encodeBundle(a.bundle));
      }),
      runs,
    );
  });

  it('imports into a store exactly as it merges', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (storedVersions, incomingVersions) => {
        const store = new Map(mergeRecords([storedVersions]).records.map((r) => [r.id, r]));
        const incoming = mergeRecords([incomingVersions]).records;
        const before = new Map(store);
        const plan = planImport(
          incoming,
          incoming.map((r) => store.get(r.id)),
        );
        for (const record of plan.writes) store.set(record.id, record);
        expect(plan.added + plan.updated + plan.unchanged + plan.clashes.length).toBe(incoming.length);
        // A version in a clash with the stored one (same clock and writer, other content) is left
        // out and the stored one stays; everything else is exactly the merge.
        for (const { record } of plan.clashes) expect(store.get(record.id)).toBe(before.get(record.id));
        if (plan.clashes.length === 0)
          expect(canonicalJson([...store.values()].sort((x, y) => (x.id < y.id ? -1 : 1)))).toBe(merged(storedVersions, incomingVersions));
        expect(plan.writes).toHaveLength(plan.added + plan.updated);
      }),
      runs,
    );
  });
});

describe('merge of bundles', () => {
  const issue = liveVersion('issue', recordId(1), issueBody(), { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-01T09:00:00.000Z-0000' });

  it('never brings a deleted record back from an older bundle imported later', () => {
    const removed = tombstone(issue, { origin: ORIGIN_B, updatedAt: '2026-10-05T09:00:00.000Z-0000' });
    const result = mergeBundles([partnerBundle([removed], undefined, ORIGIN_B), partnerBundle([issue])]);
    expect(result.ok && result.bundle.records).toEqual([removed]);
  });

  it('reports versions by different installations as conflicts, with the winner', () => {
    const edit = liveVersion('issue', recordId(1), issueBody({ title: 'Huisartsentekort in de Peel' }), {
      region: REGION,
      origin: ORIGIN_B,
      updatedAt: '2026-10-02T09:00:00.000Z-0000',
    });
    const result = mergeBundles([partnerBundle([issue]), partnerBundle([edit], undefined, ORIGIN_B)]);
    expect(result.ok && result.conflicts).toEqual([{ id: recordId(1), winner: edit, superseded: [issue] }]);
    const sameOrigin = mergeRecords([[issue], [{ ...issue, updatedAt: '2026-10-03T09:00:00.000Z-0000' }]]);
    expect(sameOrigin.conflicts).toEqual([]);
  });

  it('names every contributing partner and the latest export time', () => {
    const result = mergeBundles([partnerBundle([issue], '2026-10-02T10:00:00.000+02:00', ORIGIN_B), partnerBundle([], '2026-10-02T09:00:00.000Z')]);
    expect(result.ok && result.bundle.producer).toEqual({ kind: 'merge', partnerIds: [ORIGIN_A, ORIGIN_B] });
    expect(result.ok && result.bundle.exportedAt).toBe('2026-10-02T09:00:00.000Z');
  });

  it("keeps a version met in many bundles once, and writes the same bytes when fed decoded texts and Node's SHA-256", () => {
    const edit = liveVersion('issue', recordId(1), issueBody({ title: 'Huisartsentekort in de Peel' }), {
      region: REGION,
      origin: ORIGIN_B,
      updatedAt: '2026-10-01T09:00:00.000Z-0000',
    });
    const bundles = [
      partnerBundle([issue]),
      partnerBundle([structuredClone(issue)]),
      partnerBundle([edit], undefined, ORIGIN_B),
      partnerBundle([structuredClone(edit)], undefined, ORIGIN_B),
    ];
    const plain = mergeBundles(bundles);
    const nodeSha256 = () => {
      const hash = createHash('sha256');
      return { update: (text: string) => void hash.update(text, 'utf8'), hex: () => hash.digest('hex') };
    };
    const merger = createBundleMerger(nodeSha256);
    bundles.forEach((bundle) =>
      merger.add(
        bundle,
        bundle.records.map((record) => canonicalJson(record)),
      ),
    );
    const streamed = merger.result();
    expect(plain.ok && streamed.ok && encodeBundle(streamed.bundle)).toBe(plain.ok && encodeBundle(plain.bundle));
    expect(plain.ok && plain.conflicts.map((c) => c.superseded.length)).toEqual([1]);
  });

  it('refuses to mix regions, and needs at least one bundle', () => {
    const other = { ...partnerBundle([]), region: 'west-brabant' };
    expect(mergeBundles([partnerBundle([]), other])).toEqual({ ok: false, reason: 'regions-differ', regions: [REGION, 'west-brabant'] });
    expect(mergeBundles([])).toEqual({ ok: false, reason: 'no-bundles' });
  });
});
