import { anchorQuote } from './anchor-quote.ts';
import { buildTextIndex } from './text-index.ts';

// Its own module, apart from capturePage: highlight.js runs on every reload and needs no Readability.

/** Which of the given clips can be found on this page again, as ranges to highlight. */
export function anchorClips<T extends { readonly selector: Parameters<typeof anchorQuote>[1] }>(
  doc: Document,
  clips: readonly T[],
): Array<{ clip: T; range: Range | null }> {
  const index = buildTextIndex(doc);
  return clips.map((c) => ({ clip: c, range: anchorQuote(doc, c.selector, index) }));
}
