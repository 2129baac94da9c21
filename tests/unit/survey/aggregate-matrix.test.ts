import { describe, expect, it } from 'vitest';
import { aggregateMatrix } from '../../../shared/survey/aggregate-matrix.ts';
import { answers, question, toets } from './support/toets-survey.ts';

const stellingen = question(toets(1), 'stellingen', 'matrix');

describe('matrix aggregation', () => {
  const result = aggregateMatrix(
    stellingen,
    answers([{ r1: 4, r2: 'weet-niet' }, { r1: 5, r2: 2 }, { r1: 4, r3: 3 }, { r1: 7 }, 'x', { r2: 'misschien' }, {}], ['zorg', 'verzekeraar', 'zorg']),
  );
  const row = (value: string) => result.rows.find((r) => r.row === value);

  it('reads every row as a rating on the numeric columns', () => {
    // r1: 4, 5, 4 → mean 13/3; sorted [4,4,5]: q1 at h = 0.5 → 4, q3 at 1.5 → 4.5.
    expect(row('r1')?.overall).toMatchObject({ n: 3, median: 4, q1: 4, q3: 4.5, iqr: 0.5, consensus: true });
    expect(row('r1')?.overall.mean).toBeCloseTo(13 / 3, 12);
  });

  it('counts a column beside the scale without averaging it', () => {
    expect(row('r2')?.overall).toMatchObject({ n: 1, median: 2, consensus: null });
    expect(row('r2')?.overall.offScale).toEqual([{ value: 'weet-niet', label: { nl: 'Weet ik niet', en: 'Weet ik niet (en)' }, count: 1 }]);
  });

  it('flags a cell that does not fit while the other rows of the answer still count', () => {
    expect(result.misfits.map((m) => [m.row, m.value, m.reason])).toEqual([
      ['r3', 3, 'unknown-row'],
      ['r1', 7, 'out-of-range'],
      [undefined, 'x', 'wrong-type'],
      ['r2', 'misschien', 'unknown-choice'],
    ]);
  });

  it('splits each row by domain', () => {
    expect(row('r1')?.byDomain.map((p) => [p.domain, p.stats.n, p.stats.mean])).toEqual([
      ['zorg', 2, 4],
      ['verzekeraar', 1, 5],
    ]);
  });
});
