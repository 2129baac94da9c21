import search from 'approx-string-match';
import { buildTextIndex, collapseWhiteSpace, type TextIndex } from './text-index.ts';
import type { TextQuoteSelector } from './quote-selector.ts';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** At most this share of a quote may differ for it still to count as found. */
const MAX_ERROR_RATE = 0.15;
/** Longer patterns are matched approximately by their head and tail only, to stay fast on long quotes. */
const MAX_FUZZY_PATTERN = 256;

/**
 * Finds a described quote again: exact text first (white space never matters), then an approximate
 * match that tolerates small edits. Several candidates are told apart by their surrounding text
 * and by how near they lie to the recorded position. Null when the quote is no longer there.
 */
export function anchorQuote(doc: Document, selector: TextQuoteSelector, index: TextIndex = buildTextIndex(doc)): Range | null {
  const found = locate(index.text, selector);
  return found ? toRange(doc, index, found.start, found.end) : null;
}

export function locate(text: string, selector: TextQuoteSelector): { start: number; end: number } | null {
  const exact = collapseWhiteSpace(selector.exact);
  if (exact === '') return null;
  const candidates = exactMatches(text, exact);
  if (candidates.length === 0) candidates.push(...fuzzyMatches(text, exact));
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreOf(text, candidate, selector, exact.length);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

function exactMatches(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push({ start: i, end: i + exact.length, errors: 0 });
  return found;
}

function fuzzyMatches(text: string, exact: string): Candidate[] {
  const maxErrors = Math.floor(Math.min(exact.length, MAX_FUZZY_PATTERN) * MAX_ERROR_RATE);
  if (maxErrors === 0) return [];
  if (exact.length <= MAX_FUZZY_PATTERN) return search(text, exact, maxErrors);
  // A long quote: find its head, then its tail after it, and take the span between.
  const head = exact.slice(0, MAX_FUZZY_PATTERN / 2);
  const tail = exact.slice(-MAX_FUZZY_PATTERN / 2);
  const errorsPerPart = Math.floor((MAX_FUZZY_PATTERN / 2) * MAX_ERROR_RATE);
  const spans: Candidate[] = [];
  for (const h of search(text, head, errorsPerPart)) {
    const window = text.slice(h.start, h.start + Math.ceil(exact.length * (1 + MAX_ERROR_RATE)));
    const t = search(window, tail, errorsPerPart).sort((a, b) => a.errors - b.errors)[0];
    if (t !== undefined) spans.push({ start: h.start, end: h.start + t.end, errors: h.errors + t.errors });
  }
  return spans;
}

/** Fewer errors first, then matching context on each side, then closeness to the recorded position. */
function scoreOf(text: string, candidate: Candidate, selector: TextQuoteSelector, length: number): number {
  const prefix = collapseWhiteSpace(selector.prefix);
  const suffix = collapseWhiteSpace(selector.suffix);
  const before = text.slice(Math.max(0, candidate.start - prefix.length - 1), candidate.start).trimEnd();
  const after = text.slice(candidate.end, candidate.end + suffix.length + 1).trimStart();
  const context = commonSuffix(before, prefix) + commonPrefix(after, suffix);
  const distance = selector.start === undefined ? 0 : Math.abs(candidate.start - selector.start) / Math.max(text.length, 1);
  return -candidate.errors * 4 + context / Math.max(length, 1) - distance;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) n += 1;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charAt(a.length - 1 - n) === b.charAt(b.length - 1 - n)) n += 1;
  return n;
}

function toRange(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  let first = start;
  let last = end - 1;
  while (first <= last && index.nodeOf[first] === -1) first += 1;
  while (last >= first && index.nodeOf[last] === -1) last -= 1;
  if (first > last) return null;
  const startNode = index.nodes[index.nodeOf[first] ?? -1];
  const endNode = index.nodes[index.nodeOf[last] ?? -1];
  if (startNode === undefined || endNode === undefined) return null;
  const range = doc.createRange();
  range.setStart(startNode, index.offsetOf[first] ?? 0);
  range.setEnd(endNode, (index.offsetOf[last] ?? 0) + 1);
  return range;
}
