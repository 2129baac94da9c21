import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../shared/schema/json-value.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { item, t, toetsJson } from './support/toets-survey.ts';

type Element = { [key: string]: JsonValue };

/** The test survey with its first page's elements replaced or changed. */
function withElements(change: (elements: Element[]) => Element[], header: { [key: string]: JsonValue } = {}) {
  const json = toetsJson(1);
  const survey = structuredClone(json.survey) as { pages: [{ elements: Element[] }] } & Element;
  survey.pages[0].elements = change(survey.pages[0].elements);
  return { regiobeeld: { ...(json.regiobeeld as Element), ...header }, survey };
}

function reasons(content: unknown, fileName = 'toets.v1.json'): string[] {
  const { definitions, problems } = loadDefinitions([{ fileName, content }]);
  expect(definitions).toEqual([]);
  return problems.map((p) => `${p.fileName} ${p.path}: ${p.reason}`);
}

describe('loadDefinitions', () => {
  it('offers a sound definition with its questions', () => {
    const { definitions, problems } = loadDefinitions([{ fileName: 'toets.v1.json', content: toetsJson(1) }]);
    expect(problems).toEqual([]);
    expect(definitions[0]?.questions.map((q) => `${q.name}:${q.kind}`)).toEqual([
      'urgentie:rating',
      'cijfer:rating',
      'top:ranking',
      'groepen:choice',
      'rol:choice',
      'stellingen:matrix',
      'toelichting:text',
      'oud:text',
    ]);
  });

  it('reports a bad file and still offers the good ones, sorted by id and version', () => {
    const { definitions, problems } = loadDefinitions([
      { fileName: 'toets.v2.json', content: toetsJson(2) },
      { fileName: 'kapot.json', content: 'not a definition' },
      { fileName: 'toets.v1.json', content: toetsJson(1) },
    ]);
    expect(definitions.map((d) => d.fileName)).toEqual(['toets.v1.json', 'toets.v2.json']);
    expect(problems).toEqual([{ fileName: 'kapot.json', path: '', reason: expect.stringContaining('object') }]);
  });

  it('refuses a header that is not one', () => {
    expect(
      reasons({ regiobeeld: { id: 'Toets!', version: 0, title: { nl: 'Toets' }, description: { nl: '', en: 'x' }, themes: ['a', 'a'] }, survey: {} }),
    ).toEqual([
      expect.stringMatching(/regiobeeld\.id: must be lowercase words/),
      expect.stringMatching(/regiobeeld\.version: /),
      expect.stringMatching(/regiobeeld\.title\.en: /),
      expect.stringMatching(/regiobeeld\.description\.nl: must not be empty/),
      expect.stringMatching(/regiobeeld\.themes: must not name a theme twice/),
    ]);
    expect(reasons({ ...toetsJson(1), extra: true })).toEqual([expect.stringMatching(/extra/)]);
  });

  it('knows only the themes of the regiobeeld', () => {
    expect(reasons(withElements((elements) => elements, { themes: ['vergrijzing', 'ruimtevaart'] }))).toEqual([
      'toets.v1.json regiobeeld.themes: "ruimtevaart" is not a theme of the regiobeeld (shared/catalog/themes.ts)',
    ]);
  });

  it('wants the file named after its id and version', () => {
    expect(reasons(toetsJson(1), 'toets.json')).toEqual(['toets.json regiobeeld: the file for "toets" version 1 must be named toets.v1.json']);
  });

  it('refuses the same id and version twice, naming the file that had it first', () => {
    const { definitions, problems } = loadDefinitions([
      { fileName: 'toets.v1.json', content: toetsJson(1) },
      { fileName: 'toets.v1.json', content: toetsJson(1) },
    ]);
    expect(definitions).toHaveLength(1);
    expect(problems.map((p) => p.reason)).toEqual(['toets.v1.json already defines "toets" version 1']);
  });

  it('wants the survey title to be the header title', () => {
    const json = toetsJson(1);
    expect(reasons({ ...json, survey: { ...json.survey, title: t('Iets anders') } })).toEqual([
      expect.stringMatching(/survey\.title: must be the title of the header/),
    ]);
  });

  it('wants Dutch and English for every text the respondent reads', () => {
    const found = reasons(
      withElements((elements) => [
        { ...elements[0], title: 'Alleen Nederlands' },
        { ...elements[1], description: { default: 'Uitleg' } },
        { ...elements[2], choices: ['a', 'b'] },
        ...elements.slice(3),
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/survey\.pages\[0\]\.elements\[0\]\.title: "title" must be \{ "default": Dutch text, "en": English text \}/),
      expect.stringMatching(/elements\[1\]\.description: "description" must be/),
      expect.stringMatching(/elements\[2\]\.choices\[0\]: question "top": each choice must be \{ "value": …, "text": \{ "default": Dutch, "en": English \} \}/),
      expect.stringMatching(/elements\[2\]\.choices\[1\]: /),
    ]);
  });

  it('wants stable, unique names and types it can count', () => {
    const found = reasons(
      withElements((elements) => [
        { ...elements[1], name: 'Cijfer Nu' },
        { type: 'boolean', name: 'ja-nee', title: t('Ja of nee') },
        { ...elements[3], name: 'top' },
        elements[0] ?? {},
        ...elements.slice(2),
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/elements\[0\]\.name: question name "Cijfer Nu" must be kebab-case or camelCase/),
      expect.stringMatching(/elements\[1\]\.type: question "ja-nee" has type "boolean"; the types Regiobeeld can count are rating, ranking/),
      expect.stringMatching(/question name "top" is used twice/),
    ]);
  });

  it('checks that expressions name questions of the survey', () => {
    expect(
      reasons(
        withElements((elements) => [...elements, { type: 'comment', name: 'extra', title: t('Extra'), visibleIf: '{urgentie} > 3 and {verdwenen.rij} = 1' }]),
      ),
    ).toEqual([expect.stringMatching(/elements\[8\]\.visibleIf: the expression .* refers to "verdwenen", which is not a question of this survey/)]);
  });

  it('wants numeric scales for ratings and matrices', () => {
    const found = reasons(
      withElements((elements) => [
        { type: 'rating', name: 'a', title: t('A'), rateMin: 5, rateMax: 1 },
        { type: 'rating', name: 'b', title: t('B'), rateMax: 10, rateCount: 5 },
        { type: 'rating', name: 'c', title: t('C'), rateValues: [item('laag'), item('hoog')] },
        { type: 'matrix', name: 'd', title: t('D'), columns: [item('eens'), item('oneens')], rows: [item('r')] },
        { type: 'matrix', name: 'e', title: t('E'), cellType: 'checkbox', columns: [item(1), item(2)], rows: [item('r')] },
        ...elements,
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/question "a": rateMin, rateMax and rateStep must be whole numbers with rateMin < rateMax/),
      expect.stringMatching(/question "b": rateCount 5 disagrees with the 10 points from 1 to 10/),
      expect.stringMatching(/question "c": rateValues must be at least two different numbers/),
      expect.stringMatching(/question "d": a matrix needs at least two numeric columns/),
      expect.stringMatching(/question "e": only single-choice \(radio\) matrices/),
    ]);
  });

  it('allows choicesFromIssues only as true or false on a choice question, which still needs its own choices', () => {
    const found = reasons(
      withElements((elements) => [
        { type: 'rating', name: 'a', title: t('A'), choicesFromIssues: true },
        { type: 'ranking', name: 'b', title: t('B'), choicesFromIssues: 'ja', choices: [item('x')] },
        { type: 'checkbox', name: 'c', title: t('C'), choicesFromIssues: true, choices: [] },
        { type: 'checkbox', name: 'd', title: t('D'), showOtherItem: true, choices: [item('other')] },
        ...elements,
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/question "a": choicesFromIssues must be true or false, on a ranking, checkbox/),
      expect.stringMatching(/question "b": choicesFromIssues must be/),
      expect.stringMatching(/question "c" needs a list of choices \(for issue choices: the ones to offer when there are no issues\)/),
      expect.stringMatching(/question "d": the values "other" and "none" belong to SurveyJS's own items/),
    ]);
  });

  it('wants a perceiving survey to name matrix questions of its own', () => {
    const json = withElements((elements) => elements, { perceives: { survey: 'elders', questions: { stellingen: 'x', urgentie: 'y' } } });
    expect(reasons(json)).toEqual(['toets.v1.json regiobeeld.perceives.questions: "urgentie" is not a matrix question of this survey']);
  });

  it('refuses a survey without pages or questions', () => {
    const json = toetsJson(1);
    expect(reasons({ ...json, survey: { title: json.survey['title'] ?? null } })).toEqual([
      expect.stringMatching(/survey\.pages: the survey needs a list of pages/),
      expect.stringMatching(/survey\.pages: a survey has between 1 and 200 questions; this one has 0/),
    ]);
  });
});
