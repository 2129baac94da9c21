import { compareText } from '../canonical/compare-text.ts';
import { THEMES } from '../catalog/themes.ts';
import type { IssueSummary } from '../regiobeeld/issue-summaries.ts';
import type { RankingAggregate } from '../survey/aggregate-ranking.ts';
import type { RatingStats } from '../survey/aggregate-rating.ts';
import type { SurveyAggregate } from '../survey/aggregate-survey.ts';
import type { DomainKey, DomainPart } from '../survey/answers.ts';
import type { Label } from '../survey/label.ts';
import type { Scale } from '../survey/questions.ts';

/** Who a bar speaks for: every respondent together, or the respondents of one partner domain. */
export type ChartGroup = 'all' | DomainKey;

/** How the answers lay: the middle half (first to third quartile) and the whole range. */
export interface ChartSpread {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

export interface ChartBar {
  /** The matrix row or choice the bar is about; the question itself for a rating. */
  readonly item: string;
  readonly itemLabel: Label;
  readonly group: ChartGroup;
  /** Null when the group gave no answer to count. */
  readonly value: number | null;
  /** Respondents behind the value. */
  readonly n: number;
  /** Ratings only: rankings and choices have no scale whose spread means something. */
  readonly spread: ChartSpread | null;
}

/** A question's figures as bars, per item the whole region first and then each domain. */
export interface BarChartData {
  readonly kind: 'bars';
  readonly question: string;
  readonly title: Label;
  /** A rating's mean on its scale; a ranking's score and a choice's share, both 0–1. */
  readonly measure: 'mean' | 'score' | 'share';
  readonly min: number;
  readonly max: number;
  readonly bars: readonly ChartBar[];
}

export interface HeatCell {
  readonly domain: DomainKey;
  readonly theme: string;
  /** The domain's mean ranking score (0–1) over the issues that carry the theme. */
  readonly value: number;
  readonly issues: number;
  readonly respondents: number;
}

/** How urgent each domain finds each theme, read from a ranking of the issues. */
export interface HeatmapData {
  readonly kind: 'heatmap';
  readonly question: string;
  readonly title: Label;
  readonly domains: readonly DomainKey[];
  readonly themes: readonly string[];
  readonly cells: readonly HeatCell[];
}

export type SurveyChart = BarChartData | HeatmapData;

/**
 * The charts of one survey's results, as plain rows: bars for every rating, matrix, ranking and
 * choice question, and for a ranking of the regiobeeld's issues also the domain × theme heat map
 * of urgency. `issues` are the issue summaries: their rankings tell which questions rank issues,
 * their themes place an issue in the heat map.
 */
export function surveyCharts(survey: SurveyAggregate, issues: readonly IssueSummary[]): SurveyChart[] {
  return survey.questions.flatMap((question): SurveyChart[] => {
    const chart = { question: question.question, title: question.title };
    switch (question.kind) {
      case 'rating':
        return [
          {
            kind: 'bars',
            ...chart,
            measure: 'mean',
            min: question.scale.min,
            max: question.scale.max,
            bars: ratingBars(question.question, question.title, question.overall, question.byDomain, question.scale),
          },
        ];
      case 'matrix':
        return [
          {
            kind: 'bars',
            ...chart,
            measure: 'mean',
            min: question.scale.min,
            max: question.scale.max,
            bars: question.rows.flatMap((row) => ratingBars(String(row.row), row.label, row.overall, row.byDomain, question.scale)),
          },
        ];
      case 'ranking': {
        const bars: ChartBar[] = question.overall.choices.flatMap((choice) => [
          { item: String(choice.value), itemLabel: choice.label, group: 'all' as const, value: choice.score, n: choice.offeredTo, spread: null },
          // A domain none of whose respondents was offered the issue has no bar for it, rather than a zero.
          ...question.byDomain.flatMap(({ domain, stats }) => {
            const own = stats.choices.find((c) => c.value === choice.value);
            return own === undefined || own.offeredTo === 0
              ? []
              : [{ item: String(choice.value), itemLabel: choice.label, group: domain, value: own.score, n: own.offeredTo, spread: null }];
          }),
        ]);
        const ranksIssues = issues.some((issue) =>
          issue.rankings.some((r) => r.surveyId === survey.surveyId && r.round === survey.round && r.question === question.question),
        );
        const bar: BarChartData = { kind: 'bars', ...chart, measure: 'score', min: 0, max: 1, bars };
        const heatmap = ranksIssues ? urgencyHeatmap(question, issues) : null;
        // Issues without themes give an empty map: nothing to draw.
        return heatmap === null || heatmap.themes.length === 0 ? [bar] : [bar, heatmap];
      }
      case 'choice':
        return [
          {
            kind: 'bars',
            ...chart,
            measure: 'share',
            min: 0,
            max: 1,
            bars: question.overall.choices.flatMap((choice) => [
              {
                item: String(choice.value),
                itemLabel: choice.label,
                group: 'all' as const,
                value: choice.share,
                n: question.overall.respondents,
                spread: null,
              },
              ...question.byDomain.map(({ domain, stats }) => ({
                item: String(choice.value),
                itemLabel: choice.label,
                group: domain,
                value: stats.respondents > 0 ? (stats.choices.find((c) => c.value === choice.value)?.count ?? 0) / stats.respondents : null,
                n: stats.respondents,
                spread: null,
              })),
            ]),
          },
        ];
      case 'text':
        return [];
    }
  });
}

function ratingBars(item: string, itemLabel: Label, overall: RatingStats, byDomain: readonly DomainPart<RatingStats>[], scale: Scale): ChartBar[] {
  const bar = (group: ChartGroup, stats: RatingStats): ChartBar => ({
    item,
    itemLabel,
    group,
    value: stats.mean,
    n: stats.n,
    spread: ratingSpread(stats, scale),
  });
  return [bar('all', overall), ...byDomain.map(({ domain, stats }) => bar(domain, stats))];
}

function ratingSpread(stats: RatingStats, scale: Scale): ChartSpread | null {
  if (stats.median === null || stats.q1 === null || stats.q3 === null) return null;
  const chosen = stats.distribution.filter((point) => point.count > 0).map((point) => point.value);
  return { q1: stats.q1, median: stats.median, q3: stats.q3, min: chosen[0] ?? scale.min, max: chosen[chosen.length - 1] ?? scale.max };
}

/**
 * Per domain and theme, the mean score the domain's respondents gave the issues with that theme
 * (an issue they could rank but did not scores 0; one never offered to them is left out). The score, unlike the Borda sum, compares domains of
 * different size. Themes in the catalogue's order, a partner's own themes after, alphabetically.
 */
function urgencyHeatmap(question: RankingAggregate, issues: readonly IssueSummary[]): HeatmapData {
  const ranked = new Set(question.overall.choices.map((choice) => String(choice.value)));
  const themed = issues.filter((issue) => ranked.has(issue.id));
  const known: readonly string[] = THEMES.map((theme) => theme.key);
  const present = new Set(themed.flatMap((issue) => issue.themes));
  const themes = [...known.filter((key) => present.has(key)), ...[...present].filter((key) => !known.includes(key)).sort(compareText)];
  const cells = question.byDomain.flatMap(({ domain, stats }) =>
    themes.map((theme) => {
      // Over the issues with the theme the domain could rank: one never offered to it is no zero.
      const scores = themed.flatMap((issue) => {
        const own = issue.themes.includes(theme) ? stats.choices.find((c) => String(c.value) === issue.id) : undefined;
        return own === undefined || own.offeredTo === 0 ? [] : [own.score];
      });
      const value = scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
      return { domain, theme, value, issues: scores.length, respondents: stats.respondents };
    }),
  );
  return { kind: 'heatmap', question: question.question, title: question.title, domains: question.byDomain.map((part) => part.domain), themes, cells };
}
