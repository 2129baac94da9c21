import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { setupSurveyCore } from '../../../survey-definitions/survey-core-setup.ts';

setupSurveyCore();

describe("survey-core's Dutch", () => {
  it('says in plain Dutch that a required question is not answered, and in English in English', () => {
    const model = new Model({ pages: [{ name: 'p', elements: [{ type: 'text', name: 'naam', isRequired: true }] }] });
    model.locale = 'nl';
    expect(model.validate()).toBe(false);
    expect(model.getQuestionByName('naam').errors.map((error) => error.getText())).toEqual(['Deze vraag moet worden beantwoord.']);
    model.locale = 'en';
    model.validate();
    expect(model.getQuestionByName('naam').errors.map((error) => error.getText())).toEqual(['Response required.']);
  });

  it('offers "Anders, namelijk" for another answer', () => {
    const model = new Model({ pages: [{ name: 'p', elements: [{ type: 'checkbox', name: 'keuze', choices: ['a'], showOtherItem: true }] }] });
    model.locale = 'nl';
    expect(model.getQuestionByName('keuze').otherItem.text).toBe('Anders, namelijk');
  });
});
