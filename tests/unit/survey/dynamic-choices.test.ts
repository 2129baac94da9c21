import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { withIssueChoices } from '../../../shared/survey/dynamic-choices.ts';
import { toets } from './support/toets-survey.ts';

const elementsOf = (survey: unknown) => (survey as { pages: [{ elements: { name: string; choices?: unknown }[] }] }).pages[0].elements;
const choicesOf = (survey: unknown, name: string) => elementsOf(survey).find((e) => e.name === name)?.choices;

describe('withIssueChoices', () => {
  const definition = toets(1);
  const issues = [
    { id: 'issue-1', title: 'Wachtlijst huisarts in Helmond-Noord' },
    { id: 'issue-2', title: 'Eenzaamheid onder ouderen' },
    { id: 'issue-1', title: 'Dubbel geladen' },
  ];

  it('puts the issues, once each, as choices of the questions that ask for them: the id is the value, the title the text', () => {
    expect(choicesOf(withIssueChoices(definition, issues), 'top')).toEqual([
      { value: 'issue-1', text: 'Wachtlijst huisarts in Helmond-Noord' },
      { value: 'issue-2', text: 'Eenzaamheid onder ouderen' },
    ]);
  });

  it('leaves every other question as it was', () => {
    const filled = withIssueChoices(definition, issues);
    for (const name of ['groepen', 'rol', 'urgentie', 'stellingen']) expect(choicesOf(filled, name)).toEqual(choicesOf(definition.survey, name));
    expect(elementsOf(filled).find((e) => e.name === 'top')).toMatchObject({ choicesFromIssues: true, type: 'ranking' });
  });

  it('keeps the static choices when the regiobeeld has no issues', () => {
    expect(canonicalJson(withIssueChoices(definition, []))).toBe(canonicalJson(definition.survey));
  });

  it('shows a title with braces as written, not as SurveyJS would fill in an answer', () => {
    const model = new Model(withIssueChoices(definition, [{ id: 'issue-3', title: 'Wachttijd {urgentie} weken' }]));
    model.data = { urgentie: 4 };
    const text = model.getQuestionByName('top').choices[0]?.locText.renderedHtml ?? '';
    expect(text.replaceAll('\u2060', '')).toBe('Wachttijd {urgentie} weken');
  });

  it('does not change the definition it was given', () => {
    const before = canonicalJson(definition.survey);
    withIssueChoices(definition, issues);
    expect(canonicalJson(definition.survey)).toBe(before);
  });
});
