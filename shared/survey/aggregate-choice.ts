import type { JsonValue } from '../schema/json-value.ts';
import { type Answer, type DomainPart, type Misfit, type Respondent, splitByDomain } from './answers.ts';
import { type ChoiceSet, choiceSet, listedChoices } from './choice-set.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import type { Label } from './label.ts';
import { type ChoiceQuestion, OTHER_VALUE } from './questions.ts';
import { type ChoiceValue, isChoiceValue } from './survey-json.ts';
import { type TextEntry, textEntry } from './aggregate-text.ts';
import { type Reading, readAnswers } from './read-answers.ts';

export interface ChoiceCount {
  readonly value: ChoiceValue;
  readonly label: Label;
  readonly count: number;
  /** Of the respondents who answered; with several choices per answer the shares add up to more than 1. */
  readonly share: number | null;
}

export interface ChoiceStats {
  readonly respondents: number;
  readonly choices: readonly ChoiceCount[];
}

export interface ChoiceAggregate {
  readonly kind: 'choice';
  readonly question: string;
  readonly title: Label;
  readonly multiple: boolean;
  readonly overall: ChoiceStats;
  readonly byDomain: readonly DomainPart<ChoiceStats>[];
  /** What respondents wrote beside "Other". */
  readonly otherTexts: readonly TextEntry[];
  readonly misfits: readonly Misfit[];
}

export interface ChoiceEntry {
  readonly respondent: Respondent;
  readonly values: readonly ChoiceValue[];
}

export function readChoice(value: JsonValue, question: Pick<ChoiceQuestion, 'multiple'>, choices: ChoiceSet): Reading<{ readonly values: ChoiceValue[] }> {
  const values = question.multiple ? value : [value];
  if (!Array.isArray(values) || !values.every(isChoiceValue)) return { reason: 'wrong-type' };
  if (new Set(values).size !== values.length) return { reason: 'duplicate-choice' };
  return values.every((item) => choices.accepts(item)) ? { values } : { reason: 'unknown-choice' };
}

export function choiceStats(entries: readonly ChoiceEntry[], choices: ChoiceSet): ChoiceStats {
  const respondents = entries.length;
  return {
    respondents,
    choices: listedChoices(
      choices,
      entries.flatMap((entry) => entry.values),
    ).map((choice) => {
      const count = entries.filter((entry) => entry.values.includes(choice.value)).length;
      return { ...choice, count, share: respondents > 0 ? count / respondents : null };
    }),
  };
}

export function aggregateChoice(question: ChoiceQuestion, answers: readonly Answer[], issues: readonly IssueChoice[] | undefined): ChoiceAggregate {
  const choices = choiceSet(question, issues);
  const { fitting, misfits } = readAnswers(answers, question.name, (value) => readChoice(value, question, choices));
  const entries: ChoiceEntry[] = fitting.map(({ answer, read }) => ({ respondent: answer.respondent, values: read.values }));
  const otherTexts: TextEntry[] = fitting.flatMap(({ answer: { respondent, otherText }, read }) =>
    question.hasOther && read.values.includes(OTHER_VALUE) && otherText !== null && otherText.trim() !== '' ? [textEntry(respondent, otherText)] : [],
  );
  const stats = (part: readonly ChoiceEntry[]) => choiceStats(part, choices);
  return {
    kind: 'choice',
    question: question.name,
    title: question.title,
    multiple: question.multiple,
    overall: stats(entries),
    byDomain: splitByDomain(entries, stats),
    otherTexts,
    misfits,
  };
}
