import { instantOf } from '../clock/instant.ts';
/** A cell: text, a number (written with a decimal comma), or empty. */
export type CsvCell = string | number | null;

/** Dutch Excel reads `;` as the separator, because `,` is its decimal sign. */
const SEPARATOR = ';';
/** Without the byte order mark Excel reads UTF-8 as Windows-1252 and "coöperatie" turns into garbage. */
const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Two decimals: enough to tell mean ranks apart, few enough to read. */
const DECIMALS = 2;
/**
 * A text starting with one of these is read by spreadsheets as a formula (OWASP's CSV injection
 * list): a clipped quote "=HYPERLINK(…)" must stay a quote. Spreadsheets skip white space and a
 * byte order mark before the formula sign, and some read the full-width signs ＝＋－＠ (what a
 * Japanese or Chinese keyboard types) as the plain ones, so those count too. Tab and carriage
 * return start a formula on their own in some spreadsheets.
 */
const FORMULA_START = /^(?:[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;
/** NUL ends a cell early in some readers, so what follows it would land in the next field. */
const NUL = /\0/g;

/** A number as Dutch Excel reads it: decimal comma, no thousands separator, at most two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const fixed = value.toFixed(DECIMALS).replace(/\.?0+$/, '');
  return (fixed === '-0' ? '0' : fixed).replace('.', ',');
}

const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment as Dutch Excel reads a date and time ("3-5-2026 14:05"), in the region's own time zone
 * so the file does not depend on the machine that made it; text it cannot read stays as written.
 */
export function csvMoment(iso: string): string {
  const date = instantOf(iso);
  if (date === null) return iso;
  const part = Object.fromEntries(AMSTERDAM.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}`;
}

/** A calendar day ("2027-03-31") as Dutch Excel reads a date: "31-3-2027". */
export function csvDay(calendarDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(calendarDay);
  return match === null ? calendarDay : `${Number(match[3])}-${Number(match[2])}-${match[1]}`;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  const clean = cell.replace(NUL, '');
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte order mark, header row, one line per row, CRLF line ends (also the last). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join(CRLF)}${CRLF}`;
}
