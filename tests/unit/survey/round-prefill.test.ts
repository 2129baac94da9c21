import { describe, expect, it } from 'vitest';
import { roundPrefill } from '../../../shared/survey/round-prefill.ts';
import { recordId } from '../../support/fake-records.ts';
import { responseRecord, toets } from './support/toets-survey.ts';

const A = recordId(0xc1);
const [I1, I2, I3] = [0xd1, 0xd2, 0xd3].map((n) => recordId(n)) as [string, string, string];
const round1 = { round: 1 };
const full = {
  urgentie: 4,
  cijfer: 3,
  top: ['b', 'a'],
  groepen: ['x', 'z'],
  rol: 'p',
  stellingen: { r1: 4, r2: 'weet-niet' },
  toelichting: 'Wachtlijsten groeien.',
  oud: 'alleen in versie 1',
};

describe('roundPrefill', () => {
  it("starts the next round from the partner's own answers to the same questions", () => {
    const own = responseRecord(1, A, full, round1);
    expect(roundPrefill(toets(1), own, [])).toEqual(full);
  });

  it('carries over only what fits the questions as they are now', () => {
    const own = responseRecord(1, A, full, round1);
    // Version 2 drops choice "z" and question "oud", and makes "rol" a checkbox (a list, not one value).
    const { rol, oud, groepen, ...kept } = full;
    expect(roundPrefill(toets(2), own, [])).toEqual({ ...kept, groepen: ['x'] });
  });

  it('leaves out an answer that never fitted: off the scale, an unknown row, a wrong type', () => {
    const own = responseRecord(1, A, { urgentie: 9, cijfer: 'drie', stellingen: { r1: 7, r9: 2, r2: 1 }, top: 'a', groepen: [] }, round1);
    expect(roundPrefill(toets(1), own, [])).toEqual({ stellingen: { r2: 1 } });
  });

  it('ranks a merged issue as the issue it counts for, and drops an issue no longer offered', () => {
    const own = responseRecord(1, A, { top: [I2, I3, I1] }, round1);
    const issues = [
      { id: I1, title: 'Eenzaamheid' },
      { id: I2, title: 'Eenzaamheid ouderen' },
    ];
    // I2 was merged into I1: its place (first) is I1's; I3 is not on the list any more.
    expect(roundPrefill(toets(1), own, issues.slice(0, 1), (id) => (id === I2 ? I1 : id))).toEqual({ top: [I1] });
    expect(roundPrefill(toets(1), own, issues)).toEqual({ top: [I2, I1] });
  });

  it('is empty for a partner without an answer in the previous round, or one to another survey', () => {
    expect(roundPrefill(toets(1), undefined, [])).toEqual({});
    const other = responseRecord(1, A, full, { ...round1, survey: { id: 'andere-vragenlijst', version: 1, hash: '0'.repeat(64) } });
    expect(roundPrefill(toets(1), other, [])).toEqual({});
  });

  it('never reads an inherited property as an answer', () => {
    const own = responseRecord(1, A, JSON.parse('{"__proto__": {"urgentie": 3}, "cijfer": 2}'), round1);
    expect(roundPrefill(toets(1), own, [])).toEqual({ cijfer: 2 });
  });

  it('carries "Other" only with its text, which SurveyJS requires beside it', () => {
    const withText = responseRecord(1, A, { groepen: ['x', 'other'], 'groepen-Comment': 'Mantelzorgers' }, round1);
    expect(roundPrefill(toets(1), withText, [])).toEqual({ groepen: ['x', 'other'], 'groepen-Comment': 'Mantelzorgers' });
    const withoutText = responseRecord(1, A, { groepen: ['x', 'other'] }, round1);
    expect(roundPrefill(toets(1), withoutText, [])).toEqual({ groepen: ['x'] });
    expect(roundPrefill(toets(1), responseRecord(1, A, { groepen: ['other'] }, round1), [])).toEqual({});
  });
});
