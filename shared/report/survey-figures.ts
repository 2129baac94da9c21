import { type ChartTexts, chartLabel } from '../charts/chart-texts.ts';
import { plotChart } from '../charts/plot-charts.ts';
import { type BarChartData, type ChartBar, type HeatmapData, surveyCharts } from '../charts/survey-charts.ts';
import type { IssueSummary } from '../regiobeeld/issue-summaries.ts';
import type { SurveyAggregate } from '../survey/aggregate-survey.ts';
import { html, isolated, type SafeHtml } from './html.ts';
import { svgMarkup } from './svg-markup.ts';
import type { ReportLanguage, ReportTexts } from './texts.ts';

export function reportNumber(value: number, language: ReportLanguage, digits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** The report's words for the charts, shared with the dashboard's through `ChartTexts`. */
export function reportChartTexts(texts: ReportTexts, language: ReportLanguage): ChartTexts {
  return {
    language,
    group: (group) => (group === 'all' ? texts.allPartners : texts.domains[group]),
    theme: texts.themes,
    value: (measure, value) =>
      measure === 'mean' ? reportNumber(value, language) : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value),
    measure: (chart) =>
      chart.measure === 'mean'
        ? texts.ratingMeasure(reportNumber(chart.min, language), reportNumber(chart.max, language))
        : chart.measure === 'score'
          ? texts.rankingMeasure
          : texts.choiceMeasure,
    noAnswers: texts.chartNoAnswers,
    heatmap: texts.heatmap,
  };
}

/**
 * Each chart of a survey drawn by Plot in `doc` and written out as inline SVG, with its figures as
 * a table (screen readers, copying, a printer without colour).
 */
export function surveyFigures(
  survey: SurveyAggregate,
  issues: readonly IssueSummary[],
  texts: ReportTexts,
  language: ReportLanguage,
  doc: Document,
  /** The anchor of the survey's n-th figure (from 0): the section's contents lead to it. */
  anchorOf: (index: number) => string,
): Array<{ readonly anchor: string; readonly caption: string; readonly figure: SafeHtml }> {
  const chartTexts = reportChartTexts(texts, language);
  return surveyCharts(survey, issues).map((chart, index) => {
    const table = chart.kind === 'bars' ? barsTable(chart, chartTexts, texts, language) : heatmapTable(chart, chartTexts, texts);
    const caption = chartLabel(chart, chartTexts);
    const anchor = anchorOf(index);
    return {
      anchor,
      caption,
      figure: html`<figure class="survey-chart" id="${anchor}" data-kind="${chart.kind}"><figcaption>${caption}</figcaption>${svgMarkup(plotChart(chart, chartTexts, doc))}${table}</figure>`,
    };
  });
}

function barsTable(chart: BarChartData, chartTexts: ChartTexts, texts: ReportTexts, language: ReportLanguage): SafeHtml {
  const withSpread = chart.measure === 'mean';
  const shown = (value: number | null) => (value === null ? texts.none : chartTexts.value(chart.measure, value));
  const range = (bar: ChartBar, from: 'q1' | 'min', to: 'q3' | 'max') =>
    bar.spread === null ? texts.none : `${reportNumber(bar.spread[from], language)}–${reportNumber(bar.spread[to], language)}`;
  // The choices of a ranking are the issues, so a label may be a title from a bundle.
  const rows = chart.bars.map(
    (bar) =>
      html`<tr><th scope="row">${isolated(bar.itemLabel[language])}</th><td>${chartTexts.group(bar.group)}</td><td class="number">${shown(bar.value)}</td><td class="number">${reportNumber(bar.n, language)}</td>${withSpread ? html`<td class="number">${range(bar, 'q1', 'q3')}</td><td class="number">${range(bar, 'min', 'max')}</td>` : html``}</tr>`,
  );
  const spreadHead = withSpread ? html`<th scope="col">${texts.colMiddleHalf}</th><th scope="col">${texts.colRange}</th>` : html``;
  return html`${withSpread ? html`<p class="meta chart-key">${texts.chartKey}</p>` : html``}<table class="chart-data"><caption>${texts.chartData}</caption><thead><tr><th scope="col">${texts.colItem}</th><th scope="col">${texts.colGroup}</th><th scope="col">${texts.colValue}</th><th scope="col">${texts.colCount}</th>${spreadHead}</tr></thead><tbody>${rows}</tbody></table>`;
}

function heatmapTable(chart: HeatmapData, chartTexts: ChartTexts, texts: ReportTexts): SafeHtml {
  const head = chart.domains.map((domain) => html`<th scope="col">${chartTexts.group(domain)}</th>`);
  const rows = chart.themes.map((theme) => {
    const cells = chart.domains.map((domain) => {
      const cell = chart.cells.find((c) => c.domain === domain && c.theme === theme);
      return html`<td class="number">${cell === undefined ? texts.none : chartTexts.value('score', cell.value)}</td>`;
    });
    // A theme outside the catalogue is shown by the key a bundle gave it.
    return html`<tr><th scope="row">${isolated(chartTexts.theme(theme))}</th>${cells}</tr>`;
  });
  return html`<table class="chart-data"><caption>${texts.chartData}</caption><thead><tr><th scope="col">${texts.colTheme}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
