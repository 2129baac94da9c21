import type { SurveyResponseBody } from '../../shared/schema/survey-response.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';

const SURVEY_ID = 'knelpunten-en-prioriteiten';

/** The ranking survey as a response names it, read from survey-definitions/ once. */
export const RANKING_SURVEY = (() => {
  const definition = loadDefinitions(DEFINITION_SOURCES).definitions.find((d) => d.header.id === SURVEY_ID);
  if (definition === undefined) throw new Error(`survey-definitions/ holds no "${SURVEY_ID}"`);
  return definitionRef(definition);
})();

/** How one partner answers "Knelpunten en prioriteiten": its ranking names issues by their story ref. */
export interface SurveyAnswerDraft {
  readonly at: string;
  readonly rol: string;
  /** Personeelstekort, vergrijzing, mentale gezondheid, acute zorg, gezondheidsverschillen (1–5). */
  readonly urgency: readonly [number, number, number, number, number];
  /** Best first; only issues the partner's installation holds, as the survey page offers them. */
  readonly topRefs: readonly string[];
}

const URGENCY_QUESTIONS = [
  'urgentie-personeelstekort',
  'urgentie-vergrijzing',
  'urgentie-mentale-gezondheid',
  'urgentie-acute-zorg',
  'urgentie-gezondheidsverschillen',
] as const;

/** The completed response as the survey page stores it: the ranking and first priority hold issue ids. */
export function surveyResponseBody(draft: SurveyAnswerDraft, issueIds: readonly string[]): SurveyResponseBody {
  const urgency = Object.fromEntries(URGENCY_QUESTIONS.map((name, index) => [name, draft.urgency[index] ?? 3]));
  return {
    survey: RANKING_SURVEY,
    status: 'completed',
    completedAt: new Date(Date.parse(draft.at)).toISOString(),
    answers: { rol: draft.rol, werkgebied: 'hele-regio', ...urgency, 'top-knelpunten': [...issueIds], 'eerste-prioriteit': issueIds[0] ?? null },
  };
}
