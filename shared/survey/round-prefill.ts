import type { JsonValue } from '../schema/json-value.ts';
import type { LiveRecord } from '../schema/record.ts';
import { isNoAnswer, storedAnswer } from './answers.ts';
import { readMatrix } from './aggregate-matrix.ts';
import { readRating } from './aggregate-rating.ts';
import { choiceSet } from './choice-set.ts';
import { answerOf } from './delphi.ts';
import type { SurveyDefinition } from './definition.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import { OTHER_VALUE, type QuestionInfo } from './questions.ts';
import { reasonKey, takesReason } from './round-reasons.ts';
import { type ChoiceValue, isChoiceValue } from './survey-json.ts';

type Response = LiveRecord<'surveyResponse'>;
type Answers = { [name: string]: JsonValue };

/**
 * The partner's own answers of the previous round as the starting point of the next, as Delphi
 * practice has it: the partner reconsiders them against the group's figures instead of starting
 * blank. Only what still fits the question as it is now is carried over: a rating on the scale, the
 * matrix rows that exist, and of a ranking or choice the options offered now (a merged issue read as
 * the issue it counts for), with the reason given beside it. What no longer fits is left empty,
 * never guessed.
 */
export function roundPrefill(
  definition: SurveyDefinition,
  ownPrevious: Response | undefined,
  issues: readonly IssueChoice[],
  survivorOf: (id: string) => string = (id) => id,
): Answers {
  const answers: Answers = {};
  if (ownPrevious === undefined || ownPrevious.body.survey.id !== definition.header.id) return answers;
  for (const question of definition.questions) {
    const value = carried(question, answerOf(ownPrevious, question, survivorOf), issues);
    // The same "-Comment" key holds a choice's "Other" text; SurveyJS refuses an "Other" without it.
    const chosenOther = question.kind === 'choice' && question.hasOther && [value].flat().includes(OTHER_VALUE);
    const comment = takesReason(question) || chosenOther ? storedAnswer(ownPrevious.body.answers, reasonKey(question.name)) : null;
    const hasComment = typeof comment === 'string' && !isNoAnswer(comment);
    const kept = chosenOther && !hasComment ? withoutOther(value) : value;
    if (kept !== undefined && !isNoAnswer(kept)) answers[question.name] = kept;
    if (hasComment) answers[reasonKey(question.name)] = comment;
  }
  return answers;
}

function withoutOther(chosen: JsonValue | undefined): JsonValue | undefined {
  const rest = Array.isArray(chosen) ? chosen.filter((item) => item !== OTHER_VALUE) : [];
  return rest.length > 0 ? rest : undefined;
}

function carried(question: QuestionInfo, answer: ReturnType<typeof answerOf>, issues: readonly IssueChoice[]): JsonValue | undefined {
  const { value } = answer;
  switch (question.kind) {
    case 'rating': {
      const read = readRating(value, question.scale);
      return 'value' in read ? read.value : undefined;
    }
    case 'matrix':
      return Object.fromEntries(readMatrix(question, answer).cells.map((cell) => [String(cell.row), cell.value]));
    case 'ranking':
    case 'choice': {
      const offered = choiceSet(question, issues).offered;
      const isOffered = (item: ChoiceValue) => offered.some((choice) => choice.value === item);
      const many = question.kind === 'ranking' || question.multiple;
      if (many) return Array.isArray(value) ? [...new Set(value.filter(isChoiceValue).filter(isOffered))] : undefined;
      return isChoiceValue(value) && isOffered(value) ? value : undefined;
    }
    case 'text':
      return typeof value === 'string' ? value : undefined;
  }
}
