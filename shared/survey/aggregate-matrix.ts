import { type Answer, type DomainPart, isNoAnswer, type Misfit, type Respondent, splitByDomain } from './answers.ts';
import { type RatingStats, ratingStats, readRating } from './aggregate-rating.ts';
import type { Label } from './label.ts';
import type { MatrixQuestion, Scale } from './questions.ts';
import { type ChoiceValue, isRecord } from './survey-json.ts';

export interface MatrixRowStats extends RatingStats {
  /** Answers in a column outside the scale ("weet ik niet"): counted, not part of the figures. */
  readonly offScale: readonly { readonly value: ChoiceValue; readonly label: Label; readonly count: number }[];
}

export interface MatrixRowAggregate {
  readonly row: ChoiceValue;
  readonly label: Label;
  readonly overall: MatrixRowStats;
  readonly byDomain: readonly DomainPart<MatrixRowStats>[];
}

export interface MatrixAggregate {
  readonly kind: 'matrix';
  readonly question: string;
  readonly title: Label;
  readonly scale: Scale;
  readonly rows: readonly MatrixRowAggregate[];
  readonly misfits: readonly Misfit[];
}

/** One cell: a point on the scale, or one of the columns beside it. */
export interface MatrixCell {
  readonly respondent: Respondent;
  readonly row: ChoiceValue;
  readonly value: ChoiceValue;
  readonly onScale: boolean;
}

/**
 * Reads the cells of one matrix answer. Each row is a statement of its own, so one cell that does
 * not fit is flagged while the other rows of the same answer still count.
 */
export function readMatrix(question: MatrixQuestion, answer: Answer): { cells: MatrixCell[]; misfits: Misfit[] } {
  const { respondent, value } = answer;
  const cells: MatrixCell[] = [];
  const misfits: Misfit[] = [];
  if (isNoAnswer(value)) return { cells, misfits };
  if (!isRecord(value)) return { cells, misfits: [{ respondent, question: question.name, value, reason: 'wrong-type' }] };
  for (const [key, cell] of Object.entries(value)) {
    const row = question.rows.find((candidate) => String(candidate.value) === key);
    const misfit = (reason: Misfit['reason']): Misfit => ({ respondent, question: question.name, row: key, value: cell, reason });
    if (!row) {
      misfits.push(misfit('unknown-row'));
      continue;
    }
    if (isNoAnswer(cell)) continue;
    const column = question.offScale.find((candidate) => candidate.value === cell);
    if (column) {
      cells.push({ respondent, row: row.value, value: column.value, onScale: false });
      continue;
    }
    const read = readRating(cell, question.scale);
    if ('reason' in read) misfits.push(misfit(typeof cell === 'string' ? 'unknown-choice' : read.reason));
    else cells.push({ respondent, row: row.value, value: read.value, onScale: true });
  }
  return { cells, misfits };
}

export function matrixRowStats(question: MatrixQuestion, cells: readonly MatrixCell[]): MatrixRowStats {
  const onScale = cells.flatMap((cell) => (cell.onScale && typeof cell.value === 'number' ? [cell.value] : []));
  return {
    ...ratingStats(onScale, question.scale),
    offScale: question.offScale.map((column) => ({ ...column, count: cells.filter((cell) => !cell.onScale && cell.value === column.value).length })),
  };
}

export function aggregateMatrix(question: MatrixQuestion, answers: readonly Answer[]): MatrixAggregate {
  const read = answers.map((answer) => readMatrix(question, answer));
  const cells = read.flatMap((r) => r.cells);
  const stats = (part: readonly MatrixCell[]) => matrixRowStats(question, part);
  return {
    kind: 'matrix',
    question: question.name,
    title: question.title,
    scale: question.scale,
    rows: question.rows.map((row) => {
      const ofRow = cells.filter((cell) => cell.row === row.value);
      return { row: row.value, label: row.label, overall: stats(ofRow), byDomain: splitByDomain(ofRow, stats) };
    }),
    misfits: read.flatMap((r) => r.misfits),
  };
}
