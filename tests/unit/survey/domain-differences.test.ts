import { describe, expect, it } from 'vitest';
import { aggregateChoice } from '../../../shared/survey/aggregate-choice.ts';
import { aggregateRating } from '../../../shared/survey/aggregate-rating.ts';
import { aggregateText } from '../../../shared/survey/aggregate-text.ts';
import { talkingPoints } from '../../../shared/survey/domain-differences.ts';
import { answers, question, toets } from './support/toets-survey.ts';

const definition = toets(1);
// zorg rates 1 and 2 (mean 1.5, a share of .125 of the 1–5 range), verzekeraar 5 and 4 (4.5, .875).
const urgentie = aggregateRating(
  question(definition, 'urgentie', 'rating'),
  answers([1, 2, 5, 4, 1], ['zorg', 'zorg', 'verzekeraar', 'verzekeraar', 'unknown']),
);
// zorg (1 respondent) chose x, verzekeraar (2) chose y.
const groepen = aggregateChoice(question(definition, 'groepen', 'choice'), answers([['x'], ['y'], ['y']], ['zorg', 'verzekeraar', 'verzekeraar']), undefined);
const toelichting = aggregateText(question(definition, 'toelichting', 'text'), answers(['a', 'b'], ['zorg', 'inwoners']));

describe('talkingPoints', () => {
  it('reports per question and item the domains furthest apart, largest difference first', () => {
    const points = talkingPoints([urgentie, groepen, toelichting]);
    expect(points.map((p) => [p.question, p.item?.value, p.measure, p.high.domain, p.low.domain, p.difference])).toEqual([
      ['groepen', 'x', 'share', 'zorg', 'verzekeraar', 1],
      ['groepen', 'y', 'share', 'verzekeraar', 'zorg', 1],
      ['urgentie', undefined, 'mean', 'verzekeraar', 'zorg', 0.75],
    ]);
    expect(points[2]).toMatchObject({
      high: { domain: 'verzekeraar', value: 4.5, n: 2 },
      low: { domain: 'zorg', value: 1.5, n: 2 },
      title: { nl: 'Urgentie' },
    });
  });

  it('leaves out responses without a known domain', () => {
    expect(talkingPoints([urgentie]).flatMap((p) => [p.high.domain, p.low.domain])).not.toContain('unknown');
  });

  it('compares a domain only with enough respondents behind its figure', () => {
    expect(talkingPoints([urgentie, groepen], { minRespondents: 2 }).map((p) => p.question)).toEqual(['urgentie']);
  });

  it('reports no more than asked', () => {
    expect(talkingPoints([urgentie, groepen], { limit: 1 })).toHaveLength(1);
  });

  it('has nothing to say with one domain or without differences', () => {
    const oneDomain = aggregateRating(question(definition, 'urgentie', 'rating'), answers([1, 5], ['zorg', 'zorg']));
    const agreeing = aggregateRating(question(definition, 'urgentie', 'rating'), answers([3, 3], ['zorg', 'inwoners']));
    expect(talkingPoints([oneDomain, agreeing])).toEqual([]);
  });
});
