import { compareText } from '../canonical/compare-text.ts';
import type { RegionRecord } from '../schema/record.ts';
import type { SurveyResponseBody } from '../schema/survey-response.ts';
import { type Answer, DOMAIN_KEYS, type DomainKey, type Misfit, type Respondent, storedAnswer } from './answers.ts';
import { aggregateQuestion, type QuestionAggregate } from './aggregate-question.ts';
import type { SurveyDefinition } from './definition.ts';
import { type TalkingPoint, type TalkingPointOptions, talkingPoints } from './domain-differences.ts';
import { type IssueSurvivors, issueSurvivors } from '../records/issue-survivors.ts';
import { type IssueChoice, issueChoices } from './dynamic-choices.ts';
import { answersForSurvivors } from './merged-issue-answers.ts';
import type { Label } from './label.ts';
import { COMMENT_SUFFIX, type QuestionInfo } from './questions.ts';
import { reasonKey, takesReason } from './round-reasons.ts';
import { type CountedResponse, type ResponseRef, sortResponses, type UnmatchedResponse } from './responses.ts';
import { mapQuestion, type MappingVerdict } from './version-mapping.ts';

/** A question of the latest version, with the versions whose answers it counts. */
export type QuestionResult = QuestionAggregate & { readonly versions: readonly number[] };

/** A question of an earlier version whose answers cannot be counted with the latest version. */
export interface EarlierQuestionResult {
  readonly version: number;
  readonly reason: Exclude<MappingVerdict, { mapped: true }>['reason'];
  readonly aggregate: QuestionAggregate;
}

/** What happened to the answers given to one version. */
export interface VersionNote {
  readonly version: number;
  readonly responses: number;
  /** Questions counted together with the latest version (same name, read the same way). */
  readonly mapped: readonly string[];
  /** Questions aggregated on their own, and why. */
  readonly separate: readonly { readonly question: string; readonly reason: EarlierQuestionResult['reason'] }[];
}

export interface SurveyAggregate {
  readonly surveyId: string;
  /** The Delphi round, or null for responses given outside rounds. */
  readonly round: number | null;
  /** The latest loaded version: its questions lead. */
  readonly version: number;
  readonly title: Label;
  readonly respondents: number;
  readonly respondentsByDomain: readonly { readonly domain: DomainKey; readonly count: number }[];
  readonly versions: readonly VersionNote[];
  readonly questions: readonly QuestionResult[];
  readonly earlierQuestions: readonly EarlierQuestionResult[];
  /** Answers under a name the answered version has no question for. */
  readonly unknownAnswers: readonly Misfit[];
  readonly talkingPoints: readonly TalkingPoint[];
}

export interface SurveysReport {
  readonly surveys: readonly SurveyAggregate[];
  readonly unmatched: readonly UnmatchedResponse[];
  readonly superseded: readonly ResponseRef[];
  readonly notCompleted: readonly ResponseRef[];
  /** Completed responses in a round that does not follow on from the survey's earlier rounds: left out of the figures. */
  readonly outOfRound: readonly ResponseRef[];
}

/**
 * Aggregates every completed survey response among the records (a merged regiobeeld, or one
 * installation's own), per survey and Delphi round. Partner records give each answer its domain;
 * issue records give the choices of questions that take the issues, and an answer naming a merged
 * issue counts for the issue it was merged into.
 */
export function aggregateSurveys(
  definitions: readonly SurveyDefinition[],
  records: readonly RegionRecord[],
  options: TalkingPointOptions = {},
  survivors: IssueSurvivors = issueSurvivors(records),
): SurveysReport {
  const sorted = sortResponses(definitions, records);
  const issues = issueChoices(records, survivors);
  const groups = new Map<string, CountedResponse[]>();
  for (const response of sorted.counted) {
    const key = `${response.definition.header.id}\u0000${response.record.body.round ?? 0}`;
    const group = groups.get(key) ?? [];
    group.push(response);
    groups.set(key, group);
  }
  const surveys = [...groups.values()].map((responses) => aggregateGroup(definitions, responses, issues, survivors, options));
  surveys.sort((a, b) => compareText(a.surveyId, b.surveyId) || (a.round ?? 0) - (b.round ?? 0));
  return { surveys, unmatched: sorted.unmatched, superseded: sorted.superseded, notCompleted: sorted.notCompleted, outOfRound: sorted.outOfRound };
}

function aggregateGroup(
  definitions: readonly SurveyDefinition[],
  responses: readonly CountedResponse[],
  issues: readonly IssueChoice[],
  survivors: IssueSurvivors,
  options: TalkingPointOptions,
): SurveyAggregate {
  const first = responses[0];
  if (!first) throw new RangeError('a survey group has at least one response');
  const surveyId = first.definition.header.id;
  const latest = definitions.filter((d) => d.header.id === surveyId).reduce((a, b) => (b.header.version > a.header.version ? b : a));
  const answersTo = (question: QuestionInfo, of: readonly CountedResponse[]): readonly Answer[] =>
    answersForSurvivors(
      question,
      of.map(({ record, respondent }) => {
        const other = storedAnswer(record.body.answers, `${question.name}${COMMENT_SUFFIX}`);
        const offered = record.body.offered?.find((entry) => entry.question === question.name)?.issueIds;
        return {
          respondent,
          value: storedAnswer(record.body.answers, question.name),
          otherText: typeof other === 'string' ? other : null,
          ...(offered === undefined ? {} : { offered }),
        };
      }),
      survivors.survivorOf,
    );

  const byVersion = new Map<number, CountedResponse[]>();
  for (const response of responses) {
    const group = byVersion.get(response.respondent.version) ?? [];
    group.push(response);
    byVersion.set(response.respondent.version, group);
  }
  const versions = [...byVersion.keys()].sort((a, b) => a - b);
  const questionsOf = (version: number): readonly QuestionInfo[] => byVersion.get(version)?.[0]?.definition.questions ?? [];
  const verdict = (question: QuestionInfo): MappingVerdict =>
    mapQuestion(
      question,
      latest.questions.find((q) => q.name === question.name),
    );

  const questions: QuestionResult[] = latest.questions.map((question) => {
    const counted = versions.filter((version) => questionsOf(version).some((q) => q.name === question.name && verdict(q).mapped));
    const of = counted.flatMap((version) => byVersion.get(version) ?? []);
    return { ...aggregateQuestion(question, answersTo(question, of), issues), versions: counted };
  });

  const earlierQuestions: EarlierQuestionResult[] = [];
  const notes: VersionNote[] = versions.map((version) => {
    const of = byVersion.get(version) ?? [];
    const mapped: string[] = [];
    const separate: { question: string; reason: EarlierQuestionResult['reason'] }[] = [];
    if (version !== latest.header.version) {
      for (const question of questionsOf(version)) {
        const outcome = verdict(question);
        if (outcome.mapped) {
          mapped.push(question.name);
          continue;
        }
        separate.push({ question: question.name, reason: outcome.reason });
        earlierQuestions.push({ version, reason: outcome.reason, aggregate: aggregateQuestion(question, answersTo(question, of), issues) });
      }
    }
    return { version, responses: of.length, mapped, separate };
  });

  return {
    surveyId,
    round: first.record.body.round ?? null,
    version: latest.header.version,
    title: latest.header.title,
    respondents: responses.length,
    respondentsByDomain: DOMAIN_KEYS.flatMap((domain) => {
      const count = responses.filter((r) => r.respondent.domain === domain).length;
      return count > 0 ? [{ domain, count }] : [];
    }),
    versions: notes,
    questions,
    earlierQuestions,
    unknownAnswers: responses.flatMap(({ record, respondent, definition }) => unknownAnswers(definition.questions, record.body.answers, respondent)),
    talkingPoints: talkingPoints(questions, options),
  };
}

function unknownAnswers(questions: readonly QuestionInfo[], answers: SurveyResponseBody['answers'], respondent: Respondent): Misfit[] {
  // Beside a choice's "Other" text, a next round's reason lives under the same "-Comment" key.
  const known = new Set(questions.flatMap((q) => ((q.kind === 'choice' && q.hasOther) || takesReason(q) ? [q.name, reasonKey(q.name)] : [q.name])));
  return Object.entries(answers)
    .filter(([name]) => !known.has(name))
    .map(([name, value]) => ({ respondent, question: name, value, reason: 'unknown-question' }));
}
