import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Model, type Question, QuestionRankingModel, Serializer } from 'survey-core';
import { THEMES } from '../../../shared/catalog/themes.ts';
import { contentHash } from '../../../shared/canonical/hash.ts';
import { DOMAINS } from '../../../shared/schema/partner.ts';
import { definitionRef, type SurveyDefinition } from '../../../shared/survey/definition.ts';
import { withIssueChoices } from '../../../shared/survey/dynamic-choices.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { latestVersions } from '../../../shared/survey/own-progress.ts';
import { aggregateQuestion } from '../../../shared/survey/aggregate-question.ts';
import { CHOICES_FROM_ISSUES } from '../../../shared/survey/questions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { setupSurveyCore, surveyCoreErrors } from '../../../survey-definitions/survey-core-setup.ts';
import { respondent } from './support/toets-survey.ts';

const FOLDER = resolve(import.meta.dirname, '../../../survey-definitions');
const { definitions, problems } = loadDefinitions(DEFINITION_SOURCES);
/** What a partner is offered: the newest version of each survey. */
const latest = latestVersions(definitions);

/**
 * The hash of every shipped definition. A failure here means a definition file changed: partners
 * may already have answered the old text, so make a new file with the next version instead.
 */
const PINNED = {
  'knelpunten-en-prioriteiten.v1.json': '37055a6bb2a9d0ccd0aacbe327b886691fc2f241451bc5b8bc4764eff46c251f',
  'knelpunten-en-prioriteiten.v2.json': '844aaa4436cb80f442f19dea4211277cee85d39df39d213b83832079748ffa7c',
  'perspectief-van-de-ander.v1.json': '69b5f20b79ec836bca193a9996ab2de2217b313459cb7e86ab8fa45e00b0b221',
  'perspectief-van-de-ander.v2.json': 'c063c5401b1ae6dd96a8337f1e6b0f199aa759de5c09e7136c82e320d75fb186',
  'samenwerking-en-gedeelde-urgentie.v1.json': '055a43817c304fd98fd4977e18eed65a2f84265f03be1215a69e4c49d80bd45b',
  'samenwerking-en-gedeelde-urgentie.v2.json': '510b073b1db2c2615b9e467614f01a481a585bacb50425d2adeab65f465fb806',
};

beforeAll(() => setupSurveyCore());

function model(definition: SurveyDefinition | undefined, locale = 'nl'): Model {
  if (!definition) throw new Error('no definition');
  const survey = new Model(definition.survey);
  survey.locale = locale;
  return survey;
}

describe('the shipped survey definitions', () => {
  it('all load, with no problems', () => {
    expect(problems).toEqual([]);
    expect(latest.map((d) => [d.header.id, d.header.version])).toEqual([
      ['knelpunten-en-prioriteiten', 2],
      ['perspectief-van-de-ander', 2],
      ['samenwerking-en-gedeelde-urgentie', 2],
    ]);
    expect(definitions).toHaveLength(DEFINITION_SOURCES.length);
  });

  it('are each one file in survey-definitions/, listed in index.ts under its own name', () => {
    const files = readdirSync(FOLDER)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(DEFINITION_SOURCES.map((s) => s.fileName).sort()).toEqual(files);
    for (const source of DEFINITION_SOURCES) expect(source.content).toEqual(JSON.parse(readFileSync(join(FOLDER, source.fileName), 'utf8')));
  });

  it('load into survey-core without errors or warnings', () => {
    for (const definition of definitions) expect(surveyCoreErrors(definition.survey), definition.fileName).toEqual([]);
  });

  it("need Regiobeeld's survey-core setup: without it choicesFromIssues is an unknown property", () => {
    Serializer.removeProperty('selectbase', CHOICES_FROM_ISSUES);
    try {
      const errors = surveyCoreErrors(definitions[0]?.survey ?? {});
      expect(errors.some((message) => message.includes(CHOICES_FROM_ISSUES))).toBe(true);
    } finally {
      setupSurveyCore();
    }
  });

  it('have 10 to 25 questions, read the same way as survey-core reads them', () => {
    for (const definition of definitions) {
      const questions = model(definition).getAllQuestions();
      expect(questions.length, definition.fileName).toBeGreaterThanOrEqual(10);
      expect(questions.length, definition.fileName).toBeLessThanOrEqual(25);
      expect(definition.questions.map((q) => [q.name, q.type])).toEqual(questions.map((q) => [q.name, q.getType()]));
    }
  });

  it('use rating, ranking, matrix, checkbox, comment and conditional questions between them', () => {
    const types = new Set(definitions.flatMap((d) => d.questions.map((q) => q.type)));
    for (const type of ['rating', 'ranking', 'matrix', 'checkbox', 'comment']) expect(types).toContain(type);
    for (const definition of definitions) expect(JSON.stringify(definition.survey), definition.fileName).toContain('"visibleIf"');
  });

  it('have a Dutch and an English text for every title, choice, row and column', () => {
    for (const definition of definitions) {
      const dutch = model(definition, 'nl');
      const english = model(definition, 'en');
      const texts = (survey: Model) =>
        survey
          .getAllQuestions()
          .flatMap((q: Question) => [
            q.title,
            ...(Array.isArray(q['choices']) ? q['choices'] : []).map((c: { text: string }) => c.text),
            ...(Array.isArray(q['rows']) ? q['rows'] : []).map((c: { text: string }) => c.text),
            ...(Array.isArray(q['columns']) ? q['columns'] : []).map((c: { text: string }) => c.text),
          ]);
      const [nl, en] = [texts(dutch), texts(english)];
      expect(nl.length).toBe(en.length);
      nl.forEach((text, i) => {
        expect(text.trim(), `${definition.fileName} text ${i}`).not.toBe('');
        expect(en[i]?.trim(), `${definition.fileName} text ${i}`).not.toBe('');
      });
      // Titles differ between the languages: the English one is not the Dutch one shown again.
      expect(dutch.getAllQuestions().filter((q, i) => q.title === english.getAllQuestions()[i]?.title)).toEqual([]);
      expect([dutch.title, english.title]).toEqual([definition.header.title.nl, definition.header.title.en]);
      expect(dutch.completeText).toBe('Verzenden');
    }
  });

  it('cover every theme of the regiobeeld between them', () => {
    expect(new Set(definitions.flatMap((d) => d.header.themes))).toEqual(new Set(THEMES.map((theme) => theme.key)));
  });

  it('estimate, in "Het perspectief van de ander", ratings of a shipped survey on the same scale, per partner domain', () => {
    const perspectief = definitions.find((d) => d.header.perceives);
    const perceived = definitions.find((d) => d.header.id === perspectief?.header.perceives?.survey);
    const pairs = Object.entries(perspectief?.header.perceives?.questions ?? {});
    expect(pairs.length).toBe(5);
    for (const [matrixName, ratingName] of pairs) {
      const matrix = perspectief?.questions.find((q) => q.name === matrixName);
      const rating = perceived?.questions.find((q) => q.name === ratingName);
      if (matrix?.kind !== 'matrix' || rating?.kind !== 'rating') throw new Error(`${matrixName} → ${ratingName} is not a matrix estimating a rating`);
      expect(matrix.scale).toEqual(rating.scale);
      expect(matrix.rows.map((r) => r.value).filter((v) => (DOMAINS as readonly unknown[]).includes(v))).toEqual([...DOMAINS]);
    }
  });

  it('say where a ranking stands and how to rank: survey-react-ui shows the "ranked area" text in the emptied pool, the "unranked area" text in the empty ranking', () => {
    const rankings = latest.flatMap((definition) =>
      model(definition)
        .getAllQuestions()
        .filter((q): q is QuestionRankingModel => q instanceof QuestionRankingModel)
        .map((ranking) => ({ file: definition.fileName, ranking })),
    );
    expect(rankings.map(({ ranking }) => ranking.name)).toEqual(['top-knelpunten', 'eigen-top-drie', 'voorwaarden-volgorde']);
    for (const { file, ranking } of rankings) {
      expect(ranking.locSelectToRankEmptyUnrankedAreaText.renderedHtml, file).toMatch(/^Nog niets gekozen: klik op een/);
      expect(ranking.locSelectToRankEmptyRankedAreaText.renderedHtml, file).toMatch(/^Alle (knelpunten|voorwaarden) staan in uw/);
      expect(ranking.description, file).toMatch(/^Klik op een .*Tab .*Spatie.*pijltjes omhoog en omlaag/);
    }
  });

  it('show follow-up questions only when the answer calls for them', () => {
    const knelpunten = model(latest[0]);
    const visible = (name: string) => knelpunten.getQuestionByName(name).isVisible;
    expect(visible('toelichting-urgentie')).toBe(false);
    knelpunten.setValue('urgentie-vergrijzing', 4);
    expect(visible('toelichting-urgentie')).toBe(true);
    expect(visible('trekker-voorwaarden')).toBe(false);
    knelpunten.setValue('trekker', 'misschien');
    expect([visible('trekker-voorwaarden'), visible('trekker-knelpunten')]).toEqual([true, true]);

    const samenwerking = model(latest[2]);
    expect(samenwerking.getQuestionByName('ontbrekende-partijen').isVisible).toBe(false);
    samenwerking.setValue('stellingen-proces', { 'juiste-partijen': 2 });
    expect(samenwerking.getQuestionByName('ontbrekende-partijen').isVisible).toBe(true);
    samenwerking.setValue('stellingen-proces', { 'juiste-partijen': 'weet-niet' });
    expect(samenwerking.getQuestionByName('ontbrekende-partijen').isVisible).toBe(false);
  });

  it('give each rating the scale survey-core offers', () => {
    for (const definition of definitions) {
      const survey = model(definition);
      for (const q of definition.questions) {
        if (q.kind !== 'rating') continue;
        const offered = (survey.getQuestionByName(q.name)['visibleRateValues'] as { value: number }[]).map((v) => v.value);
        expect(q.scale.values, `${definition.fileName} ${q.name}`).toEqual(offered);
      }
    }
  });

  it('take the local issues as choices in survey-core, and their own choices when there are none', () => {
    const issues = [{ id: '019a0000-0000-7000-8000-0000000000f1', title: 'Wachtlijsten wijkverpleging in Deurne' }];
    const definition = definitions[0];
    if (!definition) throw new Error('no definition');
    const filled = new Model(withIssueChoices(definition, issues));
    expect(filled.jsonErrors ?? []).toEqual([]);
    expect(filled.getQuestionByName('top-knelpunten')['choices'].map((c: { value: string; text: string }) => [c.value, c.text])).toEqual([
      [issues[0]?.id, issues[0]?.title],
    ]);
    expect(filled.getQuestionByName('rol')['choices'].length).toBe(4);
    const fallback = new Model(withIssueChoices(definition, []));
    expect(fallback.getQuestionByName('top-knelpunten')['choices'].map((c: { value: string }) => c.value)).toEqual([
      'personeelstekort',
      'vergrijzing',
      'mentale-gezondheid',
      'druk-acute-zorg',
      'gezondheidsverschillen',
    ]);
  });

  it('aggregate what survey-core stores, with no misfits', () => {
    for (const definition of definitions) {
      const survey = model(definition);
      for (const q of survey.getAllQuestions()) {
        const type = q.getType();
        if (type === 'rating') q.value = 4;
        else if (type === 'ranking') q.value = q['choices'].slice(0, 2).map((c: { value: string }) => c.value);
        else if (type === 'checkbox') q.value = [q['choices'][0].value, 'other'].slice(0, q['showOtherItem'] ? 2 : 1);
        else if (type === 'radiogroup' || type === 'dropdown') q.value = q['choices'][0].value;
        else if (type === 'matrix') q.value = Object.fromEntries(q['rows'].map((r: { value: string }, i: number) => [r.value, i === 0 ? 'weet-niet' : 3]));
        else q.value = 'Een antwoord';
        if (q['showOtherItem'] && type === 'checkbox') q['comment'] = 'Iets anders';
      }
      const data = survey.data as Record<string, never>;
      for (const question of definition.questions) {
        const aggregate = aggregateQuestion(
          question,
          [{ respondent: respondent(1), value: data[question.name] ?? null, otherText: data[`${question.name}-Comment`] ?? null }],
          [],
        );
        expect(aggregate.misfits, `${definition.fileName} ${question.name}`).toEqual([]);
        if (aggregate.kind === 'choice' && question.kind === 'choice' && question.hasOther && question.multiple)
          expect(aggregate.otherTexts.map((e) => e.text)).toEqual(['Iets anders']);
      }
    }
  });
});

describe('definitionRef', () => {
  it('hashes the whole file, whatever the order of its keys', () => {
    for (const definition of definitions) {
      const raw: unknown = JSON.parse(readFileSync(join(FOLDER, definition.fileName), 'utf8'));
      expect(definitionRef(definition)).toEqual({ id: definition.header.id, version: definition.header.version, hash: contentHash(raw) });
      const reordered = { survey: definition.survey, regiobeeld: Object.fromEntries(Object.entries(definition.header).reverse()) };
      expect(loadDefinitions([{ fileName: definition.fileName, content: reordered }]).definitions.map(definitionRef)).toEqual([definitionRef(definition)]);
    }
  });

  it('changes with any text of the survey', () => {
    const definition = definitions[0];
    if (!definition) throw new Error('no definition');
    const edited = { ...definition, survey: { ...definition.survey, description: { default: 'Anders', en: 'Different' } } };
    expect(definitionRef(edited).hash).not.toBe(definitionRef(definition).hash);
  });

  it('is pinned for every shipped version: a changed definition is a new version', () => {
    expect(Object.fromEntries(definitions.map((d) => [d.fileName, definitionRef(d).hash]))).toEqual(PINNED);
  });
});
