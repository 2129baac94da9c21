import { compareText } from '../canonical/compare-text.ts';
import type { DomainKey } from '../survey/answers.ts';
import type { RankingAggregate } from '../survey/aggregate-ranking.ts';
import type { SurveysReport } from '../survey/aggregate-survey.ts';
import type { SurveyDefinition } from '../survey/definition.ts';
import { talkingPoints } from '../survey/domain-differences.ts';

/**
 * Rankings run to five places (`maxSelectedChoices` of "top-knelpunten"): an interquartile range
 * of at most one place is the Delphi convention of IQR ≤ 1 on a five-point scale, read on ranks.
 */
export const RANK_CONSENSUS_IQR = 1;

export interface DomainGap {
  /** The domain that gave the issue most of its points, and the one that gave it least. */
  readonly high: { readonly domain: DomainKey; readonly score: number; readonly n: number };
  readonly low: { readonly domain: DomainKey; readonly score: number; readonly n: number };
  /** high − low, on the 0–1 score scale. */
  readonly difference: number;
}

/** How one ranking question that takes the issues as choices placed one issue. */
export interface IssueRanking {
  readonly surveyId: string;
  readonly round: number | null;
  readonly question: string;
  /** Everyone who answered the question, whether or not they ranked this issue. */
  readonly respondents: number;
  /** Those who ranked this issue. */
  readonly n: number;
  /** Those who could rank it (`RankedChoice.offeredTo`): it was offered to them. */
  readonly offeredTo: number;
  readonly meanRank: number | null;
  readonly borda: number;
  /** Share of the points a respondent could give, averaged over all respondents (0–1). */
  readonly score: number;
  readonly place: number;
  readonly rankIqr: number | null;
  /** Null below two rankers: one ranking agrees with nobody. */
  readonly consensus: boolean | null;
  readonly domainGap: DomainGap | null;
}

/** The ranking questions that take the issues as choices, each from the latest round of its survey. */
export function issueRankingQuestions(
  definitions: readonly SurveyDefinition[],
  surveys: SurveysReport,
): { surveyId: string; round: number | null; aggregate: RankingAggregate }[] {
  const latestRound = new Map<string, number>();
  for (const survey of surveys.surveys) latestRound.set(survey.surveyId, Math.max(latestRound.get(survey.surveyId) ?? 0, survey.round ?? 0));
  return surveys.surveys
    .filter((survey) => (survey.round ?? 0) === latestRound.get(survey.surveyId))
    .flatMap((survey) => {
      const definition = definitions.find((d) => d.header.id === survey.surveyId && d.header.version === survey.version);
      return survey.questions.flatMap((aggregate) => {
        const question = definition?.questions.find((q) => q.name === aggregate.question);
        return aggregate.kind === 'ranking' && question?.kind === 'ranking' && question.choicesFromIssues
          ? [{ surveyId: survey.surveyId, round: survey.round, aggregate }]
          : [];
      });
    });
}

/** Per issue id, how each issue-ranking question placed it; issues nobody could rank are absent. */
export function issueRankings(definitions: readonly SurveyDefinition[], surveys: SurveysReport): Map<string, IssueRanking[]> {
  const out = new Map<string, IssueRanking[]>();
  for (const { surveyId, round, aggregate } of issueRankingQuestions(definitions, surveys)) {
    const gaps = new Map<string, DomainGap>();
    for (const point of talkingPoints([aggregate], { limit: Number.POSITIVE_INFINITY })) {
      if (point.item === undefined) continue;
      gaps.set(String(point.item.value), {
        high: { domain: point.high.domain, score: point.high.value, n: point.high.n },
        low: { domain: point.low.domain, score: point.low.value, n: point.low.n },
        difference: point.difference,
      });
    }
    for (const choice of aggregate.overall.choices) {
      const id = String(choice.value);
      const rankIqr = choice.rankSpread?.iqr ?? null;
      const ranking: IssueRanking = {
        surveyId,
        round,
        question: aggregate.question,
        respondents: aggregate.overall.respondents,
        n: choice.n,
        offeredTo: choice.offeredTo,
        meanRank: choice.meanRank,
        borda: choice.borda,
        score: choice.score,
        place: choice.place,
        rankIqr,
        consensus: rankIqr !== null && choice.n >= 2 ? rankIqr <= RANK_CONSENSUS_IQR : null,
        domainGap: gaps.get(id) ?? null,
      };
      out.set(id, [...(out.get(id) ?? []), ranking]);
    }
  }
  return out;
}

/** The ranking that speaks for the issue: the one most partners answered; ties by survey and question. */
export function headlineRanking(rankings: readonly IssueRanking[]): IssueRanking | null {
  const sorted = [...rankings].sort((a, b) => b.respondents - a.respondents || compareText(a.surveyId, b.surveyId) || compareText(a.question, b.question));
  return sorted[0] ?? null;
}
