import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanCoverageView } from '../../extension/features/plan/plan-coverage.tsx';
import { analysePlan } from '../../shared/plan/analyse-plan.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { I1, I2, I3, O, summaries, threePartners } from '../unit/regiobeeld/fixture.ts';
import { link, P, planItem, serves } from '../unit/plan/support.ts';

afterEach(cleanup);

function show(records: RegionRecord[]) {
  const { coverage, index } = analysePlan(records, summaries(records).issues);
  render(<PlanCoverageView coverage={coverage} index={index} definitions={[]} open={() => undefined} />);
  const panel = within(screen.getByTestId('plan-coverage'));
  return {
    text: (id: string) => panel.queryByTestId(id)?.textContent ?? null,
    groups: () => panel.queryAllByTestId('coverage-group').map((group) => [group.dataset.kind, within(group).getAllByTestId('coverage-entry').length]),
    good: () => panel.queryByTestId('coverage-all-good')?.classList.contains('good') ?? null,
  };
}

/** The three partners without their survey answers: issues and clips, but no ranking to make any issue top. */
const unranked = () => threePartners().filter((r) => r.type !== 'surveyResponse');

describe('the coverage panel', () => {
  it('says an empty plan is no plan yet, not that it covers everything, and names the top issues to start with', () => {
    const panel = show(threePartners());
    expect(panel.text('coverage-no-plan')).toBe(
      'Er is nog geen plan. Begin met een ambitie en een doel voor een van de knelpunten met topprioriteit hieronder, en koppel het doel aan dat knelpunt.',
    );
    expect(panel.text('coverage-all-good')).toBeNull();
    expect(panel.groups()).toEqual([['uncovered', 3]]);
  });

  it('says so too when the surveys put no issue on top, and then names nothing to cover', () => {
    const panel = show(unranked());
    expect(panel.text('coverage-no-plan')).toBe(
      'Er is nog geen plan, en de vragenlijsten wijzen nog geen knelpunten met topprioriteit aan. Begin met een ambitie en een doel voor een knelpunt uit het regiobeeld, en koppel het doel aan dat knelpunt.',
    );
    expect(panel.text('coverage-all-good')).toBeNull();
    expect(panel.text('coverage-no-top-issues')).toBeNull();
    expect(panel.groups()).toEqual([]);
  });

  it('does not claim a plan covers the top issues when there are none, and says what is true', () => {
    const panel = show([...unranked(), planItem(1, 'ambition'), planItem(2, 'goal'), serves(2, 1), link({ fromId: P(2), toType: 'observation', toId: O(0) })]);
    expect(panel.text('coverage-no-top-issues')).toBe(
      'De vragenlijsten wijzen nog geen knelpunten met topprioriteit aan, dus of het plan de belangrijkste knelpunten dekt, is nog niet te zeggen.',
    );
    expect(panel.text('coverage-all-good')).toBe('Elk onderdeel van het plan rust op bewijs.');
    expect(panel.text('coverage-no-plan')).toBeNull();
  });

  it('says the plan covers the top issues when its goals take them all up and rest on evidence', () => {
    const records = [
      ...threePartners(),
      planItem(1, 'ambition'),
      planItem(2, 'goal'),
      serves(2, 1),
      ...[I1, I2, I3].map((toId) => link({ fromId: P(2), toType: 'issue', toId })),
    ];
    const panel = show(records);
    expect(panel.text('coverage-all-good')).toBe('Het plan dekt de belangrijkste knelpunten en elk onderdeel rust op bewijs.');
    expect(panel.good()).toBe(true);
    expect(panel.text('coverage-no-top-issues')).toBeNull();
    expect(panel.text('coverage-no-plan')).toBeNull();
    // The ambition has no link of its own and rests on its goal: it is not listed as standing alone.
    expect(panel.groups()).toEqual([]);
  });
});
