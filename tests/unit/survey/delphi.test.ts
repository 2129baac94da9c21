import { describe, expect, it } from 'vitest';
import { delphiFeedback } from '../../../shared/survey/delphi.ts';
import { recordId } from '../../support/fake-records.ts';
import { responseRecord, toets } from './support/toets-survey.ts';

const definition = toets(1);
const [A, B, C, D, E, F] = [1, 2, 3, 4, 5, 6].map((n) => recordId(0xb0 + n)) as [string, string, string, string, string, string];
const round1 = { round: 1 };
const own = responseRecord(1, A, { urgentie: 2, stellingen: { r1: 4, r2: 'weet-niet' }, top: ['a', 'b'], toelichting: 'tekst' }, round1);
const previous = [
  own,
  responseRecord(2, B, { urgentie: 4, stellingen: { r1: 5 }, top: ['b', 'a', 'c'] }, round1),
  responseRecord(3, C, { urgentie: 4, stellingen: { r1: 4 }, top: ['b'] }, round1),
  responseRecord(4, D, { urgentie: 1 }, { ...round1, at: '2026-10-01T09:00:00.000Z-0000' }),
  responseRecord(5, D, { urgentie: 5, stellingen: { r1: 2 } }, { ...round1, at: '2026-10-05T09:00:00.000Z-0000' }),
  responseRecord(6, E, { urgentie: 1 }, { ...round1, status: 'in-progress' }),
  responseRecord(7, E, { urgentie: 1 }, { ...round1, survey: { id: 'andere-vragenlijst', version: 1, hash: '0'.repeat(64) } }),
  responseRecord(8, F, { urgentie: 9 }, round1),
];

const feedback = delphiFeedback(definition, previous, own);
const itemOf = (question: string, item?: string) => feedback.items.find((i) => i.question === question && i.item === item);

describe('delphiFeedback', () => {
  it('counts each partner once, by its latest completed response to this survey', () => {
    expect(feedback.surveyId).toBe('toets');
    expect(feedback.respondents).toBe(5);
  });

  it("gives a rating the group median, quartiles, consensus and the partner's own earlier answer", () => {
    // [2,4,4,5]: q1 = 2 + 0.75·2 = 3.5, q3 = 4 + 0.25·1 = 4.25.
    expect(itemOf('urgentie')).toEqual({ question: 'urgentie', kind: 'rating', n: 4, median: 4, q1: 3.5, q3: 4.25, iqr: 0.75, consensus: true, own: 2 });
  });

  it('gives every matrix row its own figures, without the answers beside the scale', () => {
    expect(itemOf('stellingen', 'r1')).toMatchObject({ kind: 'matrix-row', n: 4, median: 4, iqr: 0.75, own: 4 });
    expect(itemOf('stellingen', 'r2')).toMatchObject({ kind: 'matrix-row', n: 0, median: null, iqr: null, consensus: null, own: null });
  });

  it("gives each ranked choice the median of its positions and the partner's own position", () => {
    expect(itemOf('top', 'a')).toMatchObject({ kind: 'ranking-choice', n: 2, median: 1.5, q1: 1.25, q3: 1.75, iqr: 0.5, own: 1 });
    expect(itemOf('top', 'b')).toMatchObject({ n: 3, median: 1, q1: 1, q3: 1.5, own: 2 });
    expect(itemOf('top', 'c')).toMatchObject({ n: 1, median: 3, own: null });
  });

  it('has no figures for choice and text questions', () => {
    expect(new Set(feedback.items.map((i) => i.question))).toEqual(new Set(['urgentie', 'cijfer', 'top', 'stellingen']));
  });

  it('lists a previous answer that does not fit the question now, instead of counting it', () => {
    expect(feedback.misfits.map((m) => [m.respondent.partnerId, m.question, m.value, m.reason])).toEqual([[F, 'urgentie', 9, 'out-of-range']]);
  });

  it('works for a partner who did not take part in the previous round', () => {
    expect(delphiFeedback(definition, previous, undefined).items.every((i) => i.own === null)).toBe(true);
  });

  it('has empty figures for a first round', () => {
    expect(delphiFeedback(definition, [], undefined)).toMatchObject({ respondents: 0, misfits: [] });
    expect(delphiFeedback(definition, [], undefined).items.find((i) => i.question === 'urgentie')).toMatchObject({ n: 0, median: null });
  });
});
