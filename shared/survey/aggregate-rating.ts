import type { JsonValue } from '../schema/json-value.ts';
import { type Answer, type DomainPart, type Misfit, type Respondent, splitByDomain } from './answers.ts';
import type { Label } from './label.ts';
import type { RatingQuestion, Scale } from './questions.ts';
import { mean, spread } from './quantiles.ts';
import { type Reading, readAnswers } from './read-answers.ts';

export interface RatingStats {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly iqr: number | null;
  /** Every point of the scale, with how many chose it. */
  readonly distribution: readonly { readonly value: number; readonly count: number }[];
  /** Null below two answers: one answer agrees with nobody. */
  readonly consensus: boolean | null;
}

export interface RatingAggregate {
  readonly kind: 'rating';
  readonly question: string;
  readonly title: Label;
  readonly scale: Scale;
  readonly overall: RatingStats;
  readonly byDomain: readonly DomainPart<RatingStats>[];
  readonly misfits: readonly Misfit[];
}

export interface RatingEntry {
  readonly respondent: Respondent;
  readonly value: number;
}

/**
 * The Delphi convention is an interquartile range of at most 1 on a 5-point scale; other scales
 * get the same quarter of their range, so a 10-point rapportcijfer allows 2.25.
 */
export function consensusThreshold(scale: Scale): number {
  return (scale.max - scale.min) / 4;
}

export function readRating(value: JsonValue, scale: Scale): Reading<{ readonly value: number }> {
  if (typeof value !== 'number') return { reason: 'wrong-type' };
  return scale.values.includes(value) ? { value } : { reason: 'out-of-range' };
}

export function ratingStats(values: readonly number[], scale: Scale): RatingStats {
  const quartiles = spread(values);
  return {
    n: values.length,
    mean: mean(values),
    median: quartiles?.median ?? null,
    q1: quartiles?.q1 ?? null,
    q3: quartiles?.q3 ?? null,
    iqr: quartiles?.iqr ?? null,
    distribution: scale.values.map((point) => ({ value: point, count: values.filter((value) => value === point).length })),
    consensus: quartiles && values.length >= 2 ? quartiles.iqr <= consensusThreshold(scale) : null,
  };
}

export function aggregateRating(question: RatingQuestion, answers: readonly Answer[]): RatingAggregate {
  const { fitting, misfits } = readAnswers(answers, question.name, (value) => readRating(value, question.scale));
  const entries: RatingEntry[] = fitting.map(({ answer, read }) => ({ respondent: answer.respondent, value: read.value }));
  const stats = (part: readonly RatingEntry[]) =>
    ratingStats(
      part.map((entry) => entry.value),
      question.scale,
    );
  return {
    kind: 'rating',
    question: question.name,
    title: question.title,
    scale: question.scale,
    overall: stats(entries),
    byDomain: splitByDomain(entries, stats),
    misfits,
  };
}
