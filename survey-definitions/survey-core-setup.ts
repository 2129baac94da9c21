import { Model, Serializer, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/dutch';
import { CHOICES_FROM_ISSUES } from '../shared/survey/questions.ts';
import type { SurveyJson } from '../shared/survey/definition.ts';

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
  // Registered on the base class of every choice question; shared/survey decides where it may appear.
  if (!Serializer.findProperty('selectbase', CHOICES_FROM_ISSUES)) {
    Serializer.addProperty('selectbase', { name: `${CHOICES_FROM_ISSUES}:boolean`, default: false, visible: false });
  }
}

/** The messages survey-core has for a survey JSON: unknown properties, missing names, and the like. */
export function surveyCoreErrors(survey: SurveyJson): string[] {
  return (new Model(survey).jsonErrors ?? []).map((error) => error.message);
}
