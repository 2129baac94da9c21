/**
 * Finds personal identifiers and competition-sensitive figures in text before it leaves the
 * browser. A finding is a warning for the partner to redact or confirm, never an automatic block:
 * a nine-digit number can pass the BSN eleven-proof by chance.
 */
export const FINDING_KINDS = ['bsn', 'iban', 'email', 'phone', 'address', 'birth-date', 'tariff'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  readonly match: string;
  readonly start: number;
  readonly end: number;
  /** Some text around the match, so the partner can judge it in place. */
  readonly context: string;
}

const CONTEXT = 40;

/** The BSN eleven-proof: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

interface Detector {
  readonly kind: FindingKind;
  readonly pattern: RegExp;
  readonly accept?: (match: RegExpExecArray, text: string) => boolean;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})`;
const STREET =
  /\b[A-Za-zÀ-ÿ'-]+(?:straat|laan|weg|plein|singel|dreef|hof|kade|gracht|park|dijk|steeg|pad|markt|baan|erf|veld|wal|hoek)\s+\d{1,5}\s?[a-zA-Z]?\b/i;
const TARIFF_WORDS = /\b(?:tarie[fv]\w*|prijs|prijzen|kostprijs|contract\w*|inkoop\w*|honorari\w*|vergoeding\w*|omzet|marge|budgetplafond)\b/i;

function near(text: string, match: RegExpExecArray, pattern: RegExp, reach: number): boolean {
  const from = Math.max(0, match.index - reach);
  return pattern.test(text.slice(from, match.index + match[0].length + reach));
}

const DETECTORS: readonly Detector[] = [
  { kind: 'email', pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g, accept: (m) => passesIbanCheck(m[0]) },
  {
    kind: 'bsn',
    // Written as 123456782, 123.456.782, 123 456 782 or 1234.56.782.
    pattern: /(?<![\d.,-])(?:\d{3}([ .]?)\d{3}\1\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d,]|\.\d)/g,
    accept: (m) => passesElevenProof(m[0].replace(/[ .]/g, '')),
  },
  {
    kind: 'phone',
    pattern: /(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?(?:6[\s-]?(?:\d[\s-]?){7}\d|[1-9](?:[\s-]?\d){8})(?!\d)/g,
    accept: (m) => m[0].replace(/\D/g, '').replace(/^(0031|31)/, '0').length === 10,
  },
  {
    kind: 'address',
    pattern: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g,
    accept: (m, text) => near(text, m, STREET, 50) || /^\s*\d{1,5}\b/.test(text.slice(m.index + m[0].length)),
  },
  {
    kind: 'birth-date',
    pattern: new RegExp(DATE, 'gi'),
    accept: (m, text) => near(text, m, /\b(?:geboren|geb\.|geboortedatum|geboortedag|date of birth|born|dob)\b/i, 30),
  },
  {
    kind: 'tariff',
    pattern: /(?:€\s?|EUR\s?)\d{1,3}(?:[.\s]\d{3})*(?:,\d{1,2}|,-)?|\b\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s?(?:euro|EUR)\b/g,
    accept: (m, text) => near(text, m, TARIFF_WORDS, 60),
  },
];

/** About CONTEXT characters each side, widened to whole words, with an ellipsis where cut. */
function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from -= 1;
  while (to < text.length && !/\s/.test(text.charAt(to))) to += 1;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

export function scanText(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, pattern, accept } of DETECTORS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (accept !== undefined && !accept(match, text)) continue;
      const start = match.index;
      const end = start + match[0].length;
      // A match inside a longer finding (a BSN-shaped run of an IBAN) is already covered.
      if (findings.some((f) => start >= f.start && end <= f.end)) continue;
      findings.push({ kind, match: match[0], start, end, context: contextOf(text, start, end) });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
