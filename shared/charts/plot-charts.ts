import { axisX, axisY, barX, cell, plot, ruleY, text, tickX } from '@observablehq/plot';
import { chartLabel, type ChartTexts } from './chart-texts.ts';
import type { BarChartData, ChartBar, ChartGroup, HeatCell, HeatmapData, SurveyChart } from './survey-charts.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const ROW = 22;
/** Room for the longest domain label ("Zorgverzekeraar of zorgkantoor"). */
const MARGIN_LEFT = 200;
const INK = '#1b1f24';
const ALL_FILL = '#6f9fc6';
const DOMAIN_FILL = '#c2d8ea';
/** Above this value a heat map cell is dark enough for white text; below it, ink reads better. */
const DARK_CELL = 0.65;

/**
 * Draws a chart as an SVG element with Observable Plot in the given document: the page's own in
 * the dashboard, a jsdom one in the CLI. Plot sets every text through the DOM (textContent), so a
 * title from a bundle stays text. The element is labelled (role img, aria-label, title); the
 * figures themselves belong in a table beside it.
 */
export function plotChart(chart: SurveyChart, texts: ChartTexts, doc: Document): SVGSVGElement {
  const svg = chart.kind === 'bars' ? barsPlot(chart, texts, doc) : heatmapPlot(chart, texts, doc);
  const label = chartLabel(chart, texts);
  // Plot names each mark's group with aria-label, which ARIA forbids on a plain <g>; inside an image
  // it would not be read anyway. The name stays as data-mark, for tests and for styling.
  for (const group of svg.querySelectorAll('[aria-label]')) {
    group.setAttribute('data-mark', group.getAttribute('aria-label') ?? '');
    group.removeAttribute('aria-label');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = label;
  svg.insertBefore(title, svg.firstChild);
  return svg;
}

function asSvg(element: Element): SVGSVGElement {
  if (element.namespaceURI !== SVG_NS || element.localName !== 'svg') throw new TypeError('Plot drew no SVG element');
  return element as SVGSVGElement;
}

/** A row of the chart: an item's heading row (group null) or one group's bar under it. */
const rowKey = (item: string, group: ChartGroup | null) => `${item}\u0000${group ?? ''}`;

function barsPlot(chart: BarChartData, texts: ChartTexts, doc: Document): SVGSVGElement {
  const items = [...new Map(chart.bars.map((bar) => [bar.item, bar.itemLabel[texts.language]])).entries()];
  // One item (a rating question): its title is the chart's; several: each gets a heading row.
  const headed = items.length > 1;
  const rows = items.flatMap(([item]) => [
    ...(headed ? [rowKey(item, null)] : []),
    ...chart.bars.filter((bar) => bar.item === item).map((bar) => rowKey(item, bar.group)),
  ]);
  const groupOf = new Map(chart.bars.map((bar) => [rowKey(bar.item, bar.group), bar.group]));
  const key = (bar: ChartBar) => rowKey(bar.item, bar.group);
  const shown = chart.bars.filter((bar) => bar.value !== null);
  const unanswered = chart.bars.filter((bar) => bar.value === null);
  const origin = barOrigin(chart);
  const spread = chart.bars.flatMap((bar) => (bar.spread === null ? [] : [{ key: key(bar), ...bar.spread }]));
  const headings = items.map(([item, label]) => ({ key: rowKey(item, null), label }));
  return asSvg(
    plot({
      document: doc,
      width: WIDTH,
      height: rows.length * ROW + 50,
      marginLeft: MARGIN_LEFT,
      marginRight: 20,
      x: { domain: [origin, chart.max] },
      y: { domain: rows, padding: 0.25 },
      marks: [
        axisY({
          tickFormat: (k: string) => {
            const group = groupOf.get(k);
            return group === undefined ? '' : texts.group(group);
          },
          tickSize: 0,
          label: null,
        }),
        axisX({
          anchor: 'bottom',
          ticks: chart.measure === 'mean' ? scalePoints(chart) : 5,
          tickFormat: (v: number) => texts.value(chart.measure, v),
          label: texts.measure(chart),
          labelAnchor: 'center',
          labelArrow: 'none',
        }),
        barX(
          shown.filter((bar) => bar.group === 'all'),
          { y: key, x1: origin, x2: 'value', fill: ALL_FILL },
        ),
        barX(
          shown.filter((bar) => bar.group !== 'all'),
          { y: key, x1: origin, x2: 'value', fill: DOMAIN_FILL },
        ),
        // Said in words, so a group without answers does not read as one whose bar is too short to see.
        text(unanswered, { y: key, x: origin, text: () => texts.noAnswers, textAnchor: 'start', dx: 4, fill: INK }),
        ruleY(spread, { y: 'key', x1: 'min', x2: 'max', stroke: INK, strokeWidth: 1 }),
        ruleY(spread, { y: 'key', x1: 'q1', x2: 'q3', stroke: INK, strokeWidth: 5 }),
        tickX(spread, { y: 'key', x: 'median', stroke: '#ffffff', strokeWidth: 2 }),
        ...(headed
          ? [
              text(headings, {
                y: 'key',
                frameAnchor: 'left',
                text: 'label',
                textAnchor: 'start',
                dx: 4 - MARGIN_LEFT,
                fontWeight: 'bold',
                lineWidth: 60,
                textOverflow: 'ellipsis',
              }),
            ]
          : []),
      ],
    }),
  );
}

/** The whole points of a rating scale, at most eleven of them, `step` apart. */
function scaleStep(chart: BarChartData): number {
  return Math.max(1, Math.ceil((chart.max - chart.min) / 10));
}

function scalePoints(chart: BarChartData): number[] {
  const step = scaleStep(chart);
  return Array.from({ length: Math.floor((chart.max - chart.min) / step) + 1 }, (_, i) => chart.min + i * step);
}

/**
 * Where the bars start. A mean starts half a scale step below the lowest point, so a mean of 1 on
 * 1–5 is a short bar to the first point rather than none at all (which reads as no answers); the
 * axis still names only the scale's points. A score or share starts at a true zero: 0% is nothing.
 */
function barOrigin(chart: BarChartData): number {
  return chart.measure === 'mean' ? chart.min - scaleStep(chart) / 2 : chart.min;
}

function heatmapPlot(chart: HeatmapData, texts: ChartTexts, doc: Document): SVGSVGElement {
  const valueText = (v: number) => texts.value('score', v);
  return asSvg(
    plot({
      document: doc,
      width: WIDTH,
      height: chart.themes.length * 30 + 70,
      marginLeft: 190,
      marginTop: 50,
      x: { domain: chart.domains },
      y: { domain: chart.themes },
      color: { type: 'linear', domain: [0, 1], range: ['#f2f6fa', '#0b3c5d'] },
      marks: [
        axisX({ anchor: 'top', tickFormat: (d: ChartGroup) => texts.group(d), lineWidth: 8, tickSize: 0, label: null }),
        axisY({ tickFormat: (theme: string) => texts.theme(theme), lineWidth: 18, textOverflow: 'ellipsis', tickSize: 0, label: null }),
        cell(chart.cells, { x: 'domain', y: 'theme', fill: 'value', inset: 1 }),
        // Two marks, so the text colours stay constants and out of the cells' colour scale.
        text(
          chart.cells.filter((c) => c.value > DARK_CELL),
          { x: 'domain', y: 'theme', text: (c: HeatCell) => valueText(c.value), fill: '#ffffff' },
        ),
        text(
          chart.cells.filter((c) => c.value <= DARK_CELL),
          { x: 'domain', y: 'theme', text: (c: HeatCell) => valueText(c.value), fill: INK },
        ),
      ],
    }),
  );
}
