import { describe, expect, it } from 'vitest';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import { ownProgress } from '../../../shared/survey/own-progress.ts';
import { lastFollowingRound } from '../../../shared/survey/region-rounds.ts';
import { recordId } from '../../support/fake-records.ts';
import { PARTNER, partnerRecord, responseRecord, toets } from './support/toets-survey.ts';

const v1 = toets(1);

describe("a survey's rounds follow on each other", () => {
  it('moves to round n + 1 only when round n holds a completed response', () => {
    expect(lastFollowingRound([])).toBe(1);
    expect(
      lastFollowingRound([
        { round: 1, completed: true },
        { round: 2, completed: false },
      ]),
    ).toBe(2);
    expect(
      lastFollowingRound([
        { round: 1, completed: false },
        { round: 2, completed: false },
      ]),
    ).toBe(1);
    expect(
      lastFollowingRound([
        { round: 1, completed: true },
        { round: 3, completed: true },
      ]),
    ).toBe(1);
    expect(lastFollowingRound([{ round: 2, completed: true }])).toBe(1);
    expect(
      lastFollowingRound([
        { round: 1, completed: true },
        { round: 2, completed: true },
        { round: 3, completed: true },
      ]),
    ).toBe(3);
  });

  it('leaves a response in a round out of nowhere out of the figures, instead of taking every priority from it', () => {
    const records = [
      partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen De Peel'),
      partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente Helmond'),
      responseRecord(1, PARTNER.zorg, { urgentie: 2 }),
      responseRecord(2, PARTNER.sociaal, { urgentie: 3 }),
      responseRecord(3, PARTNER.sociaal, { urgentie: 5 }, { round: 20 }),
    ];
    const report = aggregateSurveys([v1], records);
    expect(report.surveys.map((survey) => [survey.round, survey.respondents])).toEqual([[null, 2]]);
    expect(report.outOfRound.map((ref) => [ref.responseId, ref.round])).toEqual([[records[4]?.id, 20]]);
    // The round after the region's last one follows, and is counted.
    const next = [...records, responseRecord(4, PARTNER.zorg, { urgentie: 4 }, { round: 2 })];
    expect(aggregateSurveys([v1], next).surveys.map((survey) => [survey.round, survey.respondents])).toEqual([
      [null, 2],
      [2, 1],
    ]);
  });

  it('does not move a partner on to a round that does not follow', () => {
    const me = recordId(0x601);
    const records = [responseRecord(1, me, { urgentie: 2 }), responseRecord(2, PARTNER.zorg, { urgentie: 5 }, { round: 20, status: 'in-progress' })];
    expect(ownProgress([v1], records, me)[0]).toMatchObject({ round: 1, state: 'completed' });
  });
});
