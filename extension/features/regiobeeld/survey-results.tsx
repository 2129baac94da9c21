import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartLabel, type ChartTexts } from '../../../shared/charts/chart-texts.ts';
import type { plotChart } from '../../../shared/charts/plot-charts.ts';
import { type BarChartData, type HeatmapData, type SurveyChart, surveyCharts } from '../../../shared/charts/survey-charts.ts';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import type { SurveyAggregate } from '../../../shared/survey/aggregate-survey.ts';
import { chartTexts } from './chart-texts.ts';
import { formatCount, formatDecimal } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import { chartAnchor, surveyAnchor } from './chart-anchor.ts';

/** Plot's part, loaded on its own chunk; only its type is imported up front. */
type Plotter = { readonly plotChart: typeof plotChart };

export interface SurveyResultsProps {
  readonly analysis: RegiobeeldAnalysis;
}

/**
 * The results of every survey of the shared regiobeeld as charts drawn by Observable Plot, split
 * by domain, each with its figures as a table. Plot is loaded on its own when this view first
 * shows, so the rest of the dashboard never waits for it. A survey with many questions makes a
 * long card, so each survey lists its charts as in-page links, and each chart folds under its
 * caption (all open at first); a folded chart is drawn when it is opened.
 * Test ids: survey-results, survey-result (data-survey-id), survey-chart-index,
 * survey-chart-link (data-kind, data-question), survey-charts-open-all, survey-charts-close-all,
 * survey-chart (data-kind, data-question), survey-chart-fold, chart-table, charts-failed.
 */
export function SurveyResults({ analysis }: SurveyResultsProps) {
  const [plotter, setPlotter] = useState<Plotter | 'failed' | undefined>(undefined);
  const texts = useMemo(chartTexts, []);
  const surveys = useMemo(() => analysis.surveys.surveys.map((survey) => ({ survey, charts: surveyCharts(survey, analysis.issues.issues) })), [analysis]);

  useEffect(() => {
    import('../../../shared/charts/plot-charts.ts').then(
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
        surveys.map(({ survey, charts }) => <SurveyResult key={surveyAnchor(survey)} survey={survey} charts={charts} texts={texts} plotter={plotter} />)
      )}
    </section>
  );
}

function SurveyResult({
  survey,
  charts,
  texts,
  plotter,
}: {
  survey: SurveyAggregate;
  charts: readonly SurveyChart[];
  texts: ChartTexts;
  plotter: Plotter | 'failed' | undefined;
}) {
  // Kept by id rather than by position, so a chart stays folded when a sync brings new answers.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const anchored = useMemo(() => charts.map((chart) => ({ chart, anchor: chartAnchor(survey, chart) })), [survey, charts]);
  const heading = surveyAnchor(survey);
  const title = survey.title[texts.language];
  const byDomain = survey.respondentsByDomain.map((part) => `${texts.group(part.domain)} ${formatCount(part.count)}`).join(', ');

  const setOpen = (anchor: string, open: boolean) =>
    setClosed((now) => {
      if (now.has(anchor) === !open) return now;
      const next = new Set(now);
      if (open) next.delete(anchor);
      else next.add(anchor);
      return next;
    });
  // Opened and focused on the link's click, even when the address already ends in its anchor;
  // the browser's own jump to the anchor then follows, and its back button returns to the index.
  const reveal = (anchor: string) => {
    setOpen(anchor, true);
    document.getElementById(labelAnchor(anchor))?.focus();
  };

  useEffect(() => {
    // Back and forward between charts change only the address's anchor.
    const onHash = () => {
      const anchor = window.location.hash.slice(1);
      if (anchored.some((entry) => entry.anchor === anchor)) reveal(anchor);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [anchored]);

  return (
    <article class="survey-result" data-testid="survey-result" data-survey-id={survey.surveyId}>
      <h3 id={heading}>{survey.round === null ? title : `${title} · ${t('surveyRound', formatCount(survey.round))}`}</h3>
      <p class="hint">{t('surveyResultsRespondents', plural(survey.respondents, 'countCompletedResponseOne', 'countCompletedResponseOther'), byDomain)}</p>
      <nav class="chart-index" aria-labelledby={`${heading}.index ${heading}`} data-testid="survey-chart-index">
        <p id={`${heading}.index`} class="chart-index-title">
          {t('surveyChartIndex')}
        </p>
        <ol>
          {anchored.map(({ chart, anchor }) => (
            <li key={anchor}>
              <a href={`#${anchor}`} onClick={() => reveal(anchor)} data-testid="survey-chart-link" data-kind={chart.kind} data-question={chart.question}>
                {chartLabel(chart, texts)}
              </a>
            </li>
          ))}
        </ol>
        <p class="row">
          <button type="button" onClick={() => setClosed(new Set())} aria-describedby={heading} data-testid="survey-charts-open-all">
            {t('surveyChartsOpenAll')}
          </button>
          <button
            type="button"
            onClick={() => setClosed(new Set(anchored.map((entry) => entry.anchor)))}
            aria-describedby={heading}
            data-testid="survey-charts-close-all"
          >
            {t('surveyChartsCloseAll')}
          </button>
        </p>
      </nav>
      {anchored.map(({ chart, anchor }) => (
        <ChartFigure
          key={anchor}
          anchor={anchor}
          chart={chart}
          texts={texts}
          plotter={plotter}
          open={!closed.has(anchor)}
          onToggle={(open) => setOpen(anchor, open)}
        />
      ))}
    </article>
  );
}

/** The id of a chart's summary: its visible label, named by the figure and focused from the index. */
const labelAnchor = (anchor: string) => `${anchor}.label`;

interface ChartFigureProps {
  readonly anchor: string;
  readonly chart: SurveyChart;
  readonly texts: ChartTexts;
  readonly plotter: Plotter | 'failed' | undefined;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
}

function ChartFigure({ anchor, chart, texts, plotter, open, onToggle }: ChartFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  const drawn = useRef<readonly [SurveyChart, ChartTexts, Plotter] | undefined>(undefined);
  const label = chartLabel(chart, texts);

  useEffect(() => {
    const node = holder.current;
    if (node === null || !open || plotter === undefined || plotter === 'failed') return;
    // A folded chart waits until it is opened, and is not drawn again for the same figures.
    if (drawn.current?.[0] === chart && drawn.current[1] === texts && drawn.current[2] === plotter) return;
    // Plot builds the SVG with DOM calls (text as textContent); it is placed as an element, never as markup.
    node.replaceChildren(plotter.plotChart(chart, texts, node.ownerDocument));
    drawn.current = [chart, texts, plotter];
  }, [chart, texts, plotter, open]);

  // The summary is the caption: a figcaption cannot sit inside the details that folds the chart.
  return (
    <figure
      id={anchor}
      class="survey-chart"
      aria-labelledby={labelAnchor(anchor)}
      data-testid="survey-chart"
      data-kind={chart.kind}
      data-question={chart.question}
    >
      <details open={open} onToggle={(event) => onToggle(event.currentTarget.open)} data-testid="survey-chart-fold">
        <summary id={labelAnchor(anchor)}>{label}</summary>
        {plotter === undefined && <p class="loading">{t('chartsLoading')}</p>}
        <div class="chart-holder" ref={holder} />
        {chart.kind === 'bars' && chart.measure === 'mean' && <p class="hint">{t('chartKey')}</p>}
        <details data-testid="chart-table">
          <summary>{t('chartTable')}</summary>
          {chart.kind === 'bars' ? <BarsTable chart={chart} texts={texts} caption={label} /> : <HeatmapTable chart={chart} texts={texts} caption={label} />}
        </details>
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
