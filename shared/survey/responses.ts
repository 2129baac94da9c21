import { compareText } from '../canonical/compare-text.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import type { SurveyDefinitionRef } from '../schema/survey-response.ts';
import type { Respondent } from './answers.ts';
import { definitionRef, type SurveyDefinition } from './definition.ts';
import { lastFollowingRound, type RoundMark } from './region-rounds.ts';

export interface ResponseRef {
  readonly responseId: string;
  readonly partnerId: string;
  readonly survey: SurveyDefinitionRef;
  readonly round: number | null;
}

/** A response no loaded definition fits: kept and reported, so nobody's answers vanish unseen. */
export interface UnmatchedResponse extends ResponseRef {
  readonly reason: 'unknown-survey' | 'unknown-version' | 'changed-content';
}

export interface CountedResponse {
  readonly record: LiveRecord<'surveyResponse'>;
  readonly definition: SurveyDefinition;
  readonly respondent: Respondent;
}

export interface SortedResponses {
  /** One per partner, survey and round: the latest. */
  readonly counted: readonly CountedResponse[];
  readonly unmatched: readonly UnmatchedResponse[];
  /** Earlier responses of a partner to the same survey and round, replaced by a later one. */
  readonly superseded: readonly ResponseRef[];
  readonly notCompleted: readonly ResponseRef[];
  /** Responses in a round that does not follow on from the survey's earlier rounds (`lastFollowingRound`). */
  readonly outOfRound: readonly ResponseRef[];
}

/**
 * Sorts the survey responses among the records. A partner is one voice: when it answered the same
 * survey (in any version) in the same round more than once, its latest response counts.
 */
export function sortResponses(definitions: readonly SurveyDefinition[], records: readonly RegionRecord[]): SortedResponses {
  const partners = new Map<string, { organisation: string; domain: Respondent['domain'] }>();
  // The coordinator speaks for no domain: what it answered counts under "unknown".
  for (const record of records)
    if (record.type === 'partner' && isLive(record))
      partners.set(record.id, { organisation: record.body.organisation, domain: record.body.domain ?? 'unknown' });

  const unmatched: UnmatchedResponse[] = [];
  const notCompleted: ResponseRef[] = [];
  const latest = new Map<string, CountedResponse>();
  const superseded: ResponseRef[] = [];
  const refs = new Map(definitions.map((definition) => [definition, definitionRef(definition)]));

  for (const record of records) {
    if (record.type !== 'surveyResponse' || !isLive(record)) continue;
    const { survey, round, status } = record.body;
    const ref: ResponseRef = { responseId: record.id, partnerId: record.origin, survey, round: round ?? null };
    if (status !== 'completed') {
      notCompleted.push(ref);
      continue;
    }
    const sameId = definitions.filter((d) => d.header.id === survey.id);
    const definition = sameId.find((d) => d.header.version === survey.version);
    if (!definition) {
      unmatched.push({ ...ref, reason: sameId.length === 0 ? 'unknown-survey' : 'unknown-version' });
      continue;
    }
    if (refs.get(definition)?.hash !== survey.hash) {
      unmatched.push({ ...ref, reason: 'changed-content' });
      continue;
    }
    const partner = partners.get(record.origin);
    const respondent: Respondent = {
      responseId: record.id,
      partnerId: record.origin,
      organisation: partner?.organisation ?? null,
      domain: partner?.domain ?? 'unknown',
      version: survey.version,
    };
    const key = `${record.origin}\u0000${survey.id}\u0000${ref.round ?? ''}`;
    const current = latest.get(key);
    const candidate = { record, definition, respondent };
    if (!current) latest.set(key, candidate);
    else {
      const [winner, loser] = isLater(record, current.record) ? [candidate, current] : [current, candidate];
      latest.set(key, winner);
      superseded.push(refOf(loser.record));
    }
  }
  const marks = new Map<string, RoundMark[]>();
  for (const response of latest.values()) {
    const ofSurvey = marks.get(response.definition.header.id) ?? [];
    ofSurvey.push({ round: response.record.body.round ?? 1, completed: true });
    marks.set(response.definition.header.id, ofSurvey);
  }
  const lastRounds = new Map([...marks].map(([surveyId, ofSurvey]) => [surveyId, lastFollowingRound(ofSurvey)]));
  const outOfRound: ResponseRef[] = [];
  const inRound: CountedResponse[] = [];
  for (const response of latest.values()) {
    if ((response.record.body.round ?? 1) > (lastRounds.get(response.definition.header.id) ?? 1)) outOfRound.push(refOf(response.record));
    else inRound.push(response);
  }
  // Sorted by id, so the same records in any order give the same report.
  const byId = (a: { responseId: string }, b: { responseId: string }) => compareText(a.responseId, b.responseId);
  const counted = inRound.sort((a, b) => compareText(a.record.id, b.record.id));
  return {
    counted,
    unmatched: unmatched.sort(byId),
    superseded: superseded.sort(byId),
    notCompleted: notCompleted.sort(byId),
    outOfRound: outOfRound.sort(byId),
  };
}

/** By the record's clock: one partner's responses come from one installation, whose clock only moves on. */
export function isLater(a: LiveRecord<'surveyResponse'>, b: LiveRecord<'surveyResponse'>): boolean {
  return (compareText(a.updatedAt, b.updatedAt) || compareText(a.id, b.id)) > 0;
}

function refOf(record: LiveRecord<'surveyResponse'>): ResponseRef {
  return { responseId: record.id, partnerId: record.origin, survey: record.body.survey, round: record.body.round ?? null };
}
