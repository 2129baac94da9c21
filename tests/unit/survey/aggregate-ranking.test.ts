import { describe, expect, it } from 'vitest';
import { aggregateRanking } from '../../../shared/survey/aggregate-ranking.ts';
import { answers, question, toets } from './support/toets-survey.ts';

const top = question(toets(1), 'top', 'ranking');
const summary = (choices: readonly { value: unknown; n: number; meanRank: number | null; borda: number; place: number }[]) =>
  choices.map(({ value, n, meanRank, borda, place }) => ({ value, n, meanRank, borda, place }));

describe('ranking aggregation', () => {
  // R1 ranks a, b, c (3, 2, 1 points); R2 ranks b, a (2, 1); R3 ranks only c (1).
  const rankings = [['a', 'b', 'c'], ['b', 'a'], ['c']];

  it('gives mean rank and modified Borda count, and shares a place on a tie', () => {
    const result = aggregateRanking(top, answers(rankings), []);
    expect(result.overall.respondents).toBe(3);
    expect(summary(result.overall.choices)).toEqual([
      { value: 'a', n: 2, meanRank: 1.5, borda: 4, place: 1 },
      { value: 'b', n: 2, meanRank: 1.5, borda: 4, place: 1 },
      { value: 'c', n: 2, meanRank: 2, borda: 2, place: 3 },
    ]);
  });

  it('scores each choice as the share of points a respondent could give, averaged over all respondents', () => {
    const score = (value: string) => aggregateRanking(top, answers(rankings), []).overall.choices.find((c) => c.value === value)?.score;
    expect(score('a')).toBeCloseTo((3 / 3 + 1 / 2) / 3, 12);
    expect(score('b')).toBeCloseTo((2 / 3 + 2 / 2) / 3, 12);
    expect(score('c')).toBeCloseTo((1 / 3 + 1 / 1) / 3, 12);
  });

  it('breaks a Borda tie on mean rank', () => {
    // a: 2 + 1 + 1 = 4 points at ranks 1, 1 and 3 (mean 5/3); b: 1 + 3 = 4 points at ranks 2 and 1 (mean 1.5).
    const result = aggregateRanking(top, answers([['a', 'b'], ['a'], ['b', 'c', 'a']]), []);
    expect(summary(result.overall.choices)).toEqual([
      { value: 'b', n: 2, meanRank: 1.5, borda: 4, place: 1 },
      { value: 'a', n: 3, meanRank: 5 / 3, borda: 4, place: 2 },
      { value: 'c', n: 1, meanRank: 2, borda: 2, place: 3 },
    ]);
  });

  it('lists a choice nobody ranked, last, without a mean rank', () => {
    const result = aggregateRanking(top, answers([['b']]), []);
    expect(summary(result.overall.choices)).toEqual([
      { value: 'b', n: 1, meanRank: 1, borda: 1, place: 1 },
      { value: 'a', n: 0, meanRank: null, borda: 0, place: 2 },
      { value: 'c', n: 0, meanRank: null, borda: 0, place: 2 },
    ]);
  });

  it('flags a ranking that does not fit, whole, and skips an empty one', () => {
    const result = aggregateRanking(top, answers([['a', 'a'], ['a', 'gone'], 'a', [1], [], ['c', 'b']]), []);
    expect(result.overall.respondents).toBe(1);
    expect(result.misfits.map((m) => m.reason)).toEqual(['duplicate-choice', 'unknown-choice', 'wrong-type', 'unknown-choice']);
  });

  it('takes the issues of the regiobeeld as choices, keeps the static ones valid, and flags an issue that is gone', () => {
    const issues = [{ id: 'issue-1', title: 'Wachtlijst huisarts' }];
    const result = aggregateRanking(top, answers([['issue-1', 'a'], ['issue-1'], ['issue-deleted']]), issues);
    expect(summary(result.overall.choices)).toEqual([
      { value: 'issue-1', n: 2, meanRank: 1, borda: 3, place: 1 },
      { value: 'a', n: 1, meanRank: 2, borda: 1, place: 2 },
    ]);
    expect(result.overall.choices[0]?.label).toEqual({ nl: 'Wachtlijst huisarts', en: 'Wachtlijst huisarts' });
    expect(result.misfits.map((m) => [m.value, m.reason])).toEqual([[['issue-deleted'], 'unknown-choice']]);
  });

  it('splits by domain with a score comparable between domains of different size', () => {
    const result = aggregateRanking(
      top,
      answers(
        [
          ['a', 'b'],
          ['a', 'b'],
          ['b', 'a'],
        ],
        ['zorg', 'zorg', 'verzekeraar'],
      ),
      [],
    );
    const scoreOf = (domain: string) => result.byDomain.find((p) => p.domain === domain)?.stats.choices.find((c) => c.value === 'a')?.score;
    expect(scoreOf('zorg')).toBe(1);
    expect(scoreOf('verzekeraar')).toBe(0.5);
  });
});
