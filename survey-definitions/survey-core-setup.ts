import { Model, Serializer, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/dutch';
import { CHOICES_FROM_ISSUES } from '../shared/survey/questions.ts';
import type { SurveyJson } from '../shared/survey/definition.ts';

/**
 * survey-core's Dutch where it reads as translated English ("Dit is een vereiste vraag") or as
 * Flemish ("Gelieve", "minimum"): the texts a partner meets when an answer is missing or the survey
 * offers "other" and "select all". Keys as in survey-core's locale files.
 */
export const DUTCH_SURVEY_STRINGS: Readonly<Record<string, string>> = {
  requiredError: 'Deze vraag moet worden beantwoord.',
  requiredErrorInPanel: 'Beantwoord ten minste één vraag.',
  requiredInAllRowsError: 'Geef in elke rij een antwoord.',
  otherItemText: 'Anders, namelijk',
  otherRequiredError: 'Vul in wat u met “Anders” bedoelt.',
  commentText: 'Toelichting',
  selectAllItemText: 'Alles selecteren',
  minSelectError: 'Kies er ten minste {0}.',
  maxSelectError: 'Kies er niet meer dan {0}.',
  questionsProgressText: '{0} van {1} vragen beantwoord',
};

/**
 * Prepares survey-core for Regiobeeld's definitions; call it once before making a Model, in the
 * extension and in the tests alike.
 *
 * - Texts are written as { "default": Dutch, "en": English }. survey-core reads "default" as its
 *   default locale, which is English unless told otherwise: with "en" as default, choosing English
 *   would show the Dutch texts.
 * - `choicesFromIssues` is Regiobeeld's own property; registered, SurveyJS keeps it in toJSON()
 *   and does not report it as unknown.
 */
export function setupSurveyCore(): void {
  surveyLocalization.defaultLocale = 'nl';
  Object.assign(surveyLocalization.locales.nl, DUTCH_SURVEY_STRINGS);
  // Registered on the base class of every choice question; shared/survey decides where it may appear.
  if (!Serializer.findProperty('selectbase', CHOICES_FROM_ISSUES)) {
    Serializer.addProperty('selectbase', { name: `${CHOICES_FROM_ISSUES}:boolean`, default: false, visible: false });
  }
}

/** The messages survey-core has for a survey JSON: unknown properties, missing names, and the like. */
export function surveyCoreErrors(survey: SurveyJson): string[] {
  return (new Model(survey).jsonErrors ?? []).map((error) => error.message);
}
