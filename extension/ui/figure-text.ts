import { parseFigure } from '../../shared/capture/parse-figure.ts';

/** A figure's value as the partner reads and types it: "12,5" in Dutch, no thousands marks. */
export function formatFigureValue(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 12 }).format(value);
}

/** Only a number, as written on Dutch or English pages ("1.234,5", "-3,4"); anything else is null. */
export function parseFigureValue(text: string, language: string): number | null {
  const trimmed = text.trim();
  if (!/^[-−–]?\s*\d[\d.,\s\u00a0\u202f]*$/.test(trimmed)) return null;
  return parseFigure(trimmed, language)?.value ?? null;
}

/** A year or year range named in the figure's headers or the page title, as a first guess at its period. */
export function guessPeriod(texts: readonly string[]): string {
  for (const text of texts) {
    const match = /\b((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?\b/.exec(text);
    if (match !== null) return match[2] === undefined ? (match[1] ?? '') : `${match[1]}–${match[2]}`;
  }
  return '';
}
