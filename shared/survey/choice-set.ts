import { compareText } from '../canonical/compare-text.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import type { Label } from './label.ts';
import { type Choice, type ChoiceQuestion, NONE_VALUE, OTHER_VALUE, type RankingQuestion } from './questions.ts';
import { type ChoiceValue, isChoiceValue } from './survey-json.ts';

/** The choices a question has in a given regiobeeld, and which stored values fit it. */
export interface ChoiceSet {
  /** What a partner is shown now: the issues when the question takes them, else the static choices. */
  readonly offered: readonly Choice[];
  accepts(value: ChoiceValue): boolean;
  label(value: ChoiceValue): Label;
}

/**
 * For a question that takes the issues as choices, both the issue ids and the static choices fit:
 * a partner without issues answered with the static ones. When the issues are not known (Delphi
 * feedback inside one installation), any value fits, since it was an issue there.
 */
export function choiceSet(question: RankingQuestion | ChoiceQuestion, issues: readonly IssueChoice[] | undefined): ChoiceSet {
  const fromIssues = question.choicesFromIssues ? (issues ?? null) : [];
  const issueChoices: Choice[] = (fromIssues ?? []).map((issue) => ({ value: issue.id, label: { nl: issue.title, en: issue.title } }));
  const known = [...question.choices, ...issueChoices];
  const builtIn = question.choices.filter((choice) => choice.value === OTHER_VALUE || choice.value === NONE_VALUE);
  const offered = issueChoices.length > 0 ? [...issueChoices, ...builtIn] : question.choices;
  return {
    offered,
    accepts: (value) => (fromIssues === null ? isChoiceValue(value) : known.some((choice) => choice.value === value)),
    label: (value) => known.find((choice) => choice.value === value)?.label ?? { nl: String(value), en: String(value) },
  };
}

/** The offered choices, then any other fitting value that was given, in a fixed order. */
export function listedChoices(set: ChoiceSet, given: Iterable<ChoiceValue>): Choice[] {
  const extra = [...new Set(given)].filter((value) => !set.offered.some((choice) => choice.value === value));
  extra.sort((a, b) => compareText(String(a), String(b)));
  return [...set.offered, ...extra.map((value) => ({ value, label: set.label(value) }))];
}
