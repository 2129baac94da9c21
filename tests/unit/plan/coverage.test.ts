import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../shared/plan/analyse-plan.ts';
import { topPriorityIssues } from '../../../shared/plan/coverage.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { traceMatrixCsv } from '../../../shared/regiobeeld/csv-exports.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, recordId, REGION } from '../../support/fake-records.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, O, summaries, threePartners } from '../regiobeeld/fixture.ts';
import { AT, link, P, planItem, serves } from './support.ts';

const LATER = '2026-10-05T09:00:00.000Z-0000';
const RESPONSE = recordId(0x301);

/**
 * On top of the three partners: ambition 1 rests on a survey finding; goal 2 serves it and links
 * to issue 1; action 3 serves goal 2 and has no links of its own; goal 4 serves nothing and rests
 * on nothing; action 5 serves goal 4; initiative 6 links to issue 3; goal 7 links to an observation
 * of issue 2 and to a deleted observation; action 8 links to issue 2 on a version since edited.
 */
function plan(): RegionRecord[] {
  return [
    ...threePartners().map((r) => (r.id === I2 ? fakeIssue(2, { title: 'Wijkverpleging onder druk' }, { origin: PARTNER.verzekeraar, updatedAt: LATER }) : r)),
    planItem(1, 'ambition', { title: 'Gezond ouder worden' }),
    planItem(2, 'goal', { title: 'Huisarts dichtbij' }),
    planItem(3, 'action', { title: 'Praktijkruimte', ownerPartnerIds: [PARTNER.zorg] }),
    planItem(4, 'goal', { title: 'Losse wens' }),
    planItem(5, 'action', { title: 'Zonder eigenaar' }),
    planItem(6, 'initiative', { title: 'Buurtkamer', ownerPartnerIds: [PARTNER.sociaal] }),
    planItem(7, 'goal', { title: 'Wijkverpleging' }),
    planItem(8, 'action', { title: 'Extra wijkteam', ownerPartnerIds: [PARTNER.verzekeraar] }),
    serves(2, 1),
    serves(3, 2),
    serves(5, 4),
    serves(6, 2),
    serves(8, 7),
    link({ fromId: P(1), toType: 'surveyFinding', toId: RESPONSE, toQuestion: 'top' }, '2026-10-02T09:00:00.000Z-0000'),
    link({ fromId: P(2), toType: 'issue', toId: I1 }),
    link({ fromId: P(6), toType: 'issue', toId: I3 }),
    link({ fromId: P(7), toType: 'observation', toId: O(2) }),
    link({ fromId: P(7), toType: 'observation', toId: O(3) }),
    link({ fromId: P(8), toType: 'issue', toId: I2 }),
    deleted(planItem(9, 'goal')),
    link({ fromId: P(9), toType: 'issue', toId: I3 }),
  ].map((r) => (r.id === O(3) ? deleted(r) : r));
}

const analyse = (records: RegionRecord[]) => analysePlan(records, summaries(records).issues);

describe('plan coverage', () => {
  it('takes the top three places of the surveys as top priority', () => {
    const issues = summaries(plan()).issues;
    expect(issues.map((i) => [i.id, i.priority?.place])).toEqual([
      [I1, 1],
      [I2, 2],
      [I3, 3],
    ]);
    expect(topPriorityIssues(issues).map((i) => i.id)).toEqual([I1, I2, I3]);
    expect(topPriorityIssues(issues.map((i) => (i.id === I3 ? { ...i, priority: null } : i))).map((i) => i.id)).toEqual([I1, I2]);
  });

  it('names a top issue that only an initiative, a deleted goal or an observation of it links to', () => {
    const { coverage } = analyse(plan());
    expect(coverage.uncoveredTopIssues.map((i) => i.id)).toEqual([I3]);
  });

  it('counts a suspect link as cover, and a dangling one not', () => {
    const records = plan().filter((r) => !(r.type === 'traceLink' && r.body?.fromId === P(2)));
    expect(analyse(records).coverage.uncoveredTopIssues.map((i) => i.id)).toEqual([I1, I3]);
  });

  it('finds items standing alone: no evidence of their own nor through what they serve', () => {
    const { coverage } = analyse(plan());
    expect(coverage.standAlone.map((i) => i.body.title)).toEqual(['Losse wens', 'Zonder eigenaar']);
  });

  it('lets an ambition rest on its goals: one goal resting on evidence is enough', () => {
    // Without its own survey finding, ambition 1 rests on goal 2, which links to issue 1.
    const records = plan().filter((r) => !(r.type === 'traceLink' && r.body?.fromId === P(1)));
    expect(analyse(records).coverage.standAlone.map((i) => i.body.title)).toEqual(['Losse wens', 'Zonder eigenaar']);
  });

  it('flags an ambition whose goals rest on nothing, and one without goals', () => {
    const records = [...plan(), planItem(10, 'ambition', { title: 'Alleen een wens' }), planItem(11, 'ambition', { title: 'Leeg' }), serves(4, 10)];
    expect(analyse(records).coverage.standAlone.map((i) => i.body.title)).toEqual(['Alleen een wens', 'Leeg', 'Losse wens', 'Zonder eigenaar']);
  });

  it('does not pass what an ambition rests on through one goal down to its other goals', () => {
    const records = [
      ...plan().filter((r) => !(r.type === 'traceLink' && r.body?.fromId === P(1))),
      planItem(10, 'goal', { title: 'Tweede doel' }),
      planItem(11, 'action', { title: 'Onder het tweede doel', ownerPartnerIds: [PARTNER.zorg] }),
      serves(10, 1),
      serves(11, 10),
    ];
    expect(analyse(records).coverage.standAlone.map((i) => i.body.title)).toEqual(['Losse wens', 'Tweede doel', 'Onder het tweede doel', 'Zonder eigenaar']);
  });

  it('does not ground a goal, nor its ambition, by what one of its actions cites', () => {
    const records = [...plan(), planItem(10, 'ambition', { title: 'Boven de losse wens' }), serves(4, 10), link({ fromId: P(5), toType: 'issue', toId: I3 })];
    expect(analyse(records).coverage.standAlone.map((i) => i.body.title)).toEqual(['Boven de losse wens', 'Losse wens']);
  });

  it('holds every top issue, also while there is no plan to cover them', () => {
    expect(analyse(threePartners()).coverage.topIssues.map((i) => i.id)).toEqual([I1, I2, I3]);
    expect(analyse(threePartners()).coverage.uncoveredTopIssues.map((i) => i.id)).toEqual([I1, I2, I3]);
    expect(analyse(plan()).coverage.topIssues.map((i) => i.id)).toEqual([I1, I2, I3]);
  });

  it('shows dangling links with the missing end, suspect links and actions without owner', () => {
    const { coverage } = analyse(plan());
    expect(coverage.dangling.map((r) => [r.link.body.fromId, r.link.body.toId, r.from === null ? 'from' : 'to'])).toEqual(
      expect.arrayContaining([
        [P(7), O(3), 'to'],
        [P(9), I3, 'from'],
      ]),
    );
    expect(coverage.dangling).toHaveLength(2);
    expect(coverage.suspect.map((r) => [r.link.body.fromId, r.link.body.toId])).toEqual([[P(8), I2]]);
    expect(coverage.actionsWithoutOwner.map((i) => i.id)).toEqual([P(5)]);
    expect(coverage.cycles).toEqual([]);
    expect(coverage.misfitParents).toEqual([]);
  });
});

describe('plan tree and reverse index', () => {
  it('puts goals under ambitions, actions under goals, initiatives beside, and the rest unplaced', () => {
    const { tree } = analyse(plan());
    const titles = (nodes: typeof tree.ambitions): unknown => nodes.map((n) => [n.view.item.body.title, titles(n.children)]);
    expect(titles(tree.ambitions)).toEqual([['Gezond ouder worden', [['Huisarts dichtbij', [['Praktijkruimte', []]]]]]]);
    expect(tree.initiatives.map((v) => [v.item.body.title, v.parents.map((p) => p.target?.id)])).toEqual([['Buurtkamer', [P(2)]]]);
    expect(titles(tree.unplaced)).toEqual([
      ['Losse wens', [['Zonder eigenaar', []]]],
      ['Wijkverpleging', [['Extra wijkteam', []]]],
    ]);
    const goal7 = tree.unplaced.find((n) => n.view.item.id === P(7))?.view;
    expect(goal7?.evidence.map((r) => [r.link.body.toId, r.state, r.target?.id ?? null])).toEqual(
      expect.arrayContaining([
        [O(2), 'current', O(2)],
        [O(3), 'dangling', null],
      ]),
    );
  });

  it('lists for each piece of evidence the live plan items resting on it', () => {
    const { byEvidence } = analyse(plan());
    expect(byEvidence.get(I1)).toEqual([P(2)]);
    expect(byEvidence.get(I3)).toEqual([P(6)]);
    expect(byEvidence.get(RESPONSE)).toEqual([P(1)]);
    expect(byEvidence.get(P(2))).toBeUndefined();
  });
});

describe('trace matrix', () => {
  it('crosses issues with goals and actions: linked, suspect, or through an observation', () => {
    const { matrix } = analyse(plan());
    expect(matrix.columns.map((c) => c.body.title)).toEqual([
      'Huisarts dichtbij',
      'Losse wens',
      'Wijkverpleging',
      'Extra wijkteam',
      'Praktijkruimte',
      'Zonder eigenaar',
    ]);
    expect(matrix.rows.map((r) => [r.issue.id, r.cells])).toEqual([
      [I1, ['linked', null, null, null, null, null]],
      [I2, [null, null, 'via-observation', 'suspect', null, null]],
      [I3, [null, null, null, null, null, null]],
    ]);
  });

  it('writes it for Dutch Excel', () => {
    const csv = traceMatrixCsv(analyse(plan()).matrix);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'knelpunt-id;knelpunt;plaats;doel: Huisarts dichtbij;doel: Losse wens;doel: Wijkverpleging;actie: Extra wijkteam;actie: Praktijkruimte;actie: Zonder eigenaar',
    );
    expect(lines[2]).toBe(`${I2};Wijkverpleging onder druk;2;;;via waarneming;x (verdacht);;`);
  });
});

it('keeps its fixture honest: the timestamps the links saw', () => {
  expect(AT).toBe('2026-10-01T09:00:00.000Z-0000');
});

describe('the gespreksagenda and the plan', () => {
  const notInPlan = (records: RegionRecord[]) =>
    analyseRegiobeeld(REGION, records, [toets(1)])
      .agenda.filter((item) => item.kind === 'not-in-plan')
      .map((item) => item.issueId);

  it('names the top issues no goal or action takes up, best place first', () => {
    expect(notInPlan(plan())).toEqual([I3]);
    expect(notInPlan(plan().filter((r) => !(r.type === 'traceLink' && r.body?.toId === I1)))).toEqual([I1, I3]);
  });

  it('says nothing of the plan while the region has no goal or action', () => {
    expect(notInPlan(threePartners())).toEqual([]);
    expect(notInPlan([...threePartners(), planItem(1, 'ambition'), planItem(6, 'initiative')])).toEqual([]);
  });
});
