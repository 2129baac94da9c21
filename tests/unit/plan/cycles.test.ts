import { describe, expect, it } from 'vitest';
import { parentCycles, wouldMakeCycle } from '../../../shared/plan/cycles.ts';
import { indexPlan } from '../../../shared/plan/plan-index.ts';
import { planTree } from '../../../shared/plan/plan-tree.ts';
import { planCoverage } from '../../../shared/plan/coverage.ts';
import { deleted } from '../../support/fake-records.ts';
import { P, planItem, serves } from './support.ts';

describe('cycles of parent links', () => {
  const chain = [planItem(1, 'ambition'), planItem(2, 'goal'), planItem(3, 'action'), serves(2, 1), serves(3, 2)];

  it('refuses a parent link that closes a circle, directly or through others, and a self link', () => {
    const index = indexPlan(chain);
    expect(wouldMakeCycle(index, P(1), P(2))).toBe(true);
    expect(wouldMakeCycle(index, P(1), P(3))).toBe(true);
    expect(wouldMakeCycle(index, P(2), P(2))).toBe(true);
    expect(wouldMakeCycle(index, P(3), P(1))).toBe(false);
    expect(wouldMakeCycle(index, P(2), P(1))).toBe(false);
  });

  it('finds none in a plan whose links fit the levels', () => {
    expect(parentCycles(indexPlan(chain))).toEqual([]);
  });

  it('finds a circle a merge brought in, and a separate self link, each once with sorted ids', () => {
    // Two partners changed levels at the same time: 1 now serves 3, closing 1 → 3 → 2 → 1 … in the other direction.
    const index = indexPlan([...chain, serves(1, 3), planItem(7, 'goal'), serves(7, 7), planItem(8, 'goal'), planItem(9, 'goal'), serves(8, 9), serves(9, 8)]);
    expect(parentCycles(index)).toEqual([[P(1), P(2), P(3)], [P(7)], [P(8), P(9)]]);
  });

  it('ignores links through a deleted item: no circle left', () => {
    const index = indexPlan([...chain, serves(1, 3), deleted(planItem(2, 'goal'), { updatedAt: '2026-10-02T09:00:00.000Z-0000' })]);
    expect(parentCycles(index)).toEqual([]);
  });

  it('still builds a finite tree and the coverage over a circle, and reports it', () => {
    const index = indexPlan([...chain, serves(1, 3), serves(2, 3)]);
    const tree = planTree(index);
    expect(tree.ambitions.map((a) => [a.view.item.id, a.children.map((g) => [g.view.item.id, g.children.map((c) => c.view.item.id)])])).toEqual([
      [P(1), [[P(2), [P(3)]]]],
    ]);
    const coverage = planCoverage(index, []);
    expect(coverage.cycles).toEqual([[P(1), P(2), P(3)]]);
    expect(coverage.misfitParents.map((r) => [r.link.body.fromId, r.link.body.toId])).toEqual(
      expect.arrayContaining([
        [P(1), P(3)],
        [P(2), P(3)],
      ]),
    );
  });

  it('handles a long chain without running out of stack', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => planItem(i, 'goal'));
    const links = Array.from({ length: 19_999 }, (_, i) => serves(i, i + 1));
    const index = indexPlan([...records, ...links, serves(19_999, 0)]);
    expect(parentCycles(index)).toHaveLength(1);
    expect(wouldMakeCycle(index, P(5), P(4))).toBe(true);
  });
});
