import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mean, quantile, spread } from '../../../shared/survey/quantiles.ts';

describe('quantile (type 7, as R, NumPy and Excel QUARTILE.INC)', () => {
  it('matches hand-computed quartiles', () => {
    // [1,2,2,4,5]: h = 4p, so q1 = x[1] = 2, q3 = x[3] = 4.
    expect(spread([5, 2, 1, 4, 2])).toEqual({ median: 2, q1: 2, q3: 4, iqr: 2 });
    // [4,4,5,5]: q1 at h = 0.75 → 4; median at 1.5 → 4.5; q3 at 2.25 → 5.
    expect(spread([4, 5, 4, 5])).toEqual({ median: 4.5, q1: 4, q3: 5, iqr: 1 });
    // [2,4,4,5]: q1 = 2 + 0.75·2 = 3.5; q3 = 4 + 0.25·1 = 4.25.
    expect(spread([2, 4, 4, 5])).toEqual({ median: 4, q1: 3.5, q3: 4.25, iqr: 0.75 });
  });

  it('gives a single value as every quartile and no spread', () => {
    expect(spread([3])).toEqual({ median: 3, q1: 3, q3: 3, iqr: 0 });
  });

  it('has nothing to say about no values', () => {
    expect(spread([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('spread invariants', () => {
  const values = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 30 });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max and 0 ≤ iqr ≤ range', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = spread(xs);
        if (!s) throw new Error('a non-empty list has a spread');
        const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
        expect(lo).toBeLessThanOrEqual(s.q1);
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
        expect(s.q3).toBeLessThanOrEqual(hi);
        expect(s.iqr).toBeGreaterThanOrEqual(0);
        expect(s.iqr).toBeLessThanOrEqual(hi - lo);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, seed) => {
        const shuffled = [...xs].sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
        expect(spread(shuffled)).toEqual(spread(xs));
      }),
      { numRuns: 500 },
    );
  });

  it('moves with a shift of the scale and keeps its width', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: -5, max: 5 }), (xs, shift) => {
        const s = spread(xs);
        const moved = spread(xs.map((x) => x + shift));
        expect(moved?.median).toBeCloseTo((s?.median ?? 0) + shift, 9);
        expect(moved?.iqr).toBeCloseTo(s?.iqr ?? 0, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('has a median that splits the answers in half', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const median = spread(xs)?.median ?? 0;
        expect(xs.filter((x) => x < median).length).toBeLessThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x > median).length).toBeLessThanOrEqual(xs.length / 2);
      }),
      { numRuns: 500 },
    );
  });
});
