import { describe, expect, it } from 'vitest';
import { tombstone } from '../../../shared/records/versions.ts';
import { RegionRecord } from '../../../shared/schema/record.ts';
import { aggregateSurveys, type QuestionResult } from '../../../shared/survey/aggregate-survey.ts';
import { definitionRef } from '../../../shared/survey/definition.ts';
import { fakeIssue, recordId } from '../../support/fake-records.ts';
import type { JsonValue } from '../../../shared/schema/json-value.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { PARTNER, partnerRecord, responseRecord, t, toets, toetsJson } from './support/toets-survey.ts';

const v1 = toets(1);
const v2 = toets(2);
const issue = fakeIssue(50, { title: 'Wachtlijst huisarts' });
const T1 = '2026-10-02T09:00:00.000Z-0000';
const T2 = '2026-10-03T09:00:00.000Z-0000';

const records = [
  partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen De Peel'),
  partnerRecord(PARTNER.verzekeraar, 'verzekeraar', 'Zorgverzekeraar Zuid'),
  partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente Helmond'),
  issue,
  responseRecord(
    1,
    PARTNER.zorg,
    {
      urgentie: 2,
      cijfer: 8,
      top: [issue.id, 'a'],
      groepen: ['x', 'other'],
      'groepen-Comment': 'Laaggeletterden',
      rol: ['p', 'q'],
      stellingen: { r1: 4 },
      nieuw: 'iets',
    },
    { definition: v2 },
  ),
  responseRecord(
    2,
    PARTNER.verzekeraar,
    { urgentie: 5, cijfer: 4, top: ['a'], groepen: ['z'], rol: 'q', stellingen: { r1: 2 }, oud: 'oude tekst', verzonnen: 1 },
    { definition: v1 },
  ),
  responseRecord(3, PARTNER.sociaal, { urgentie: 1 }, { definition: v2, at: T1 }),
  responseRecord(4, PARTNER.sociaal, { urgentie: 4, top: ['issue-gone'] }, { definition: v2, at: T2 }),
  responseRecord(5, PARTNER.zonderRecord, { urgentie: 3 }, { definition: v2 }),
  responseRecord(6, PARTNER.zorg, { urgentie: 1 }, { survey: { id: 'bestaat-niet', version: 1, hash: '0'.repeat(64) } }),
  responseRecord(7, PARTNER.zorg, { urgentie: 1 }, { survey: { ...definitionRef(v1), version: 9 } }),
  responseRecord(8, PARTNER.zorg, { urgentie: 1 }, { survey: { ...definitionRef(v1), hash: 'f'.repeat(64) } }),
  responseRecord(9, PARTNER.zorg, { urgentie: 1 }, { definition: v2, status: 'in-progress' }),
  tombstone(responseRecord(10, PARTNER.zorg, { urgentie: 1 }, { definition: v2 }), { origin: PARTNER.zorg, updatedAt: T2 }),
  responseRecord(11, PARTNER.zorg, { urgentie: 5 }, { definition: v2, round: 2 }),
  responseRecord(12, PARTNER.verzekeraar, { urgentie: 4 }, { definition: v2, round: 2 }),
];

const report = aggregateSurveys([v1, v2], records);
const [main, round2] = report.surveys;
const q = (name: string): QuestionResult => {
  const found = main?.questions.find((question) => question.question === name);
  if (!found) throw new Error(`no question ${name}`);
  return found;
};

describe('aggregateSurveys', () => {
  it('works on records as the schemas accept them', () => {
    for (const record of records) expect(RegionRecord.safeParse(record).success).toBe(true);
  });

  it('aggregates per survey and Delphi round, one latest response per partner', () => {
    expect(report.surveys.map((s) => [s.surveyId, s.round, s.version, s.respondents])).toEqual([
      ['toets', null, 2, 4],
      ['toets', 2, 2, 2],
    ]);
    expect(main?.respondentsByDomain).toEqual([
      { domain: 'zorg', count: 1 },
      { domain: 'sociaal-domein', count: 1 },
      { domain: 'verzekeraar', count: 1 },
      { domain: 'unknown', count: 1 },
    ]);
    expect(report.superseded.map((r) => r.responseId)).toEqual([recordId(0x303)]);
    expect(round2?.questions[0]).toMatchObject({ question: 'urgentie', overall: { n: 2, mean: 4.5 } });
  });

  it('keeps and reports responses to an unknown survey, version or content, and those not completed', () => {
    expect(report.unmatched.map((r) => [r.responseId, r.reason])).toEqual([
      [recordId(0x306), 'unknown-survey'],
      [recordId(0x307), 'unknown-version'],
      [recordId(0x308), 'changed-content'],
    ]);
    expect(report.notCompleted.map((r) => r.responseId)).toEqual([recordId(0x309)]);
    expect(
      report.surveys.flatMap((s) => s.questions.flatMap((question) => ('misfits' in question ? question.misfits : []))).map((m) => m.respondent.responseId),
    ).not.toContain(recordId(0x30a));
  });

  it('counts answers to an earlier version with the latest when the question kept its name and reading, and says so', () => {
    expect(main?.versions).toEqual([
      {
        version: 1,
        responses: 1,
        mapped: ['urgentie', 'top', 'groepen', 'stellingen', 'toelichting'],
        separate: [
          { question: 'cijfer', reason: 'changed-scale' },
          { question: 'rol', reason: 'changed-type' },
          { question: 'oud', reason: 'removed' },
        ],
      },
      { version: 2, responses: 3, mapped: [], separate: [] },
    ]);
    expect(q('urgentie')).toMatchObject({ versions: [1, 2], overall: { n: 4, mean: 3.5, median: 3.5 } });
    expect(q('cijfer')).toMatchObject({ versions: [2], overall: { n: 1, mean: 8 } });
  });

  it('aggregates the questions that changed per version, on their own', () => {
    expect(main?.earlierQuestions.map((e) => [e.version, e.reason, e.aggregate.question, e.aggregate.kind])).toEqual([
      [1, 'changed-scale', 'cijfer', 'rating'],
      [1, 'changed-type', 'rol', 'choice'],
      [1, 'removed', 'oud', 'text'],
    ]);
    const rol = main?.earlierQuestions[1]?.aggregate;
    expect(rol?.kind === 'choice' && rol.overall.choices.map((c) => [c.value, c.count])).toEqual([
      ['p', 0],
      ['q', 1],
    ]);
  });

  it('flags mapped answers that no longer fit, such as a choice or an issue that is gone; lists the issues and the static choices given', () => {
    const groepen = q('groepen');
    expect(groepen.misfits.map((m) => [m.respondent.organisation, m.value, m.reason])).toEqual([['Zorgverzekeraar Zuid', ['z'], 'unknown-choice']]);
    const top = q('top');
    expect(top.misfits.map((m) => [m.respondent.organisation, m.reason])).toEqual([['Gemeente Helmond', 'unknown-choice']]);
    expect(top.kind === 'ranking' && top.overall.choices.map((c) => [c.value, c.borda, c.meanRank])).toEqual([
      [issue.id, 2, 1],
      ['a', 2, 1.5],
    ]);
    expect(groepen.kind === 'choice' && groepen.otherTexts.map((e) => [e.text, e.domain])).toEqual([['Laaggeletterden', 'zorg']]);
  });

  it('reports answers to a question the version does not have', () => {
    expect(main?.unknownAnswers.map((m) => [m.question, m.value, m.reason, m.respondent.domain])).toEqual([
      ['verzonnen', 1, 'unknown-question', 'verzekeraar'],
    ]);
  });

  it('gives each answer the domain of its partner record, and "unknown" without one', () => {
    const urgentie = q('urgentie');
    expect(urgentie.kind === 'rating' && urgentie.byDomain.map((p) => [p.domain, p.stats.mean])).toEqual([
      ['zorg', 2],
      ['sociaal-domein', 4],
      ['verzekeraar', 5],
      ['unknown', 3],
    ]);
  });

  it('names the largest differences between domains as talking points', () => {
    expect(main?.talkingPoints.map((p) => [p.question, p.item?.value, p.high.domain, p.low.domain, p.difference])).toEqual([
      ['top', issue.id, 'zorg', 'verzekeraar', 1],
      ['urgentie', undefined, 'verzekeraar', 'zorg', 0.75],
      ['top', 'a', 'verzekeraar', 'zorg', 0.5],
      ['stellingen', 'r1', 'zorg', 'verzekeraar', 0.5],
    ]);
  });

  it('reads only answers stored under a name, never what every object inherits', () => {
    const json = toetsJson(1);
    const survey = structuredClone(json.survey) as { pages: [{ elements: { [key: string]: JsonValue }[] }] };
    survey.pages[0].elements.push({ type: 'comment', name: 'constructor', title: t('Bouwer') });
    const { definitions } = loadDefinitions([{ fileName: 'toets.v1.json', content: { ...json, survey } }]);
    const [definition] = definitions;
    if (!definition) throw new Error('the survey with a "constructor" question does not load');
    const result = aggregateSurveys([definition], [responseRecord(1, PARTNER.zorg, { urgentie: 3 }, { definition })]);
    const constructor = result.surveys[0]?.questions.find((question) => question.question === 'constructor');
    expect(constructor).toMatchObject({ kind: 'text', texts: [], misfits: [] });
  });

  it('does not depend on the order of the records', () => {
    expect(aggregateSurveys([v2, v1], [...records].reverse())).toEqual(report);
  });
});
