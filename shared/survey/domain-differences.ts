import type { DomainKey, DomainPart } from './answers.ts';
import type { QuestionAggregate } from './aggregate-question.ts';
import type { RatingStats } from './aggregate-rating.ts';
import type { Label } from './label.ts';
import type { Scale } from './questions.ts';
import type { ChoiceValue } from './survey-json.ts';

export interface DomainValue {
  readonly domain: DomainKey;
  /** The mean rating, the ranking score or the share, as the measure says. */
  readonly value: number;
  readonly n: number;
}

/** Where two domains see a question most differently: something to talk about at the joint session. */
export interface TalkingPoint {
  readonly question: string;
  readonly title: Label;
  /** The matrix row, or the choice of a ranking or choice question, the difference is about. */
  readonly item?: { readonly value: ChoiceValue; readonly label: Label };
  readonly measure: 'mean' | 'score' | 'share';
  readonly high: DomainValue;
  readonly low: DomainValue;
  /** high − low on a 0–1 scale (a mean as a share of the rating's range), so questions compare. */
  readonly difference: number;
}

export interface TalkingPointOptions {
  /** How many to report; the largest differences first. */
  readonly limit?: number;
  /** Fewest respondents a domain needs before its figure is compared. */
  readonly minRespondents?: number;
}

interface Candidate {
  readonly item?: TalkingPoint['item'];
  readonly measure: TalkingPoint['measure'];
  /** Per domain: the figure, its 0–1 form and the respondents behind it. */
  readonly values: readonly { readonly domain: DomainKey; readonly value: number; readonly normalized: number; readonly n: number }[];
}

/**
 * The largest differences between partner domains over all questions. Responses whose partner is
 * unknown are left out here: they belong to no domain to compare.
 */
export function talkingPoints(aggregates: readonly QuestionAggregate[], options: TalkingPointOptions = {}): TalkingPoint[] {
  const minRespondents = options.minRespondents ?? 1;
  const points = aggregates.flatMap((aggregate, order) =>
    candidates(aggregate).flatMap((candidate, itemOrder) => {
      const values = candidate.values.filter((v) => v.domain !== 'unknown' && v.n >= minRespondents);
      if (values.length < 2) return [];
      const high = values.reduce((best, v) => (v.normalized > best.normalized ? v : best));
      const low = values.reduce((least, v) => (v.normalized < least.normalized ? v : least));
      const difference = high.normalized - low.normalized;
      if (difference <= 0) return [];
      const strip = ({ domain, value, n }: DomainValue) => ({ domain, value, n });
      const point: TalkingPoint = {
        question: aggregate.question,
        title: aggregate.title,
        ...(candidate.item ? { item: candidate.item } : {}),
        measure: candidate.measure,
        high: strip(high),
        low: strip(low),
        difference,
      };
      return [{ point, order, itemOrder }];
    }),
  );
  points.sort((a, b) => b.point.difference - a.point.difference || a.order - b.order || a.itemOrder - b.itemOrder);
  return points.slice(0, options.limit ?? 10).map((p) => p.point);
}

function candidates(aggregate: QuestionAggregate): Candidate[] {
  switch (aggregate.kind) {
    case 'rating':
      return [{ measure: 'mean', values: means(aggregate.byDomain, aggregate.scale) }];
    case 'matrix':
      return aggregate.rows.map((row) => ({ item: { value: row.row, label: row.label }, measure: 'mean', values: means(row.byDomain, aggregate.scale) }));
    case 'ranking':
      return itemsOf(aggregate.overall.choices).map((item) => ({
        item,
        measure: 'score',
        // A domain none of whose respondents could rank the issue has no score for it, rather than a zero.
        values: aggregate.byDomain.flatMap(({ domain, stats }) => {
          const choice = stats.choices.find((candidate) => candidate.value === item.value);
          return choice === undefined || choice.offeredTo === 0 ? [] : [{ domain, value: choice.score, normalized: choice.score, n: choice.offeredTo }];
        }),
      }));
    case 'choice':
      return itemsOf(aggregate.overall.choices).map((item) => ({
        item,
        measure: 'share',
        values: aggregate.byDomain.map(({ domain, stats }) => {
          const value = stats.choices.find((choice) => choice.value === item.value)?.share ?? 0;
          return { domain, value, normalized: value, n: stats.respondents };
        }),
      }));
    case 'text':
      return [];
  }
}

function means(parts: readonly DomainPart<RatingStats>[], scale: Scale): Candidate['values'] {
  return parts.flatMap(({ domain, stats }) =>
    stats.mean === null ? [] : [{ domain, value: stats.mean, normalized: (stats.mean - scale.min) / (scale.max - scale.min), n: stats.n }],
  );
}

function itemsOf(choices: readonly { readonly value: ChoiceValue; readonly label: Label }[]): { value: ChoiceValue; label: Label }[] {
  return choices.map(({ value, label }) => ({ value, label }));
}
