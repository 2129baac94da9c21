import { LIMITS } from '../limits.ts';
import type { JsonValue } from '../schema/json-value.ts';
import { type IssueSurvivors, issueSurvivors } from '../records/issue-survivors.ts';
import { readRegionSettings } from '../records/published-settings.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import type { OfferedIssues } from '../schema/survey-response.ts';
import type { SurveyDefinition, SurveyJson } from './definition.ts';
import { CHOICES_FROM_ISSUES } from './questions.ts';
import { isRecord } from './survey-json.ts';
import { inertText } from './inert-text.ts';

/** An issue of the local regiobeeld as a choice: its record id is the stored answer. */
export interface IssueChoice {
  readonly id: string;
  readonly title: string;
}

/** The live issues among the records that were not merged into another, as the choices of the questions that take them. */
export function issueChoices(records: readonly RegionRecord[], survivors: IssueSurvivors = issueSurvivors(records)): IssueChoice[] {
  return records.flatMap((record) =>
    record.type === 'issue' && isLive(record) && survivors.survivorOf(record.id) === record.id ? [{ id: record.id, title: record.body.title }] : [],
  );
}

/**
 * The issues the survey offers: the region's shared list when the coordinator published one (in
 * its order), so every partner ranks the same list; else every standing issue here.
 */
export function surveyIssueChoices(records: readonly RegionRecord[], survivors: IssueSurvivors = issueSurvivors(records)): IssueChoice[] {
  const all = issueChoices(records, survivors);
  const shared = readRegionSettings(records, survivors).published?.issueIds ?? [];
  if (shared.length === 0) return all;
  const byId = new Map(all.map((issue) => [issue.id, issue]));
  return shared.flatMap((id) => byId.get(id) ?? []);
}

/**
 * What each question that takes the issues offers, stored with the response so that an issue the
 * respondent never saw counts as not seen rather than as a zero. Without issues such a question
 * offers its static choices, and nothing is said; nor beyond `LIMITS.offeredIssues`.
 */
export function offeredIssues(definition: Pick<SurveyDefinition, 'questions'>, issues: readonly IssueChoice[]): OfferedIssues[] {
  const issueIds = [...new Set(issues.map((issue) => issue.id))];
  // Beyond the bound a response would be refused on saving; saying nothing counts every issue as offered.
  if (issueIds.length === 0 || issueIds.length > LIMITS.offeredIssues) return [];
  return definition.questions.flatMap((question) =>
    (question.kind === 'ranking' || question.kind === 'choice') && question.choicesFromIssues ? [{ question: question.name, issueIds }] : [],
  );
}

/**
 * The SurveyJS JSON to show, with the local issues as the choices of every question that asks for
 * them. The answer stores the issue id, so a renamed issue keeps its votes. With no issues the
 * definition's own choices stay, so a partner can answer before making any issue.
 */
export function withIssueChoices(definition: Pick<SurveyDefinition, 'survey'>, issues: readonly IssueChoice[]): SurveyJson {
  const unique = issues.filter((issue, index) => issues.findIndex((other) => other.id === issue.id) === index);
  return fill(definition.survey, unique);
}

function fill(survey: { readonly [key: string]: JsonValue }, issues: readonly IssueChoice[]): SurveyJson {
  const out: SurveyJson = {};
  for (const [key, value] of Object.entries(survey)) out[key] = fillValue(value, issues);
  if (survey[CHOICES_FROM_ISSUES] === true && issues.length > 0) out['choices'] = issues.map((issue) => ({ value: issue.id, text: inertText(issue.title) }));
  return out;
}

function fillValue(value: JsonValue, choices: readonly IssueChoice[]): JsonValue {
  if (Array.isArray(value)) return value.map((item) => fillValue(item, choices));
  return isRecord(value) ? fill(value, choices) : value;
}
