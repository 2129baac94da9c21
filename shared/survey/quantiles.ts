/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7): the method
 * of R's default, NumPy's default and Excel's QUARTILE.INC, so a coordinator can check a figure
 * in a spreadsheet and get the same number.
 */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError('a quantile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must lie between 0 and 1');
  const h = (sortedValues.length - 1) * p;
  const below = Math.floor(h);
  const low = sortedValues[below] ?? 0;
  const high = sortedValues[Math.min(below + 1, sortedValues.length - 1)] ?? low;
  return low + (h - below) * (high - low);
}

export interface Spread {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  /** Interquartile range, q3 − q1: the spread Delphi studies read consensus from. */
  readonly iqr: number;
}

/** Median and quartiles of the values in any order; null when there are none. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { median: quantile(sorted, 0.5), q1, q3, iqr: q3 - q1 };
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
