import { type z } from 'zod';
import type { QuoteSelector } from '../schema/observation.ts';
import { buildTextIndex, positionOf, type TextIndex } from './text-index.ts';

export type TextQuoteSelector = z.infer<typeof QuoteSelector>;

/** Context kept on each side: enough to tell repeated phrases apart, short enough to survive edits. */
const CONTEXT = 32;

/**
 * Describes a selection as a W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) plus its
 * position in the page text, all in white-space-collapsed form. Null for an empty selection.
 */
export function describeQuote(doc: Document, range: Range, index: TextIndex = buildTextIndex(doc)): TextQuoteSelector | null {
  let start = positionOf(index, range.startContainer, range.startOffset);
  let end = positionOf(index, range.endContainer, range.endOffset);
  while (start < end && index.text.charAt(start) === ' ') start += 1;
  while (end > start && index.text.charAt(end - 1) === ' ') end -= 1;
  if (end <= start) return null;
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: index.text.slice(end, end + CONTEXT),
    start,
  };
}
