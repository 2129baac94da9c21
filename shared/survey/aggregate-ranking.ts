import { compareText } from '../canonical/compare-text.ts';
import type { JsonValue } from '../schema/json-value.ts';
import { type Answer, type DomainPart, type Misfit, type Respondent, splitByDomain } from './answers.ts';
import { type ChoiceSet, choiceSet, listedChoices } from './choice-set.ts';
import type { IssueChoice } from './dynamic-choices.ts';
import type { Label } from './label.ts';
import { NONE_VALUE, OTHER_VALUE, type RankingQuestion } from './questions.ts';
import { type ChoiceValue, isChoiceValue } from './survey-json.ts';
import { mean, type Spread, spread } from './quantiles.ts';
import { type Reading, readAnswers } from './read-answers.ts';

export interface RankedChoice {
  readonly value: ChoiceValue;
  readonly label: Label;
  /** How many respondents ranked it at all. */
  readonly n: number;
  /**
   * How many could rank it: it was offered to them (or they ranked it), and those whose response
   * does not say what it offered. The rest never saw it: for them it is no zero.
   */
  readonly offeredTo: number;
  /** Mean position among those who ranked it (1 = first); null when nobody did. */
  readonly meanRank: number | null;
  /**
   * Median and quartiles of the positions among those who ranked it; null when nobody did. The
   * interquartile range tells broad agreement on its place from a split between first and last.
   */
  readonly rankSpread: Spread | null;
  /** Modified Borda count: in a ranking of k choices the first gets k points, the last 1, the rest 0. */
  readonly borda: number;
  /**
   * Points as a share of what the respondent could give (0–1), averaged over the respondents who
   * could rank it (`offeredTo`): comparable between groups of different size, where the Borda sum
   * is not; 0 when nobody could.
   */
  readonly score: number;
  /** 1 for the top; choices tied on Borda and mean rank share a place. */
  readonly place: number;
}

export interface RankingStats {
  readonly respondents: number;
  /** Best first. */
  readonly choices: readonly RankedChoice[];
}

export interface RankingAggregate {
  readonly kind: 'ranking';
  readonly question: string;
  readonly title: Label;
  readonly overall: RankingStats;
  readonly byDomain: readonly DomainPart<RankingStats>[];
  readonly misfits: readonly Misfit[];
}

export interface RankingEntry {
  readonly respondent: Respondent;
  /** The ranked values, first place first. */
  readonly order: readonly ChoiceValue[];
  /** What the question offered this respondent; absent when not known, and then everything counts as offered. */
  readonly offered?: ReadonlySet<ChoiceValue>;
}

/** A ranking is kept whole or not at all: without one of its choices the other positions would shift. */
export function readRanking(value: JsonValue, choices: ChoiceSet): Reading<{ readonly order: ChoiceValue[] }> {
  if (!Array.isArray(value) || !value.every(isChoiceValue)) return { reason: 'wrong-type' };
  if (new Set(value).size !== value.length) return { reason: 'duplicate-choice' };
  return value.every((item) => choices.accepts(item)) ? { order: value } : { reason: 'unknown-choice' };
}

export function rankingStats(entries: readonly RankingEntry[], choices: ChoiceSet): RankingStats {
  const listed = listedChoices(
    choices,
    entries.flatMap((entry) => entry.order),
  );
  const ranked = listed.map((choice) => {
    const positions: number[] = [];
    let borda = 0;
    let shares = 0;
    let offeredTo = 0;
    for (const { order, offered } of entries) {
      const index = order.indexOf(choice.value);
      if (offered === undefined || offered.has(choice.value) || index >= 0) offeredTo += 1;
      if (index < 0) continue;
      positions.push(index + 1);
      borda += order.length - index;
      shares += (order.length - index) / order.length;
    }
    return {
      ...choice,
      n: positions.length,
      offeredTo,
      meanRank: mean(positions),
      rankSpread: spread(positions),
      borda,
      score: offeredTo > 0 ? shares / offeredTo : 0,
    };
  });
  ranked.sort((a, b) => b.borda - a.borda || compareRank(a.meanRank, b.meanRank) || compareText(String(a.value), String(b.value)));
  return {
    respondents: entries.length,
    choices: ranked.map((choice) => ({
      ...choice,
      place: ranked.findIndex((other) => other.borda === choice.borda && other.meanRank === choice.meanRank) + 1,
    })),
  };
}

function compareRank(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export function aggregateRanking(question: RankingQuestion, answers: readonly Answer[], issues: readonly IssueChoice[] | undefined): RankingAggregate {
  const choices = choiceSet(question, issues);
  const { fitting, misfits } = readAnswers(answers, question.name, (value) => readRanking(value, choices));
  const builtIn = question.choices.flatMap((choice) => (choice.value === OTHER_VALUE || choice.value === NONE_VALUE ? [choice.value] : []));
  const entries: RankingEntry[] = fitting.map(({ answer, read }) => ({
    respondent: answer.respondent,
    order: read.order,
    // "Other" and "none" stand beside the issues on every screen, so they were offered too.
    ...(answer.offered === undefined ? {} : { offered: new Set<ChoiceValue>([...answer.offered, ...builtIn]) }),
  }));
  const stats = (part: readonly RankingEntry[]) => rankingStats(part, choices);
  return { kind: 'ranking', question: question.name, title: question.title, overall: stats(entries), byDomain: splitByDomain(entries, stats), misfits };
}
