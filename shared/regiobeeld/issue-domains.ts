import type { SurveysReport } from '../survey/aggregate-survey.ts';
import type { DomainKey } from '../survey/answers.ts';
import type { IssueSummary } from './issue-summaries.ts';

/** How the respondents of one domain ranked one issue. */
export interface IssueDomainFigures {
  readonly domain: DomainKey;
  /** Respondents of the domain who answered the ranking, whether or not they ranked the issue. */
  readonly respondents: number;
  /** Those who ranked the issue. */
  readonly n: number;
  /** Those to whom it was offered: the others never saw it. */
  readonly offeredTo: number;
  /** Share of the points the domain's respondents could give it, averaged over those it was offered to (0–1). */
  readonly score: number;
  /** Median place among those who ranked it; null when none did. */
  readonly medianRank: number | null;
}

/**
 * The issue's headline ranking split by domain, in the order of the domain list: the figures
 * behind `priority.domainGap`, which names the two domains whose scores lie furthest apart.
 * Empty when no survey ranked the issue.
 */
export function issueDomainFigures(issue: IssueSummary, surveys: SurveysReport): IssueDomainFigures[] {
  const priority = issue.priority;
  if (priority === null) return [];
  const survey = surveys.surveys.find((s) => s.surveyId === priority.surveyId && s.round === priority.round);
  const question = survey?.questions.find((q) => q.question === priority.question);
  if (question?.kind !== 'ranking') return [];
  return question.byDomain.map(({ domain, stats }) => {
    const choice = stats.choices.find((c) => String(c.value) === issue.id);
    return {
      domain,
      respondents: stats.respondents,
      n: choice?.n ?? 0,
      offeredTo: choice?.offeredTo ?? 0,
      score: choice?.score ?? 0,
      medianRank: choice?.rankSpread?.median ?? null,
    };
  });
}
