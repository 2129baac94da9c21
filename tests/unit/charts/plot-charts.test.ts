import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartTexts } from '../../../shared/charts/chart-texts.ts';
import { plotChart } from '../../../shared/charts/plot-charts.ts';
import type { BarChartData, HeatmapData } from '../../../shared/charts/survey-charts.ts';
import { markupOf } from '../../../shared/report/html.ts';
import { svgMarkup } from '../../../shared/report/svg-markup.ts';

const EVIL = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const texts: ChartTexts = {
  language: 'nl',
  group: (group) => (group === 'all' ? 'Alle partners' : group),
  theme: (key) => `thema ${key}`,
  value: (measure, value) => (measure === 'mean' ? value.toFixed(1) : `${Math.round(value * 100)}%`),
  measure: () => 'gemiddelde',
  noAnswers: 'geen antwoorden',
  heatmap: (question) => `Urgentie: ${question}`,
};
const label = { nl: EVIL, en: EVIL };
const bars: BarChartData = {
  kind: 'bars',
  question: 'q',
  title: label,
  measure: 'mean',
  min: 1,
  max: 5,
  bars: [
    { item: 'a', itemLabel: label, group: 'all', value: 3.5, n: 2, spread: { q1: 3, median: 3.5, q3: 4, min: 2, max: 5 } },
    { item: 'a', itemLabel: label, group: 'zorg', value: null, n: 0, spread: null },
    { item: 'b', itemLabel: { nl: 'B', en: 'B' }, group: 'all', value: 2, n: 1, spread: null },
  ],
};
const heatmap: HeatmapData = {
  kind: 'heatmap',
  question: 'q',
  title: label,
  domains: ['zorg', 'verzekeraar'],
  themes: ['vergrijzing'],
  cells: [
    { domain: 'zorg', theme: 'vergrijzing', value: 0.25, issues: 1, respondents: 1 },
    { domain: 'verzekeraar', theme: 'vergrijzing', value: 0.75, issues: 1, respondents: 1 },
  ],
};

describe('a chart drawn by Plot', () => {
  const document = new JSDOM('').window.document;

  it('is a labelled SVG image with one bar per answered group and the spread markers', () => {
    const svg = plotChart(bars, texts, document);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`${EVIL} (gemiddelde)`);
    expect(svg.firstElementChild?.tagName).toBe('title');
    expect(svg.firstElementChild?.textContent).toBe(`${EVIL} (gemiddelde)`);
    expect(svg.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(2);
    // ARIA allows no aria-label on a plain group: Plot's names of the marks move to data-mark.
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    // One thin rule for the range and one thick for the middle half, for the one bar with a spread.
    expect(svg.querySelectorAll('g[data-mark="rule"] line')).toHaveLength(2);
    // The item headings are text: the payload never becomes an element.
    expect(svg.querySelector('script, img')).toBeNull();
    expect(svg.textContent).toContain(EVIL);
  });

  it('draws a mean at the scale minimum as a visible bar, and a group without answers as words, not as a bar', () => {
    const lowest: BarChartData = {
      ...bars,
      title: { nl: 'Laag', en: 'Low' },
      bars: [
        { item: 'a', itemLabel: { nl: 'A', en: 'A' }, group: 'all', value: 1, n: 3, spread: { q1: 1, median: 1, q3: 1, min: 1, max: 1 } },
        { item: 'a', itemLabel: { nl: 'A', en: 'A' }, group: 'zorg', value: 5, n: 1, spread: null },
        { item: 'a', itemLabel: { nl: 'A', en: 'A' }, group: 'verzekeraar', value: null, n: 0, spread: null },
      ],
    };
    const svg = plotChart(lowest, texts, document);
    const rects = [...svg.querySelectorAll('g[data-mark="bar"] rect')];
    expect(rects).toHaveLength(2);
    const [low, high] = rects.map((rect) => ({ x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) }));
    const ticks = [...svg.querySelectorAll('g[data-mark="x-axis tick label"] text')];
    // The axis names the scale's points only: no 0 or 0.5 that no one could answer.
    expect(ticks.map((tick) => tick.textContent)).toEqual(['1.0', '2.0', '3.0', '4.0', '5.0']);
    const at = (label: string) => {
      const tick = ticks.find((t) => t.textContent === label)?.closest('[transform]') ?? ticks.find((t) => t.textContent === label);
      return Number(/translate\(([\d.]+)/.exec(tick?.getAttribute('transform') ?? '')?.[1]);
    };
    // Both bars start at the same place left of the first point; the mean of 1 ends on it, the mean of 5 on the last.
    expect(low?.x).toBe(high?.x);
    expect(low?.width).toBeGreaterThan(20);
    expect((low?.x ?? 0) + (low?.width ?? 0)).toBeCloseTo(at('1.0'), 0);
    expect((high?.x ?? 0) + (high?.width ?? 0)).toBeCloseTo(at('5.0'), 0);
    expect([...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent)).toEqual(['geen antwoorden']);
  });

  it('starts a score or share at zero, so a share of 0% draws nothing and says nothing', () => {
    const share: BarChartData = {
      ...bars,
      measure: 'share',
      min: 0,
      max: 1,
      bars: [
        { item: 'a', itemLabel: { nl: 'A', en: 'A' }, group: 'all', value: 0.5, n: 2, spread: null },
        { item: 'a', itemLabel: { nl: 'A', en: 'A' }, group: 'zorg', value: 0, n: 2, spread: null },
      ],
    };
    const svg = plotChart(share, texts, document);
    const widths = [...svg.querySelectorAll('g[data-mark="bar"] rect')].map((rect) => Number(rect.getAttribute('width') ?? '0'));
    expect(widths[0]).toBeGreaterThan(100);
    expect(widths.slice(1).every((width) => width === 0)).toBe(true);
    expect(svg.querySelectorAll('g[data-mark="text"] text')).toHaveLength(0);
  });

  it('draws a heat map cell per domain and theme, with its value written in it', () => {
    const svg = plotChart(heatmap, texts, document);
    expect(svg.getAttribute('aria-label')).toBe(`Urgentie: ${EVIL}`);
    expect(svg.querySelectorAll('g[data-mark="cell"] rect')).toHaveLength(2);
    expect([...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent).sort()).toEqual(['25%', '75%']);
  });

  it('becomes report markup with every text escaped, and parses as SVG on its own', () => {
    const markup = markupOf(svgMarkup(plotChart(bars, texts, document)));
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;script&gt;');
    const parsed = new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('aria-label')).toBe(`${EVIL} (gemiddelde)`);
  });

  it('refuses, as report markup, an element or attribute that could run something', () => {
    const svg = plotChart(bars, texts, document);
    svg.setAttribute('onload', 'alert(1)');
    expect(() => svgMarkup(svg)).toThrow(/onload/);
    const other = plotChart(bars, texts, document);
    other.append(document.createElementNS('http://www.w3.org/2000/svg', 'script'));
    expect(() => svgMarkup(other)).toThrow(/script/);
  });
});
