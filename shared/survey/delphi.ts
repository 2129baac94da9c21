import type { LiveRecord } from '../schema/record.ts';
import { type Answer, type Misfit, type Respondent, storedAnswer } from './answers.ts';
import { matrixRowStats, readMatrix } from './aggregate-matrix.ts';
import { readRanking } from './aggregate-ranking.ts';
import { ratingStats, readRating } from './aggregate-rating.ts';
import { choiceSet, listedChoices } from './choice-set.ts';
import type { SurveyDefinition } from './definition.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import type { QuestionInfo } from './questions.ts';
import type { ChoiceValue } from './survey-json.ts';
import { spread } from './quantiles.ts';
import { readAnswers } from './read-answers.ts';
import { isLater } from './responses.ts';
import { answersForSurvivors } from './merged-issue-answers.ts';
import { type RoundReasons, roundReasons } from './round-reasons.ts';

/** What the next round shows beside a rating, a matrix row or a choice of a ranking. */
export interface DelphiItem {
  readonly question: string;
  readonly kind: 'rating' | 'matrix-row' | 'ranking-choice';
  /** The matrix row or the ranked choice. */
  readonly item?: ChoiceValue;
  readonly n: number;
  /** For a ranking: of the positions given to the choice (1 = first). */
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly iqr: number | null;
  /** Rating and matrix rows only; null below two answers. */
  readonly consensus: boolean | null;
  /** The partner's own answer in the previous round: its rating, or the position it gave the choice. */
  readonly own: number | null;
}

export interface DelphiFeedback {
  readonly surveyId: string;
  /** Partners whose previous-round answers are in the figures. */
  readonly respondents: number;
  readonly items: readonly DelphiItem[];
  /** Previous answers that do not fit the question as it is now: left out of the figures. */
  readonly misfits: readonly Misfit[];
  /** The reasons partners gave beside their answers, per question, anonymised. */
  readonly reasons: readonly RoundReasons[];
}

type Response = LiveRecord<'surveyResponse'>;

/**
 * Group figures of the previous round for the next one. Answers are read by question name against
 * the definition of this round, so a question kept under its name carries its figures over; an
 * answer that no longer fits is listed in `misfits`, not counted. One voice per partner: its latest
 * completed response.
 */
export function delphiFeedback(
  definition: SurveyDefinition,
  previousRound: readonly Response[],
  ownPrevious: Response | undefined,
  issues?: readonly IssueChoice[],
  survivorOf: (id: string) => string = (id) => id,
): DelphiFeedback {
  const latest = new Map<string, Response>();
  for (const response of previousRound) {
    if (response.body.survey.id !== definition.header.id || response.body.status !== 'completed') continue;
    const current = latest.get(response.origin);
    if (!current || isLater(response, current)) latest.set(response.origin, response);
  }
  const responses = [...latest.values()];
  const misfits: Misfit[] = [];
  const items = definition.questions.flatMap((question) => itemsOf(question, responses, ownPrevious, issues, misfits, survivorOf));
  return { surveyId: definition.header.id, respondents: responses.length, items, misfits, reasons: roundReasons(definition.questions, responses) };
}

/** The answer to `question`, an issue merged away read as the issue it counts for (`answersForSurvivors`). */
export function answerOf(response: Response, question: QuestionInfo, survivorOf: (id: string) => string): Answer {
  const name = question.name;
  const respondent: Respondent = {
    responseId: response.id,
    partnerId: response.origin,
    organisation: null,
    domain: 'unknown',
    version: response.body.survey.version,
  };
  const [answer] = answersForSurvivors(question, [{ respondent, value: storedAnswer(response.body.answers, name), otherText: null }], survivorOf);
  return answer ?? { respondent, value: null, otherText: null };
}

function itemsOf(
  question: QuestionInfo,
  responses: readonly Response[],
  own: Response | undefined,
  issues: readonly IssueChoice[] | undefined,
  misfits: Misfit[],
  survivorOf: (id: string) => string,
): DelphiItem[] {
  const base = { question: question.name };
  switch (question.kind) {
    case 'rating': {
      const read = readAnswers(
        responses.map((r) => answerOf(r, question, survivorOf)),
        question.name,
        (value) => readRating(value, question.scale),
      );
      misfits.push(...read.misfits);
      const values = read.fitting.map((fit) => fit.read.value);
      const ownRead = own ? readRating(answerOf(own, question, survivorOf).value, question.scale) : undefined;
      const { n, median, q1, q3, iqr, consensus } = ratingStats(values, question.scale);
      return [{ ...base, kind: 'rating', n, median, q1, q3, iqr, consensus, own: ownRead && 'value' in ownRead ? ownRead.value : null }];
    }
    case 'matrix': {
      const read = responses.map((r) => readMatrix(question, answerOf(r, question, survivorOf)));
      misfits.push(...read.flatMap((r) => r.misfits));
      const cells = read.flatMap((r) => r.cells);
      const ownCells = own ? readMatrix(question, answerOf(own, question, survivorOf)).cells : [];
      return question.rows.map((row) => {
        const { n, median, q1, q3, iqr, consensus } = matrixRowStats(
          question,
          cells.filter((cell) => cell.row === row.value),
        );
        const ownCell = ownCells.find((cell) => cell.row === row.value && cell.onScale);
        return {
          ...base,
          kind: 'matrix-row',
          item: row.value,
          n,
          median,
          q1,
          q3,
          iqr,
          consensus,
          own: typeof ownCell?.value === 'number' ? ownCell.value : null,
        };
      });
    }
    case 'ranking': {
      const choices = choiceSet(question, issues);
      const read = readAnswers(
        responses.map((r) => answerOf(r, question, survivorOf)),
        question.name,
        (value) => readRanking(value, choices),
      );
      misfits.push(...read.misfits);
      const orders: (readonly ChoiceValue[])[] = read.fitting.map((fit) => fit.read.order);
      const ownRead = own ? readRanking(answerOf(own, question, survivorOf).value, choices) : undefined;
      const ownOrder = ownRead && 'order' in ownRead ? ownRead.order : [];
      return listedChoices(choices, orders.flat()).map((choice) => {
        const positions = orders.flatMap((order) => (order.includes(choice.value) ? [order.indexOf(choice.value) + 1] : []));
        const figures = spread(positions);
        const ownIndex = ownOrder.indexOf(choice.value);
        return {
          ...base,
          kind: 'ranking-choice',
          item: choice.value,
          n: positions.length,
          median: figures?.median ?? null,
          q1: figures?.q1 ?? null,
          q3: figures?.q3 ?? null,
          iqr: figures?.iqr ?? null,
          consensus: null,
          own: ownIndex < 0 ? null : ownIndex + 1,
        };
      });
    }
    case 'choice':
    case 'text':
      return [];
  }
}
