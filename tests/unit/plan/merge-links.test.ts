import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeBundles } from '../../../shared/merge/merge-bundles.ts';
import { compareVersions } from '../../../shared/merge/version-order.ts';
import { planCoverage } from '../../../shared/plan/coverage.ts';
import { indexPlan } from '../../../shared/plan/plan-index.ts';
import { resolveLink } from '../../../shared/plan/resolve-link.ts';
import { newTraceLink } from '../../../shared/plan/trace-link-record.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
import { fakeIssue, issueBody, ORIGIN_A, ORIGIN_B, recordId, REGION, stamp } from '../../support/fake-records.ts';
import { partnerBundle } from '../../support/fake-bundles.ts';
import { P, planItem } from './support.ts';

// Tiny ranges, as in the merge laws: they force equal ids, clocks and origins.
const TIMES = ['2026-10-01T09:00:00.000Z-0000', '2026-10-01T09:00:00.000Z-0001', '2026-10-02T09:00:00.000Z-0000'] as const;
const at = fc.constantFrom(...TIMES);
const origin = fc.constantFrom(ORIGIN_A, ORIGIN_B);

const linkVersion: fc.Arbitrary<RegionRecord> = fc
  .record({
    from: fc.integer({ min: 1, max: 2 }),
    to: fc.integer({ min: 1, max: 2 }),
    rationale: fc.constantFrom('omdat', 'want'),
    evidenceAt: at,
    updatedAt: at,
    origin,
    deleted: fc.boolean(),
  })
  .map(({ from, to, rationale, evidenceAt, updatedAt, origin: o, deleted }) => {
    const body = { fromId: P(from), toType: 'issue' as const, toId: recordId(to), rationale, evidenceAt };
    const live = liveVersion('traceLink', traceLinkId(body), body, { region: REGION, origin: o, updatedAt });
    return deleted ? tombstone(live, { origin: o, updatedAt }) : live;
  });

/** The ends may be there, deleted, or missing from every bundle. */
const endVersion: fc.Arbitrary<RegionRecord> = fc
  .record({ n: fc.integer({ min: 1, max: 2 }), issue: fc.boolean(), updatedAt: at, origin, deleted: fc.boolean() })
  .map(({ n, issue, updatedAt, origin: o, deleted }) => {
    const live = issue
      ? liveVersion('issue', recordId(n), issueBody(), { region: REGION, origin: o, updatedAt })
      : planItem(n, 'goal', {}, { origin: o, updatedAt });
    return deleted ? tombstone(live, { origin: o, updatedAt }) : live;
  });

/** One bundle holds one version per id, as an export does. */
const bundleRecords = fc.array(fc.oneof(linkVersion, endVersion), { maxLength: 8 }).map((records) => [...new Map(records.map((r) => [r.id, r])).values()]);

describe('merging bundles that hold trace links', () => {
  it('never loses a link: per id the greatest version wins, so a live one stays unless a later tombstone outranks it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bundleRecords, origin), { minLength: 1, maxLength: 4 }), (specs) => {
        const result = mergeBundles(specs.map(([records, partner]) => partnerBundle(records, undefined, partner)));
        if (!result.ok) throw new Error('merge refused same-region bundles');
        const merged = new Map(result.bundle.records.map((r) => [r.id, r]));
        const all = specs.flatMap(([records]) => records);
        for (const id of new Set(all.filter((r) => r.type === 'traceLink').map((r) => r.id))) {
          const greatest = all
            .filter((r) => r.id === id)
            .sort(compareVersions)
            .at(-1);
          expect(merged.get(id)).toEqual(greatest);
        }
        // Every live link of the merge is in the plan, and a missing end makes it dangling, never gone.
        const index = indexPlan(result.bundle.records);
        const liveLinks = result.bundle.records.filter((r) => r.type === 'traceLink' && !r.deleted).map((r) => r.id);
        expect(index.links.map((l) => l.id)).toEqual(liveLinks);
        const dangling = planCoverage(index, []).dangling.map((r) => r.link.id);
        expect(dangling).toEqual(index.links.filter((l) => resolveLink(index, l).state === 'dangling').map((l) => l.id));
        for (const l of index.links) {
          const endsThere = index.item(l.body.fromId) !== undefined && merged.get(l.body.toId)?.deleted === false;
          expect(dangling.includes(l.id)).toBe(!endsThere);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('makes one record when two partners make the same link at the same time', () => {
    const records = [planItem(1, 'goal'), fakeIssue(1)];
    const draft = { fromId: P(1), toType: 'issue' as const, toId: recordId(1), rationale: 'Hoogste plaats' };
    const a = newTraceLink(indexPlan(records), draft, stamp({ origin: ORIGIN_A, updatedAt: TIMES[1] }));
    const b = newTraceLink(indexPlan(records), { ...draft, rationale: 'Veel waarnemingen' }, stamp({ origin: ORIGIN_B, updatedAt: TIMES[1] }));
    if (!a.ok || !b.ok) throw new Error('links refused');
    const result = mergeBundles([partnerBundle([...records, a.record]), partnerBundle([b.record], undefined, ORIGIN_B)]);
    const links = result.ok ? result.bundle.records.filter((r) => r.type === 'traceLink') : [];
    expect(links).toHaveLength(1);
    expect(result.ok && result.conflicts.map((c) => c.id)).toEqual([a.record.id]);
  });
});
