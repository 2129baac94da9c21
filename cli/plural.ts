import type { ReportLanguage } from '../shared/report/texts.ts';
import { counted, countText } from '../shared/wording/counted.ts';

/** "1 bestand", "300.000 bestanden" / "1 file", "300,000 files": the count as the language writes numbers, and its noun. */
export function pluralIn(language: ReportLanguage): (count: number, one: string, many: string) => string {
  return (count, one, many) => counted(count, language, { one, other: many });
}

/** A bare number as the language writes it, with the same separators as the counts beside it. */
export function numberIn(language: ReportLanguage): (count: number) => string {
  return (count) => countText(count, language);
}
