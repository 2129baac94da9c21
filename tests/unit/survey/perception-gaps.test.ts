import { describe, expect, it } from 'vitest';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { perceptionGaps } from '../../../shared/survey/perception-gaps.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { PARTNER, partnerRecord, responseRecord } from './support/toets-survey.ts';

const { definitions } = loadDefinitions(DEFINITION_SOURCES);
const byId = (id: string) => {
  const found = definitions.find((d) => d.header.id === id);
  if (!found) throw new Error(`no definition ${id}`);
  return found;
};
const knelpunten = byId('knelpunten-en-prioriteiten');
const perspectief = byId('perspectief-van-de-ander');

const records = [
  partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen De Peel'),
  partnerRecord(PARTNER.verzekeraar, 'verzekeraar', 'Zorgverzekeraar Zuid'),
  partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente Helmond'),
  // What each domain answers itself.
  responseRecord(1, PARTNER.zorg, { 'urgentie-personeelstekort': 5 }, { definition: knelpunten }),
  responseRecord(2, PARTNER.verzekeraar, { 'urgentie-personeelstekort': 3 }, { definition: knelpunten }),
  responseRecord(3, PARTNER.sociaal, { 'urgentie-personeelstekort': 4 }, { definition: knelpunten }),
  // What each thinks the others answer; a domain's view of itself does not count.
  responseRecord(4, PARTNER.zorg, { 'ander-personeelstekort': { verzekeraar: 2, zorg: 5, gemeente: 4 } }, { definition: perspectief }),
  responseRecord(5, PARTNER.sociaal, { 'ander-personeelstekort': { verzekeraar: 4, zorg: 3, 'sociaal-domein': 'weet-niet' } }, { definition: perspectief }),
  responseRecord(6, PARTNER.verzekeraar, { 'ander-personeelstekort': { zorg: 4, verzekeraar: 5 } }, { definition: perspectief }),
];

describe('perceptionGaps', () => {
  const report = aggregateSurveys(definitions, records);
  const aggregateOf = (id: string) => {
    const found = report.surveys.find((s) => s.surveyId === id);
    if (!found) throw new Error(`no aggregate ${id}`);
    return found;
  };

  it('sets what other domains estimate beside what the domain answered itself, largest gap first', () => {
    const gaps = perceptionGaps(perspectief.header, aggregateOf('perspectief-van-de-ander'), aggregateOf('knelpunten-en-prioriteiten'));
    expect(gaps.map((g) => [g.question, g.ownQuestion, g.domain, g.perceived, g.own, g.gap])).toEqual([
      // zorg: sociaal 3 and verzekeraar 4 estimate 3.5; zorg itself says 5 (its own estimate of 5 is left out).
      ['ander-personeelstekort', 'urgentie-personeelstekort', 'zorg', { mean: 3.5, n: 2 }, { mean: 5, n: 1 }, -1.5],
      // verzekeraar: zorg 2 and sociaal 4 estimate 3; it says 3 itself.
      ['ander-personeelstekort', 'urgentie-personeelstekort', 'verzekeraar', { mean: 3, n: 2 }, { mean: 3, n: 1 }, 0],
    ]);
  });

  it('has nothing to compare against another survey than the one perceived', () => {
    expect(perceptionGaps(perspectief.header, aggregateOf('perspectief-van-de-ander'), aggregateOf('perspectief-van-de-ander'))).toEqual([]);
    expect(perceptionGaps(knelpunten.header, aggregateOf('knelpunten-en-prioriteiten'), aggregateOf('knelpunten-en-prioriteiten'))).toEqual([]);
  });
});
