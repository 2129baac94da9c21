import { compareText } from '../canonical/compare-text.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import type { SurveyDefinition } from './definition.ts';
import { lastFollowingRound } from './region-rounds.ts';
import { isLater } from './responses.ts';

type Response = LiveRecord<'surveyResponse'>;

/** A survey filled once is round 1: a response without a round belongs to it. */
export function roundOf(response: Response): number {
  return response.body.round ?? 1;
}

/** Where one partner stands with one survey, in the survey's current round. */
export interface SurveyProgress {
  /** The latest version of the survey: what a new response answers. */
  readonly definition: SurveyDefinition;
  /**
   * The highest round any partner has started that follows on from the earlier ones
   * (`lastFollowingRound`), so a partner who has not yet joined a next round that another started
   * sees it as not started.
   */
  readonly round: number;
  readonly state: 'not-started' | 'in-progress' | 'completed';
  /** The partner's response in that round: the one to resume or amend. */
  readonly response: Response | undefined;
}

/**
 * Per survey, where this partner stands. Rounds are the region's: merged bundles bring the rounds
 * other partners started. A partner with more than one response in a round (two devices) resumes
 * the latest one.
 */
export function ownProgress(definitions: readonly SurveyDefinition[], records: readonly RegionRecord[], origin: string): SurveyProgress[] {
  const responses = records.filter((record): record is Response => record.type === 'surveyResponse' && isLive(record));
  return latestVersions(definitions).map((definition) => {
    const id = definition.header.id;
    const ofSurvey = responses.filter((response) => response.body.survey.id === id);
    const round = lastFollowingRound(ofSurvey.map((response) => ({ round: roundOf(response), completed: response.body.status === 'completed' })));
    const own = ofSurvey.filter((response) => response.origin === origin);
    const response = latestOf(own.filter((r) => roundOf(r) === round));
    const state = response === undefined ? 'not-started' : response.body.status === 'completed' ? 'completed' : 'in-progress';
    return { definition, round, state, response };
  });
}

/** The completed responses of every partner in one round of a survey: the group the Delphi feedback shows. */
export function roundResponses(records: readonly RegionRecord[], surveyId: string, round: number): Response[] {
  return records.filter(
    (record): record is Response =>
      record.type === 'surveyResponse' &&
      isLive(record) &&
      record.body.survey.id === surveyId &&
      roundOf(record) === round &&
      record.body.status === 'completed',
  );
}

/** The newest version of each survey id, in id order. */
export function latestVersions(definitions: readonly SurveyDefinition[]): SurveyDefinition[] {
  const byId = new Map<string, SurveyDefinition>();
  for (const definition of definitions) {
    const known = byId.get(definition.header.id);
    if (known === undefined || definition.header.version > known.header.version) byId.set(definition.header.id, definition);
  }
  return [...byId.values()].sort((a, b) => compareText(a.header.id, b.header.id));
}

/** The latest of some responses: the one a partner's later saves replaced the others with. */
export function latestOf(responses: readonly Response[]): Response | undefined {
  return responses.reduce<Response | undefined>((best, response) => (best === undefined || isLater(response, best) ? response : best), undefined);
}

/** What the survey page opens for a partner. */
export type Opening =
  | { readonly kind: 'new'; readonly round: number }
  | { readonly kind: 'resume' | 'amend'; readonly round: number; readonly response: Response }
  /** A next round asked for before the partner completed this one, or a round that does not exist. */
  | { readonly kind: 'refused'; readonly reason: 'finish-current-round' | 'no-such-round' };

/**
 * The response to open: the partner's own in the current round (to resume, or to amend when
 * completed), a new one, or, when asked and the current round is completed, a new one in the next
 * round. Earlier rounds are closed: their answers are the feedback of the next.
 */
export function openingFor(progress: SurveyProgress, requestedRound: number | undefined): Opening {
  const round = requestedRound ?? progress.round;
  if (round === progress.round) {
    if (progress.response === undefined) return { kind: 'new', round };
    return { kind: progress.state === 'completed' ? 'amend' : 'resume', round, response: progress.response };
  }
  if (round !== progress.round + 1) return { kind: 'refused', reason: 'no-such-round' };
  return progress.state === 'completed' ? { kind: 'new', round } : { kind: 'refused', reason: 'finish-current-round' };
}
