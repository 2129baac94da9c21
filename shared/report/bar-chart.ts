import { html, type SafeHtml } from './html.ts';

export interface Bar {
  readonly label: string;
  /** Null when there is nothing to show (nobody answered): the row stays, without a bar. */
  readonly value: number | null;
  /** The value as the reader reads it ("3,4"). */
  readonly shown: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 250;
const BAR_AREA = 320;
const ROW = 26;
const BAR = 16;
/** SVG text does not wrap: longer labels are cut, and the full text stays in the table and the tooltip. */
const LABEL_CHARS = 38;

const round = (value: number): number => Math.round(value * 10) / 10;

function cut(label: string): string {
  const chars = Array.from(label);
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join('')}…`;
}

/**
 * Horizontal bars as inline SVG, scaled from 0 to `max`: hand-drawn because the report must stay
 * one file without scripts, and a handful of bars needs no library. Every text goes through `html`.
 */
export function barChart(title: string, bars: readonly Bar[], max: number): SafeHtml {
  const height = bars.length * ROW + 8;
  const scale = max > 0 ? BAR_AREA / max : 0;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * ROW;
    const length = bar.value === null ? 0 : round(Math.max(0, Math.min(bar.value, max)) * scale);
    return html`<g><title>${bar.label}: ${bar.shown}</title><text x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${cut(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${BAR}" class="bar"></rect><text x="${LABEL_WIDTH + length + 6}" y="${y + BAR - 3}">${bar.shown}</text></g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><title>${title}</title><line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" class="axis"></line>${rows}</svg>`;
}
