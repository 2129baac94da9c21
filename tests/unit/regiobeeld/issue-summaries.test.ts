import { describe, expect, it } from 'vitest';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { fakeIssue, fakeObservation, deleted } from '../../support/fake-records.ts';
import { PARTNER, responseRecord, toets } from '../survey/support/toets-survey.ts';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { REGION } from '../../support/fake-records.ts';
import { chartDocument, parseReport } from '../report/support.ts';
import { I1, I2, I3, MISSING, O, summaries, threePartners } from './fixture.ts';

const byId = (result: ReturnType<typeof summaries>, id: string) => {
  const found = result.issues.find((issue) => issue.id === id);
  if (found === undefined) throw new Error(`no summary for ${id}`);
  return found;
};

describe('issue summaries', () => {
  const result = summaries(threePartners());

  it('list each issue with its evidence, once per observation even when it names the issue twice', () => {
    expect(result.issues.map((i) => [i.id, i.evidenceIds])).toEqual([
      [I1, [O(0), O(1)]],
      [I2, [O(2)]],
      [I3, []],
    ]);
  });

  it('name the partners and domains that raised it: the issue itself and every clip behind it', () => {
    expect(byId(result, I1)).toMatchObject({ partnerIds: [PARTNER.zorg, PARTNER.sociaal], domains: ['zorg', 'sociaal-domein'] });
    // A single partner: wrote the issue and its only evidence.
    expect(byId(result, I2)).toMatchObject({ partnerIds: [PARTNER.verzekeraar], domains: ['verzekeraar'] });
    expect(byId(result, I3)).toMatchObject({ partnerIds: [PARTNER.sociaal], domains: ['sociaal-domein'] });
  });

  it('say who raised it: the partner that made it, not those whose clips support it', () => {
    expect(byId(result, I1).raisedBy).toEqual([PARTNER.zorg]);
    expect(byId(result, I2).raisedBy).toEqual([PARTNER.verzekeraar]);
    const analysis = analyseRegiobeeld(REGION, threePartners(), [toets(1)]);
    const report = parseReport(renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() }));
    expect(report.querySelector(`#knelpunt-${I1} td:nth-child(3)`)?.textContent).toBe('Huisartsen');
    const [header, ...rows] = csvExport(analysis, 'knelpunten.csv').split('\r\n');
    const column = header?.split(';').indexOf('ingebracht door') ?? -1;
    expect(rows.find((row) => row.startsWith(I1))?.split(';')[column]).toBe('Huisartsen');
  });

  it('take the priority from the ranking: mean rank, Borda, n, place and the IQR of the ranks', () => {
    // I1 at places 1, 1, 2: Borda 2 + 2 + 1; quartiles of [1, 1, 2] are 1 and 1.5.
    expect(byId(result, I1).priority).toMatchObject({
      surveyId: 'toets',
      question: 'top',
      respondents: 3,
      n: 3,
      meanRank: 4 / 3,
      borda: 5,
      place: 1,
      rankIqr: 0.5,
      consensus: true,
    });
    // I2 at places 2 and 1: quartiles of [1, 2] are 1.25 and 1.75.
    expect(byId(result, I2).priority).toMatchObject({ n: 2, meanRank: 1.5, borda: 3, place: 2, rankIqr: 0.5, consensus: true });
    // One ranking agrees with nobody: no verdict on consensus.
    expect(byId(result, I3).priority).toMatchObject({ n: 1, meanRank: 2, borda: 1, place: 3, rankIqr: 0, consensus: null });
  });

  it('call it dispersion when the middle half of the ranks lies more than one place apart', () => {
    const records: RegionRecord[] = threePartners().filter((r) => r.type !== 'surveyResponse');
    records.push(
      responseRecord(1, PARTNER.zorg, { top: [I1, I2, I3] }),
      responseRecord(2, PARTNER.verzekeraar, { top: [I2, I3, I1] }),
      responseRecord(3, PARTNER.sociaal, { top: [I3, I2, I1] }),
    );
    // I1 at 1, 3, 3: quartiles 2 and 3, IQR 1 (consensus); I3 at 3, 2, 1: quartiles 1.5 and 2.5, IQR 1.
    expect(byId(summaries(records), I1).priority).toMatchObject({ rankIqr: 1, consensus: true });
    records.push(responseRecord(4, PARTNER.zonderRecord, { top: [I2, I1, I3] }));
    // I3 at 1, 2, 3, 3: quartiles 1.75 and 3: more than one place apart.
    expect(byId(summaries(records), I3).priority).toMatchObject({ n: 4, rankIqr: 1.25, consensus: false });
  });

  it('name the domains whose rankings differ most, on the 0–1 score', () => {
    // Scores of I2: zorg 1/2 (second of two), sociaal 1 (first), verzekeraar 0 (not ranked).
    expect(byId(result, I2).priority?.domainGap).toEqual({
      high: { domain: 'sociaal-domein', score: 1, n: 1 },
      low: { domain: 'verzekeraar', score: 0, n: 1 },
      difference: 1,
    });
    // A tie for the top goes to the first domain of the list (zorg before verzekeraar).
    expect(byId(result, I1).priority?.domainGap).toMatchObject({
      high: { domain: 'zorg', score: 1 },
      low: { domain: 'sociaal-domein', score: 0.5 },
      difference: 0.5,
    });
  });

  it('share a place on a tie of Borda and mean rank, and order the tied issues by id', () => {
    const records: RegionRecord[] = threePartners().filter((r) => r.type !== 'surveyResponse');
    records.push(responseRecord(1, PARTNER.zorg, { top: [I2, I1] }), responseRecord(2, PARTNER.sociaal, { top: [I1, I2] }));
    const tied = summaries(records);
    expect(tied.issues.map((i) => [i.id, i.priority?.place])).toEqual([
      [I1, 1],
      [I2, 1],
      [I3, 3],
    ]);
  });

  it('report clips that name an issue the regiobeeld does not hold, and a deleted issue among them', () => {
    expect(result.dangling).toEqual([{ issueId: MISSING, observationIds: [O(3)] }]);
    const withoutI3 = [...threePartners().filter((r) => r.id !== I3), deleted(fakeIssue(3)), fakeObservation(0x14, { issueIds: [I3] })];
    expect(summaries(withoutI3).dangling.map((d) => d.issueId)).toEqual([I3, MISSING]);
    expect(summaries(withoutI3).issues.map((i) => i.id)).not.toContain(I3);
  });

  it('leave the priority empty when no survey ranks the issues, and order by evidence', () => {
    const noSurvey = summaries(threePartners().filter((r) => r.type !== 'surveyResponse'));
    expect(noSurvey.issues.map((i) => [i.id, i.priority])).toEqual([
      [I1, null],
      [I2, null],
      [I3, null],
    ]);
  });

  it('are empty for an empty regiobeeld', () => {
    expect(summaries([])).toEqual({ issues: [], merged: [], agreements: [], dangling: [], observationRecognitions: new Map() });
  });
});
