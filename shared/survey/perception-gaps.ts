import { DOMAINS, type Domain } from '../schema/partner.ts';
import type { SurveyAggregate } from './aggregate-survey.ts';
import type { SurveyHeader } from './definition.ts';
import type { Label } from './label.ts';

export interface Figure {
  readonly mean: number;
  readonly n: number;
}

/** How far the picture others have of a domain lies from what that domain answered itself. */
export interface PerceptionGap {
  /** The matrix of the perceiving survey, whose row is the domain. */
  readonly question: string;
  /** The rating of the perceived survey the domain answered itself. */
  readonly ownQuestion: string;
  readonly title: Label;
  readonly domain: Domain;
  /** What partners of the other domains think this domain answers. */
  readonly perceived: Figure;
  readonly own: Figure;
  /** perceived − own on the rating scale: above 0, others think the domain finds it more urgent than it does. */
  readonly gap: number;
}

/**
 * Sets the estimates of "Het perspectief van de ander" beside what each domain answered itself,
 * largest gap first: where partners misjudge one another is where the joint session can learn most.
 * A domain's estimate of itself is left out, and so is a matrix row that names no partner domain.
 */
export function perceptionGaps(header: Pick<SurveyHeader, 'perceives'>, perceiving: SurveyAggregate, perceived: SurveyAggregate): PerceptionGap[] {
  const mapping = header.perceives;
  if (!mapping || mapping.survey !== perceived.surveyId) return [];
  const gaps = Object.entries(mapping.questions).flatMap(([matrixName, ownName]) => {
    const matrix = perceiving.questions.find((q) => q.question === matrixName);
    const own = perceived.questions.find((q) => q.question === ownName);
    if (matrix?.kind !== 'matrix' || own?.kind !== 'rating' || matrix.scale.values.join() !== own.scale.values.join()) return [];
    return matrix.rows.flatMap((row) => {
      const domain = DOMAINS.find((d) => d === row.row);
      const ownFigure = own.byDomain.find((part) => part.domain === domain)?.stats;
      const others = row.byDomain.filter((part) => part.domain !== domain && part.domain !== 'unknown' && part.stats.mean !== null);
      const n = others.reduce((sum, part) => sum + part.stats.n, 0);
      if (!domain || !ownFigure || ownFigure.mean === null || n === 0) return [];
      const mean = others.reduce((sum, part) => sum + (part.stats.mean ?? 0) * part.stats.n, 0) / n;
      return [
        {
          question: matrixName,
          ownQuestion: ownName,
          title: own.title,
          domain,
          perceived: { mean, n },
          own: { mean: ownFigure.mean, n: ownFigure.n },
          gap: mean - ownFigure.mean,
        },
      ];
    });
  });
  return gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}
