import type { RegiobeeldAnalysis } from '../regiobeeld/analyse.ts';
import { figureComparisons, type IndicatorComparison } from '../regiobeeld/figure-comparison.ts';
import { figureValueText } from '../regiobeeld/figure-text.ts';
import type { FigureEntry } from '../regiobeeld/figure-table.ts';
import { REGION_WIDE } from '../regiobeeld/figure-table.ts';
import { moreWords, someOf } from '../wording/list-some.ts';
import { html, isolated, type SafeHtml } from './html.ts';
import type { ReportLanguage, ReportTexts } from './texts.ts';

export interface FiguresSectionContext {
  readonly texts: ReportTexts;
  readonly language: ReportLanguage;
  readonly analysis: RegiobeeldAnalysis;
  readonly observationAnchor: (id: string) => string;
}

/** Columns a printed page holds beside the area names; older periods are counted, not shown. */
const PERIODS_SHOWN = 6;

/** Anchor of an indicator's table, for the section's contents. */
const indicatorAnchor = (index: number): string => `cijfer-${index + 1}`;

// The contents and the body both need them: worked out once per analysis.
const comparisonsMade = new WeakMap<RegiobeeldAnalysis, { readonly shown: readonly IndicatorComparison[]; readonly more: number }>();

/** The indicators the section sets out, capped as the report's lists are. */
function comparisonsOf(analysis: RegiobeeldAnalysis): { readonly shown: readonly IndicatorComparison[]; readonly more: number } {
  const made = comparisonsMade.get(analysis) ?? someOf(figureComparisons(analysis.observations.observations, analysis.regionAreas.areas));
  comparisonsMade.set(analysis, made);
  return made;
}

/** "Inwoners van 65 jaar of ouder (%)": the label as a heading, with the unit the table's values share. */
function indicatorTitle(comparison: IndicatorComparison): string {
  const label = comparison.label.charAt(0).toLocaleUpperCase('nl') + comparison.label.slice(1);
  return comparison.unit.trim() === '' ? label : `${label} (${comparison.unit})`;
}

export function figuresSectionContents({
  analysis,
}: Pick<FiguresSectionContext, 'analysis'>): ReadonlyArray<{ readonly anchor: string; readonly title: SafeHtml }> {
  return comparisonsOf(analysis).shown.map((comparison, index) => ({ anchor: indicatorAnchor(index), title: isolated(indicatorTitle(comparison)) }));
}

/**
 * "Cijfers naast elkaar": per indicator clipped for two or more gemeenten, a small table of its
 * values by area and period, each value linking to its clip among the sources.
 */
export function figuresSectionBody(context: FiguresSectionContext): SafeHtml {
  const { texts, language, analysis } = context;
  const { shown, more } = comparisonsOf(analysis);
  if (shown.length === 0) return html`<p class="muted">${texts.figuresEmpty}</p>`;
  const { regionAreas } = analysis;
  const tables = shown.map((comparison, index) => {
    const cut = Math.max(0, comparison.periods.length - PERIODS_SHOWN);
    const periods = comparison.periods.slice(cut);
    // Every row: they are the region's gemeenten and the region itself, never more.
    const rows = comparison.rows.map((row) => {
      const name =
        row.area !== REGION_WIDE
          ? isolated(regionAreas.areaName(row.area))
          : regionAreas.name === null
            ? texts.figuresWholeRegionUnnamed
            : texts.figuresWholeRegion(isolated(regionAreas.name));
      return html`<tr><th scope="row">${name}</th>${row.cells.slice(cut).map((cell) => html`<td>${cellValues(context, cell)}</td>`)}</tr>`;
    });
    const older = cut === 0 ? '' : html`<p class="meta">${texts.figuresOlderPeriods(cut)}</p>`;
    return html`<article class="indicator" id="${indicatorAnchor(index)}"><h3>${isolated(indicatorTitle(comparison))}</h3><table><thead><tr><th scope="col">${texts.figuresArea}</th>${periods.map((period) => html`<th scope="col">${isolated(period)}</th>`)}</tr></thead><tbody>${rows}</tbody></table>${older}</article>`;
  });
  const rest = more === 0 ? '' : html`<p class="meta">${moreWords(more, language)}</p>`;
  return html`<p>${texts.figuresIntro}</p>${tables}${rest}`;
}

/** The values of one cell, each a link to its clip; the unit stands in the table's title. */
function cellValues({ language, observationAnchor }: FiguresSectionContext, cell: readonly FigureEntry[]): SafeHtml {
  return html`${cell.map((entry, index) => html`${index > 0 ? ' · ' : ''}<a href="#${observationAnchor(entry.observationId)}">${figureValueText({ value: entry.value, unit: '' }, language)}</a>`)}`;
}
