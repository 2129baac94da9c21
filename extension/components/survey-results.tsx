import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartLabel, type ChartTexts } from '../../shared/charts/chart-texts.ts';
import type { plotChart } from '../../shared/charts/plot-charts.ts';
import { type BarChartData, type HeatmapData, type SurveyChart, surveyCharts } from '../../shared/charts/survey-charts.ts';
import type { RegiobeeldAnalysis } from '../../shared/regiobeeld/analyse.ts';
import { chartTexts } from '../i18n/chart-texts.ts';
import { formatCount, formatDecimal } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';

/** Plot's part, loaded on its own chunk; only its type is imported up front. */
type Plotter = { readonly plotChart: typeof plotChart };

export interface SurveyResultsProps {
  readonly analysis: RegiobeeldAnalysis;
}

/**
 * The results of every survey of the shared regiobeeld as charts drawn by Observable Plot, split
 * by domain, each with its figures as a table. Plot is loaded on its own when this view first
 * shows, so the rest of the dashboard never waits for it. Test ids: survey-results, survey-result
 * (data-survey-id), survey-chart (data-kind, data-question), chart-table, charts-failed.
 */
export function SurveyResults({ analysis }: SurveyResultsProps) {
  const [plotter, setPlotter] = useState<Plotter | 'failed' | undefined>(undefined);
  const texts = useMemo(chartTexts, []);
  const surveys = useMemo(() => analysis.surveys.surveys.map((survey) => ({ survey, charts: surveyCharts(survey, analysis.issues.issues) })), [analysis]);

  useEffect(() => {
    import('../../shared/charts/plot-charts.ts').then(
      (module) => setPlotter(() => module),
      (error: unknown) => {
        console.error(error);
        setPlotter('failed');
      },
    );
  }, []);

  return (
    <section class="card survey-results" aria-labelledby="survey-results-heading" data-testid="survey-results">
      <h2 id="survey-results-heading">{t('surveyResultsHeading')}</h2>
      <p class="hint">{t('surveyResultsIntro')}</p>
      {plotter === 'failed' && (
        <p class="field-error" role="alert" data-testid="charts-failed">
          {t('chartsFailed')}
        </p>
      )}
      {surveys.length === 0 ? (
        <p class="empty">{t('surveyResultsEmpty')}</p>
      ) : (
        surveys.map(({ survey, charts }) => {
          const title = survey.title[texts.language];
          const byDomain = survey.respondentsByDomain.map((part) => `${texts.group(part.domain)} ${formatCount(part.count)}`).join(', ');
          return (
            <article key={`${survey.surveyId}-${survey.round ?? 0}`} class="survey-result" data-testid="survey-result" data-survey-id={survey.surveyId}>
              <h3>{survey.round === null ? title : `${title} · ${t('surveyRound', formatCount(survey.round))}`}</h3>
              <p class="hint">{t('surveyResultsRespondents', formatCount(survey.respondents), byDomain)}</p>
              {charts.map((chart) => (
                <ChartFigure key={`${chart.kind}-${chart.question}`} chart={chart} texts={texts} plotter={plotter} />
              ))}
            </article>
          );
        })
      )}
    </section>
  );
}

function ChartFigure({ chart, texts, plotter }: { chart: SurveyChart; texts: ChartTexts; plotter: Plotter | 'failed' | undefined }) {
  const holder = useRef<HTMLDivElement>(null);
  const label = chartLabel(chart, texts);

  useEffect(() => {
    const node = holder.current;
    if (node === null || plotter === undefined || plotter === 'failed') return;
    // Plot builds the SVG with DOM calls (text as textContent); it is placed as an element, never as markup.
    node.replaceChildren(plotter.plotChart(chart, texts, node.ownerDocument));
  }, [chart, texts, plotter]);

  return (
    <figure class="survey-chart" data-testid="survey-chart" data-kind={chart.kind} data-question={chart.question}>
      <figcaption>{label}</figcaption>
      {plotter === undefined && <p class="loading">{t('chartsLoading')}</p>}
      <div class="chart-holder" ref={holder} />
      {chart.kind === 'bars' && chart.measure === 'mean' && <p class="hint">{t('chartKey')}</p>}
      <details data-testid="chart-table">
        <summary>{t('chartTable')}</summary>
        {chart.kind === 'bars' ? <BarsTable chart={chart} texts={texts} caption={label} /> : <HeatmapTable chart={chart} texts={texts} caption={label} />}
      </details>
    </figure>
  );
}

function BarsTable({ chart, texts, caption }: { chart: BarChartData; texts: ChartTexts; caption: string }) {
  const withSpread = chart.measure === 'mean';
  const range = (from: number, to: number) => `${formatDecimal(from)}–${formatDecimal(to)}`;
  return (
    <table class="records chart-data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartColItem')}</th>
          <th scope="col">{t('chartColGroup')}</th>
          <th scope="col">{t('chartColValue')}</th>
          <th scope="col">{t('chartColCount')}</th>
          {withSpread && <th scope="col">{t('chartColMiddleHalf')}</th>}
          {withSpread && <th scope="col">{t('chartColRange')}</th>}
        </tr>
      </thead>
      <tbody>
        {chart.bars.map((bar) => (
          <tr key={`${bar.item}-${bar.group}`}>
            <th scope="row">{bar.itemLabel[texts.language]}</th>
            <td>{texts.group(bar.group)}</td>
            <td class="number">{bar.value === null ? '–' : texts.value(chart.measure, bar.value)}</td>
            <td class="number">{formatCount(bar.n)}</td>
            {withSpread && <td class="number">{bar.spread === null ? '–' : range(bar.spread.q1, bar.spread.q3)}</td>}
            {withSpread && <td class="number">{bar.spread === null ? '–' : range(bar.spread.min, bar.spread.max)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeatmapTable({ chart, texts, caption }: { chart: HeatmapData; texts: ChartTexts; caption: string }) {
  return (
    <table class="records chart-data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartColTheme')}</th>
          {chart.domains.map((domain) => (
            <th scope="col" key={domain}>
              {texts.group(domain)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.themes.map((theme) => (
          <tr key={theme}>
            <th scope="row">{texts.theme(theme)}</th>
            {chart.domains.map((domain) => {
              const cell = chart.cells.find((c) => c.domain === domain && c.theme === theme);
              return (
                <td class="number" key={domain}>
                  {cell === undefined ? '–' : texts.value('score', cell.value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
