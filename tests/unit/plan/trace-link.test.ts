import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../shared/plan/plan-index.ts';
import { resolveLink } from '../../../shared/plan/resolve-link.ts';
import { checkTraceLink, type TraceLinkDraft } from '../../../shared/plan/trace-link-check.ts';
import { confirmTraceLink, newTraceLink } from '../../../shared/plan/trace-link-record.ts';
import { parentCandidates } from '../../../shared/plan/cycles.ts';
import { TraceLinkRecord } from '../../../shared/schema/record.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, fakeObservation, ORIGIN_B, recordId, stamp } from '../../support/fake-records.ts';
import { PARTNER, responseRecord } from '../survey/support/toets-survey.ts';
import { AT, link, P, planItem, serves } from './support.ts';

const LATER = '2026-10-05T09:00:00.000Z-0000';
const I = recordId(1);
const OBS = recordId(0x10);
const RESPONSE = recordId(0x301);

function records(): RegionRecord[] {
  return [
    planItem(1, 'ambition'),
    planItem(2, 'goal'),
    planItem(3, 'action'),
    planItem(4, 'initiative'),
    serves(2, 1),
    serves(3, 2),
    fakeIssue(1, {}, { updatedAt: AT }),
    fakeObservation(0x10, {}, { updatedAt: AT }),
    fakeObservation(0x11, {}, { region: 'andere-regio' }),
    deleted(fakeObservation(0x12)),
    responseRecord(1, PARTNER.zorg, { top: [I], urgentie: 4 }),
  ];
}

const codes = (draft: TraceLinkDraft, extra: RegionRecord[] = []) => checkTraceLink(indexPlan([...records(), ...extra]), draft).map((e) => e.code);
const draft = (overrides: Partial<TraceLinkDraft>): TraceLinkDraft => ({
  fromId: P(2),
  toType: 'issue',
  toId: I,
  rationale: 'Hoogste plaats in de peiling',
  ...overrides,
});

describe('checking a new trace link', () => {
  it('accepts links to an issue, an observation, a survey finding and a fitting parent', () => {
    expect(codes(draft({}))).toEqual([]);
    expect(codes(draft({ toType: 'observation', toId: OBS }))).toEqual([]);
    expect(codes(draft({ toType: 'surveyFinding', toId: RESPONSE, toQuestion: 'urgentie' }))).toEqual([]);
    expect(codes(draft({ fromId: P(4), toType: 'planItem', toId: P(2) }))).toEqual([]);
  });

  it('names a missing, deleted or wrongly typed target and a missing plan item', () => {
    expect(codes(draft({ toId: recordId(0x99) }))).toEqual(['target-missing']);
    expect(codes(draft({ toType: 'observation', toId: recordId(0x12) }))).toEqual(['target-missing']);
    expect(codes(draft({ toType: 'observation', toId: I }))).toEqual(['target-wrong-type']);
    expect(codes(draft({ fromId: P(9) }))).toEqual(['plan-item-missing']);
    expect(codes(draft({ fromId: I }))).toEqual(['plan-item-missing']);
  });

  it('refuses a target of another region', () => {
    expect(codes(draft({ toType: 'observation', toId: recordId(0x11) }))).toEqual(['other-region']);
  });

  it('holds survey findings to a question the response answered, and only them', () => {
    expect(codes(draft({ toType: 'surveyFinding', toId: RESPONSE }))).toEqual(['question-required']);
    expect(codes(draft({ toType: 'surveyFinding', toId: RESPONSE, toQuestion: 'groepen' }))).toEqual(['question-unanswered']);
    expect(codes(draft({ toQuestion: 'urgentie' }))).toEqual(['question-not-allowed']);
  });

  it('keeps parents to the levels and refuses self links and circles', () => {
    expect(codes(draft({ fromId: P(3), toType: 'planItem', toId: P(1) }))).toEqual(['parent-level']);
    expect(codes(draft({ fromId: P(1), toType: 'planItem', toId: P(2) }))).toEqual(['parent-level', 'parent-cycle']);
    expect(codes(draft({ fromId: P(2), toType: 'planItem', toId: P(2) }))).toEqual(['self-link']);
    // Goal under goal does not fit, and 5 already serves 2: both reasons are named.
    expect(codes(draft({ fromId: P(2), toType: 'planItem', toId: P(5) }), [planItem(5, 'goal'), serves(5, 2)])).toEqual(['parent-level', 'parent-cycle']);
  });

  it('offers as parents only fitting items that do not already serve the child', () => {
    const index = indexPlan([...records(), planItem(5, 'goal'), planItem(6, 'ambition')]);
    expect(parentCandidates(index, P(3)).map((i) => i.id)).toEqual([P(2), P(5)]);
    expect(parentCandidates(index, P(2)).map((i) => i.id)).toEqual([P(1), P(6)]);
    expect(parentCandidates(index, P(1))).toEqual([]);
  });
});

describe('making and confirming a trace link', () => {
  it('builds a valid record whose id comes from its ends and whose evidenceAt is the target version', () => {
    const result = newTraceLink(
      indexPlan(records()),
      draft({ toType: 'surveyFinding', toId: RESPONSE, toQuestion: 'urgentie' }),
      stamp({ origin: ORIGIN_B, updatedAt: LATER }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(TraceLinkRecord.parse(result.record)).toEqual(result.record);
    expect(result.record).toMatchObject({ id: traceLinkId({ fromId: P(2), toId: RESPONSE, toQuestion: 'urgentie' }), origin: ORIGIN_B, updatedAt: LATER });
    expect(result.record.body).toMatchObject({ evidenceAt: '2026-10-02T09:00:00.000Z-0000', rationale: 'Hoogste plaats in de peiling' });
  });

  it('stores no empty question, so two authors of the same link make the same body', () => {
    const result = newTraceLink(indexPlan(records()), draft({}), stamp());
    expect(result.ok && Object.keys(result.record.body)).toEqual(['fromId', 'toType', 'toId', 'rationale', 'evidenceAt']);
  });

  it('returns every error instead of a record for a bad draft', () => {
    expect(newTraceLink(indexPlan(records()), draft({ toId: recordId(0x99) }), stamp())).toEqual({
      ok: false,
      errors: [{ code: 'target-missing', message: expect.stringMatching(/not in the regiobeeld/) }],
    });
  });

  it('turns suspect when the target changes, and current again once confirmed', () => {
    const old = link({ fromId: P(2), toType: 'issue', toId: I });
    const edited = fakeIssue(1, { title: 'Huisartsentekort in de dorpen' }, { updatedAt: LATER });
    const index = indexPlan([...records(), old, edited]);
    expect(resolveLink(index, old).state).toBe('suspect');
    const confirmed = confirmTraceLink(index, old, stamp({ origin: ORIGIN_B, updatedAt: '2026-10-06T09:00:00.000Z-0000' }));
    expect(confirmed).toMatchObject({ id: old.id, origin: ORIGIN_B, body: { ...old.body, evidenceAt: LATER } });
    if (confirmed === null) throw new Error('no confirmation');
    expect(resolveLink(indexPlan([...records(), edited, confirmed]), confirmed).state).toBe('current');
  });

  it('cannot confirm a link whose target is gone', () => {
    const old = link({ fromId: P(2), toType: 'observation', toId: recordId(0x12) });
    expect(confirmTraceLink(indexPlan([...records(), old]), old, stamp())).toBeNull();
  });
});
