import { issueSurvivors } from '../../../shared/records/issue-survivors.ts';
import { delphiFeedback } from '../../../shared/survey/delphi.ts';
import { definitionRef, type SurveyDefinition, type SurveyJson } from '../../../shared/survey/definition.ts';
import { offeredIssues, surveyIssueChoices, withIssueChoices } from '../../../shared/survey/dynamic-choices.ts';
import type { LoadedDefinitions } from '../../../shared/survey/load-definitions.ts';
import { latestOf, type Opening, openingFor, ownProgress, roundResponses } from '../../../shared/survey/own-progress.ts';
import { withQuestionNotes } from '../../../shared/survey/question-notes.ts';
import { roundPrefill } from '../../../shared/survey/round-prefill.ts';
import { withReasonFields } from '../../../shared/survey/round-reasons.ts';
import type { OfferedIssues, SurveyDefinitionRef } from '../../../shared/schema/survey-response.ts';
import type { JsonValue } from '../../../shared/schema/json-value.ts';
import { delphiNotes } from './delphi-notes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { RecordStore } from '../../services/record-store.ts';
import type { SurveyResponseStore } from './survey-response-store.ts';

export type SurveyLanguage = 'nl' | 'en';

/** What the survey page was asked for in its address: `survey.html?survey=<id>&round=<n>`. */
export interface SurveyRequest {
  readonly surveyId: string | null;
  readonly round: number | undefined;
  readonly loaded: LoadedDefinitions;
}

export type OpenedSurvey =
  | {
      readonly kind: 'ready';
      readonly definition: SurveyDefinition;
      readonly ref: SurveyDefinitionRef;
      readonly round: number;
      readonly opening: Exclude<Opening, { kind: 'refused' }>;
      /** The SurveyJS JSON to show: the region's issues as choices, the Delphi feedback as notes. */
      readonly json: SurveyJson;
      /** The issues the questions that take them offer, saved with every version of the response. */
      readonly offered: readonly OfferedIssues[];
      readonly answers: { readonly [name: string]: JsonValue };
      /** A new response of a next round starts from the partner's own answers of this round. */
      readonly prefilledFrom?: number;
      readonly page: number;
    }
  | { readonly kind: 'problem'; readonly reason: string; readonly message: MessageKey };

/** Reads the survey page's address; a round that is not a whole number ≥ 1 is not a round. */
export function surveyRequest(search: string, loaded: LoadedDefinitions): SurveyRequest {
  const params = new URLSearchParams(search);
  const round = Number(params.get('round') ?? undefined);
  return { surveyId: params.get('survey'), round: Number.isInteger(round) && round >= 1 ? round : undefined, loaded };
}

/**
 * Everything the survey page shows, read in one go: which response to open (resume, amend, new, a
 * next round), its definition version, the issues as choices, and for a next round the group's
 * answers of the round before.
 */
export async function openSurvey(
  records: RecordStore,
  responses: SurveyResponseStore,
  { surveyId, round: requested, loaded }: SurveyRequest,
): Promise<OpenedSurvey> {
  const { origin, partner } = await records.getIdentity();
  if (partner === undefined) return { kind: 'problem', reason: 'not-set-up', message: 'surveyNeedsSetup' };
  const all = await records.listRecords();
  const progress = ownProgress(loaded.definitions, all, origin).find((candidate) => candidate.definition.header.id === surveyId);
  if (progress === undefined) return { kind: 'problem', reason: 'unknown-survey', message: 'surveyUnknown' };
  const opening = openingFor(progress, requested);
  if (opening.kind === 'refused')
    return { kind: 'problem', reason: opening.reason, message: opening.reason === 'finish-current-round' ? 'surveyFinishRoundFirst' : 'surveyNoSuchRound' };

  const answered = opening.kind === 'new' ? undefined : opening.response.body.survey;
  const definition =
    answered === undefined ? progress.definition : loaded.definitions.find((d) => d.header.id === answered.id && d.header.version === answered.version);
  if (definition === undefined) return { kind: 'problem', reason: 'unknown-version', message: 'surveyVersionMissing' };

  // From the records read above: a second read could see a sync that landed in between.
  const survivors = issueSurvivors(all);
  const issues = surveyIssueChoices(all, survivors);
  let json = withIssueChoices(definition, issues);
  let answers = opening.kind === 'new' ? {} : opening.response.body.answers;
  let prefilledFrom: number | undefined;
  if (opening.round > 1) {
    const previousRound = roundResponses(all, definition.header.id, opening.round - 1);
    const ownPrevious = latestOf(previousRound.filter((response) => response.origin === origin));
    const feedback = delphiFeedback(definition, previousRound, ownPrevious, issues, survivors.survivorOf);
    json = withQuestionNotes(json, delphiNotes(feedback, definition, issues));
    json = withReasonFields(json, definition.questions);
    if (opening.kind === 'new') {
      answers = roundPrefill(definition, ownPrevious, issues, survivors.survivorOf);
      if (Object.keys(answers).length > 0) prefilledFrom = opening.round - 1;
    }
  }
  return {
    kind: 'ready',
    definition,
    ref: definitionRef(definition),
    round: opening.round,
    opening,
    json,
    offered: offeredIssues(definition, issues),
    answers,
    ...(prefilledFrom === undefined ? {} : { prefilledFrom }),
    page: opening.kind === 'new' ? 0 : await responses.pageOf(opening.response.id),
  };
}
