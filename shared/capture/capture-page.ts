import { LIMITS } from '../limits.ts';
import type { CaptureDraft } from './capture-draft.ts';
import { anchorQuote } from './anchor-quote.ts';
import { normalizeUrl } from './normalize-url.ts';
import { describeQuote } from './quote-selector.ts';
import { extractSourceMetadata } from './source-metadata.ts';
import { figureFromSelection } from './table-figure.ts';
import { buildTextIndex } from './text-index.ts';
import { textFragmentUrl } from './text-fragment-url.ts';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Everything a clip needs from the page it is made on, read without changing the page. `range` is
 * the partner's selection, or null to clip the whole page. Returns null for a page that is not
 * an http(s) document.
 */
export function capturePage(doc: Document, pageUrl: string, range: Range | null): CaptureDraft | null {
  const page = normalizeUrl(pageUrl);
  if (page === null) return null;
  const meta = extractSourceMetadata(doc, pageUrl);
  const source: CaptureDraft['source'] = {
    ...meta,
    title: clip(meta.title, LIMITS.shortText),
    ...(meta.description === undefined ? {} : { description: clip(meta.description, LIMITS.longText) }),
  };
  const textReadable = !isPdf(doc);
  const selected = range !== null && !range.collapsed ? range : null;
  if (selected === null || !textReadable) {
    return { pageUrl, source, quote: source.description ?? '', scope: 'page', textReadable };
  }

  const index = buildTextIndex(doc);
  const selector = describeQuote(doc, selected, index);
  if (selector === null) return { pageUrl, source, quote: source.description ?? '', scope: 'page', textReadable };
  const quote = clip(selector.exact, LIMITS.longText);
  const figure = figureFromSelection(selected, quote, source.lang);
  return {
    pageUrl,
    source,
    quote,
    selector: { ...selector, exact: quote },
    fragmentUrl: textFragmentUrl(source.canonicalUrl === page ? pageUrl : source.canonicalUrl, selector),
    ...(figure === null ? {} : { figure: { ...figure, labels: figure.labels.map((l) => clip(l, LIMITS.shortText)).slice(0, 10) } }),
    scope: 'selection',
    textReadable,
  };
}

/** A page the partner clipped without being able to read its text, such as a PDF in the browser's viewer. */
export function unreadablePageDraft(pageUrl: string, title: string): CaptureDraft | null {
  const canonicalUrl = normalizeUrl(pageUrl);
  if (canonicalUrl === null) return null;
  return { pageUrl, source: { title: clip(title.trim() || new URL(pageUrl).hostname, LIMITS.shortText), canonicalUrl }, quote: '', scope: 'page', textReadable: false };
}

function isPdf(doc: Document): boolean {
  return doc.contentType === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]') !== null;
}

/** Which of the given clips can be found on this page again, as ranges to highlight. */
export function anchorClips<T extends { readonly selector: Parameters<typeof anchorQuote>[1] }>(doc: Document, clips: readonly T[]): Array<{ clip: T; range: Range | null }> {
  const index = buildTextIndex(doc);
  return clips.map((c) => ({ clip: c, range: anchorQuote(doc, c.selector, index) }));
}
