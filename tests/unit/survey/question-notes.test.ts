import { describe, expect, it } from 'vitest';
import { withQuestionNotes } from '../../../shared/survey/question-notes.ts';
import { toets } from './support/toets-survey.ts';
import { Model } from 'survey-core';
import { setupSurveyCore, surveyCoreErrors } from '../../../survey-definitions/survey-core-setup.ts';

setupSurveyCore();

describe('notes beside questions', () => {
  const definition = toets(1);
  const notes = new Map([
    ['urgentie', { nl: 'Vorige ronde: mediaan 4', en: 'Previous round: median 4' }],
    ['stellingen', { nl: 'r1: 3\nr2: 5', en: 'r1: 3\nr2: 5' }],
  ]);

  it('become the description of the named questions in both languages, and nothing else changes', () => {
    const annotated = withQuestionNotes(definition.survey, notes);
    expect(surveyCoreErrors(annotated)).toEqual([]);
    const model = new Model(annotated);
    expect(model.getQuestionByName('urgentie').description).toBe('Vorige ronde: mediaan 4');
    model.locale = 'en';
    expect(model.getQuestionByName('urgentie').description).toBe('Previous round: median 4');
    expect(model.getQuestionByName('cijfer').description).toBe('');
    expect(withQuestionNotes(annotated, new Map())).toBe(annotated);
    expect(JSON.stringify(definition.survey)).not.toContain('Vorige ronde');
  });

  it('come after a description the question already has, in its languages', () => {
    const survey = { pages: [{ name: 'p', elements: [{ type: 'rating', name: 'urgentie', description: { default: 'Eigen uitleg', en: 'Own text' } }] }] };
    const [page] = withQuestionNotes(survey, notes)['pages'] as [{ elements: [{ description: unknown }] }];
    expect(page.elements[0].description).toEqual({ default: 'Eigen uitleg\n\nVorige ronde: mediaan 4', en: 'Own text\n\nPrevious round: median 4' });
  });

  it('keep a brace in a partner’s text from being read by SurveyJS as the answer to another question', () => {
    const model = new Model(withQuestionNotes(definition.survey, new Map([['urgentie', { nl: 'Reden: {cijfer} is te laag', en: 'Reason: {cijfer}' }]])));
    model.data = { cijfer: 7 };
    const shown = model.getQuestionByName('urgentie').locDescription.renderedHtml;
    expect(shown).not.toContain('7');
    expect(shown.replaceAll('\u2060', '')).toBe('Reden: {cijfer} is te laag');
  });
});
