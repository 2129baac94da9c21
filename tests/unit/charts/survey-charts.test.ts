import { describe, expect, it } from 'vitest';
import { type BarChartData, type HeatmapData, surveyCharts } from '../../../shared/charts/survey-charts.ts';
import { issueDomainFigures } from '../../../shared/regiobeeld/issue-domains.ts';
import { summariseIssues } from '../../../shared/regiobeeld/issue-summaries.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import { fakeIssue } from '../../support/fake-records.ts';
import { I1, I2, I3 } from '../regiobeeld/fixture.ts';
import { PARTNER, partnerRecord, responseRecord, toets } from '../survey/support/toets-survey.ts';

/**
 * Three partners, one per domain, and three issues with themes; each partner ranks two issues,
 * rates the urgency and answers a little of the rest:
 * zorg [I1, I2] urgency 4; verzekeraar [I1, I3] urgency 2; sociaal domein [I2, I1] urgency 5.
 */
function records(): RegionRecord[] {
  return [
    partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'),
    partnerRecord(PARTNER.verzekeraar, 'verzekeraar', 'Zorgkantoor'),
    partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente'),
    fakeIssue(1, { title: 'Huisartsentekort', themes: ['vergrijzing', 'personeelstekort'] }, { origin: PARTNER.zorg }),
    fakeIssue(2, { title: 'Wijkverpleging', themes: ['personeelstekort'] }, { origin: PARTNER.verzekeraar }),
    fakeIssue(3, { title: 'Eenzaamheid', themes: ['eigen-thema'] }, { origin: PARTNER.sociaal }),
    responseRecord(1, PARTNER.zorg, { top: [I1, I2], urgentie: 4, groepen: ['x'], stellingen: { r1: 2, r2: 'weet-niet' } }),
    responseRecord(2, PARTNER.verzekeraar, { top: [I1, I3], urgentie: 2, groepen: ['x', 'y'] }),
    responseRecord(3, PARTNER.sociaal, { top: [I2, I1], urgentie: 5 }),
  ];
}

const definitions = [toets(1)];
const all = records();
const surveys = aggregateSurveys(definitions, all);
const issues = summariseIssues(all, definitions, surveys).issues;
const survey = surveys.surveys[0];
if (survey === undefined) throw new Error('the test survey has results');
const charts = surveyCharts(survey, issues);
const chart = (kind: string, question: string) => charts.find((c) => c.kind === kind && c.question === question);
const bars = (question: string) => chart('bars', question) as BarChartData;
const values = (question: string, item: string) =>
  bars(question)
    .bars.filter((bar) => bar.item === item)
    .map((bar) => [bar.group, bar.value, bar.n]);

describe('the charts of a survey', () => {
  it('follow the questions, with a heat map after the ranking of the issues and nothing for text', () => {
    expect(charts.map((c) => `${c.kind} ${c.question}`)).toEqual([
      'bars urgentie',
      'bars cijfer',
      'bars top',
      'heatmap top',
      'bars groepen',
      'bars rol',
      'bars stellingen',
    ]);
  });

  it('draw a rating as its mean for everyone, then per domain in the order of the domain list, with the middle half and the range', () => {
    expect(bars('urgentie')).toMatchObject({ measure: 'mean', min: 1, max: 5 });
    expect(bars('urgentie').bars).toEqual([
      // [2, 4, 5]: mean 11/3; quartiles by interpolation: 2 + 0.5 × 2 = 3 and 4 + 0.5 × 1 = 4.5.
      {
        item: 'urgentie',
        itemLabel: { nl: 'Urgentie', en: 'Urgentie (en)' },
        group: 'all',
        value: 11 / 3,
        n: 3,
        spread: { q1: 3, median: 4, q3: 4.5, min: 2, max: 5 },
      },
      {
        item: 'urgentie',
        itemLabel: { nl: 'Urgentie', en: 'Urgentie (en)' },
        group: 'zorg',
        value: 4,
        n: 1,
        spread: { q1: 4, median: 4, q3: 4, min: 4, max: 4 },
      },
      {
        item: 'urgentie',
        itemLabel: { nl: 'Urgentie', en: 'Urgentie (en)' },
        group: 'sociaal-domein',
        value: 5,
        n: 1,
        spread: { q1: 5, median: 5, q3: 5, min: 5, max: 5 },
      },
      {
        item: 'urgentie',
        itemLabel: { nl: 'Urgentie', en: 'Urgentie (en)' },
        group: 'verzekeraar',
        value: 2,
        n: 1,
        spread: { q1: 2, median: 2, q3: 2, min: 2, max: 2 },
      },
    ]);
  });

  it('keep a question nobody answered as one empty bar, so the chart says so rather than vanish', () => {
    expect(bars('cijfer').bars).toEqual([{ item: 'cijfer', itemLabel: { nl: 'Cijfer', en: 'Cijfer (en)' }, group: 'all', value: null, n: 0, spread: null }]);
  });

  it('draw a ranking as each issue’s score per domain: its share of the points the domain could give', () => {
    expect(bars('top')).toMatchObject({ measure: 'score', min: 0, max: 1 });
    // I1: first for zorg and verzekeraar (1), second of two for sociaal domein (1/2): (1 + 1 + 0.5) / 3.
    expect(values('top', I1)).toEqual([
      ['all', 2.5 / 3, 3],
      ['zorg', 1, 1],
      ['sociaal-domein', 0.5, 1],
      ['verzekeraar', 1, 1],
    ]);
    // A domain that did not rank the issue gives it 0, not nothing.
    expect(values('top', I2)).toEqual([
      ['all', 0.5, 3],
      ['zorg', 0.5, 1],
      ['sociaal-domein', 1, 1],
      ['verzekeraar', 0, 1],
    ]);
    expect(
      bars('top')
        .bars.filter((bar) => bar.group === 'all')
        .map((bar) => bar.item),
    ).toEqual([I1, I2, I3]);
  });

  it('draw a choice as the share of each domain’s respondents who chose it', () => {
    expect(bars('groepen').measure).toBe('share');
    expect(values('groepen', 'x')).toEqual([
      ['all', 1, 2],
      ['zorg', 1, 1],
      ['verzekeraar', 1, 1],
    ]);
    expect(values('groepen', 'y')).toEqual([
      ['all', 0.5, 2],
      ['zorg', 0, 1],
      ['verzekeraar', 1, 1],
    ]);
    expect(values('rol', 'p')).toEqual([['all', null, 0]]);
  });

  it('draw a matrix row by row; a row answered only off the scale has no value', () => {
    expect(values('stellingen', 'r1')).toEqual([
      ['all', 2, 1],
      ['zorg', 2, 1],
    ]);
    expect(values('stellingen', 'r2')).toEqual([
      ['all', null, 0],
      ['zorg', null, 0],
    ]);
  });

  it('read the urgency of a theme per domain as the mean score of the issues that carry it', () => {
    const heatmap = chart('heatmap', 'top') as HeatmapData;
    // Catalogue themes in the catalogue's order (personeelstekort before vergrijzing), a partner's own after.
    expect(heatmap.themes).toEqual(['personeelstekort', 'vergrijzing', 'eigen-thema']);
    expect(heatmap.domains).toEqual(['zorg', 'sociaal-domein', 'verzekeraar']);
    expect(heatmap.cells.map((c) => [c.domain, c.theme, c.value, c.issues])).toEqual([
      ['zorg', 'personeelstekort', (1 + 0.5) / 2, 2],
      ['zorg', 'vergrijzing', 1, 1],
      ['zorg', 'eigen-thema', 0, 1],
      ['sociaal-domein', 'personeelstekort', (0.5 + 1) / 2, 2],
      ['sociaal-domein', 'vergrijzing', 0.5, 1],
      ['sociaal-domein', 'eigen-thema', 0, 1],
      ['verzekeraar', 'personeelstekort', (1 + 0) / 2, 2],
      ['verzekeraar', 'vergrijzing', 1, 1],
      ['verzekeraar', 'eigen-thema', 0.5, 1],
    ]);
  });

  it('draw no heat map for a ranking whose choices are not the issues, nor for issues without themes', () => {
    expect(surveyCharts(survey, []).some((c) => c.kind === 'heatmap')).toBe(false);
    expect(
      surveyCharts(
        survey,
        issues.map((issue) => ({ ...issue, themes: [] })),
      ).some((c) => c.kind === 'heatmap'),
    ).toBe(false);
  });
});

describe('the domains of an issue', () => {
  const issue = (id: string) => {
    const found = issues.find((i) => i.id === id);
    if (found === undefined) throw new Error(`no summary for ${id}`);
    return found;
  };

  it('split its headline ranking by domain: score, median place and who ranked it', () => {
    expect(issueDomainFigures(issue(I1), surveys)).toEqual([
      { domain: 'zorg', respondents: 1, n: 1, offeredTo: 1, score: 1, medianRank: 1 },
      { domain: 'sociaal-domein', respondents: 1, n: 1, offeredTo: 1, score: 0.5, medianRank: 2 },
      { domain: 'verzekeraar', respondents: 1, n: 1, offeredTo: 1, score: 1, medianRank: 1 },
    ]);
    // Responses that do not say what they offered: every issue counts as offered, as before bundle version 4.
    expect(issueDomainFigures(issue(I3), surveys)).toEqual([
      { domain: 'zorg', respondents: 1, n: 0, offeredTo: 1, score: 0, medianRank: null },
      { domain: 'sociaal-domein', respondents: 1, n: 0, offeredTo: 1, score: 0, medianRank: null },
      { domain: 'verzekeraar', respondents: 1, n: 1, offeredTo: 1, score: 0.5, medianRank: 2 },
    ]);
  });

  it('name as differing most the two domains furthest apart on those scores', () => {
    // I2: sociaal domein 1, zorg 0.5, verzekeraar 0.
    expect(issue(I2).priority?.domainGap).toEqual({
      high: { domain: 'sociaal-domein', score: 1, n: 1 },
      low: { domain: 'verzekeraar', score: 0, n: 1 },
      difference: 1,
    });
  });

  it('are none for an issue no survey ranked', () => {
    const unranked = summariseIssues([...all.filter((r) => r.type !== 'surveyResponse')], definitions, aggregateSurveys(definitions, [])).issues;
    expect(unranked.map((i) => issueDomainFigures(i, surveys))).toEqual([[], [], []]);
  });
});
