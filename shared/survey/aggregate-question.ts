import type { Answer } from './answers.ts';
import { aggregateChoice, type ChoiceAggregate } from './aggregate-choice.ts';
import { aggregateMatrix, type MatrixAggregate } from './aggregate-matrix.ts';
import { aggregateRanking, type RankingAggregate } from './aggregate-ranking.ts';
import { aggregateRating, type RatingAggregate } from './aggregate-rating.ts';
import { aggregateText, type TextAggregate } from './aggregate-text.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import type { QuestionInfo } from './questions.ts';

export type QuestionAggregate = RatingAggregate | RankingAggregate | ChoiceAggregate | MatrixAggregate | TextAggregate;

/** `issues`: the issues of the regiobeeld, for questions that take them as choices. */
export function aggregateQuestion(question: QuestionInfo, answers: readonly Answer[], issues: readonly IssueChoice[] | undefined): QuestionAggregate {
  switch (question.kind) {
    case 'rating':
      return aggregateRating(question, answers);
    case 'ranking':
      return aggregateRanking(question, answers, issues);
    case 'choice':
      return aggregateChoice(question, answers, issues);
    case 'matrix':
      return aggregateMatrix(question, answers);
    case 'text':
      return aggregateText(question, answers);
  }
}
