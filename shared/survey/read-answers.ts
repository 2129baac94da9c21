import type { JsonValue } from '../schema/json-value.ts';
import { type Answer, isNoAnswer, type Misfit, type MisfitReason } from './answers.ts';

/** What reading one answer gives: what it means, or why it does not fit its question. */
export type Reading<R> = R | { readonly reason: MisfitReason };

/** An answer that fits, with what it was read as. */
export interface Fitting<R> {
  readonly answer: Answer;
  readonly read: R;
}

/**
 * Reads every given answer of one question; a skipped one is neither counted nor a misfit, and
 * one that does not fit is kept as a misfit rather than dropped, in the order of the answers.
 */
export function readAnswers<R extends object>(
  answers: readonly Answer[],
  question: string,
  read: (value: JsonValue) => Reading<R>,
): { fitting: Fitting<R>[]; misfits: Misfit[] } {
  const fitting: Fitting<R>[] = [];
  const misfits: Misfit[] = [];
  for (const answer of answers) {
    if (isNoAnswer(answer.value)) continue;
    const reading = read(answer.value);
    if ('reason' in reading) misfits.push({ respondent: answer.respondent, question, value: answer.value, reason: reading.reason });
    else fitting.push({ answer, read: reading });
  }
  return { fitting, misfits };
}
