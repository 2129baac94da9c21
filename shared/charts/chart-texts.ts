import type { BarChartData, ChartGroup, SurveyChart } from './survey-charts.ts';

/** The words and number formats a chart is drawn with: the dashboard's i18n or the report's texts. */
export interface ChartTexts {
  readonly language: 'nl' | 'en';
  readonly group: (group: ChartGroup) => string;
  readonly theme: (key: string) => string;
  /** A value as the reader reads it: a mean as "3,4", a score or share as "40%". */
  readonly value: (measure: BarChartData['measure'], value: number) => string;
  /** What the bars measure, for the axis and the label ("gemiddelde op 1–5"). */
  readonly measure: (chart: BarChartData) => string;
  /** Written in a bar's place when its group gave no answer to count. */
  readonly noAnswers: string;
  /** The label of a heat map, from its question's title. */
  readonly heatmap: (question: string) => string;
}

/** What a chart shows, in one line: its aria-label and its SVG title. */
export function chartLabel(chart: SurveyChart, texts: ChartTexts): string {
  const title = chart.title[texts.language];
  return chart.kind === 'bars' ? `${title} (${texts.measure(chart)})` : texts.heatmap(title);
}
