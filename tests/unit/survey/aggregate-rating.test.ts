import { describe, expect, it } from 'vitest';
import { aggregateRating, consensusThreshold, ratingStats } from '../../../shared/survey/aggregate-rating.ts';
import { answers, question, toets } from './support/toets-survey.ts';

const urgentie = question(toets(1), 'urgentie', 'rating');

describe('rating aggregation', () => {
  it('counts n, mean, median, quartiles and the distribution over the whole scale', () => {
    const result = aggregateRating(urgentie, answers([1, 2, 2, 4, 5]));
    expect(result.overall).toEqual({
      n: 5,
      mean: 2.8,
      median: 2,
      q1: 2,
      q3: 4,
      iqr: 2,
      distribution: [
        { value: 1, count: 1 },
        { value: 2, count: 2 },
        { value: 3, count: 0 },
        { value: 4, count: 1 },
        { value: 5, count: 1 },
      ],
      consensus: false,
    });
    expect(result.misfits).toEqual([]);
  });

  it('calls an interquartile range of at most 1 on a 5-point scale consensus', () => {
    expect(ratingStats([4, 4, 5, 5], urgentie.scale)).toMatchObject({ median: 4.5, iqr: 1, consensus: true });
    expect(ratingStats([3, 4, 5, 5], urgentie.scale)).toMatchObject({ q1: 3.75, q3: 5, iqr: 1.25, consensus: false });
    expect(consensusThreshold({ values: [], min: 1, max: 10 })).toBe(2.25);
  });

  it('skips missing answers without flagging them', () => {
    const result = aggregateRating(urgentie, answers([3, null, undefined, '', 5]));
    expect(result.overall).toMatchObject({ n: 2, mean: 4, median: 4 });
    expect(result.misfits).toEqual([]);
  });

  it('gives a single respondent its own figures but no verdict on consensus', () => {
    const result = aggregateRating(urgentie, answers([3]));
    expect(result.overall).toMatchObject({ n: 1, mean: 3, median: 3, q1: 3, q3: 3, iqr: 0, consensus: null });
  });

  it('has empty figures when nobody answered', () => {
    const result = aggregateRating(urgentie, answers([null]));
    expect(result.overall).toMatchObject({ n: 0, mean: null, median: null, iqr: null, consensus: null });
    expect(result.byDomain).toEqual([]);
  });

  it('flags answers off the scale or of the wrong type and leaves them out of the figures', () => {
    const result = aggregateRating(urgentie, answers([4, '4', 6, 2.5, [4], true]));
    expect(result.overall.n).toBe(1);
    expect(result.misfits.map((m) => [m.value, m.reason])).toEqual([
      ['4', 'wrong-type'],
      [6, 'out-of-range'],
      [2.5, 'out-of-range'],
      [[4], 'wrong-type'],
      [true, 'wrong-type'],
    ]);
    expect(result.misfits[0]).toMatchObject({ question: 'urgentie', respondent: { partnerId: expect.any(String) } });
  });

  it('splits the same figures by partner domain, in the order of the domain list', () => {
    const result = aggregateRating(urgentie, answers([5, 1, 2, 4, 3], ['verzekeraar', 'zorg', 'zorg', 'verzekeraar', 'unknown']));
    expect(result.byDomain.map((part) => [part.domain, part.stats.n, part.stats.mean, part.stats.median])).toEqual([
      ['zorg', 2, 1.5, 1.5],
      ['verzekeraar', 2, 4.5, 4.5],
      ['unknown', 1, 3, 3],
    ]);
  });
});
