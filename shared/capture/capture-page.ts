import { LIMITS } from '../limits.ts';
import { clipText } from './clip-text.ts';
import type { CaptureDraft } from './capture-draft.ts';
import { normalizeUrl } from './normalize-url.ts';
import { describeQuote } from './quote-selector.ts';
import { extractSourceMetadata } from './source-metadata.ts';
import { figureFromSelection } from './table-figure.ts';
import { buildTextIndex } from './text-index.ts';
import { textFragmentUrl } from './text-fragment-url.ts';

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
    title: clipText(meta.title, LIMITS.shortText),
    ...(meta.description === undefined ? {} : { description: clipText(meta.description, LIMITS.longText) }),
  };
  const textReadable = !isPdf(doc);
  const selected = range !== null && !range.collapsed ? range : null;
  if (selected === null || !textReadable) {
    return { pageUrl, source, quote: source.description ?? '', scope: 'page', textReadable };
  }

  const index = buildTextIndex(doc);
  const selector = describeQuote(doc, selected, index);
  if (selector === null) return { pageUrl, source, quote: source.description ?? '', scope: 'page', textReadable };
  const quote = clipText(selector.exact, LIMITS.longText);
  const figure = figureFromSelection(selected, quote, source.lang);
  return {
    pageUrl,
    source,
    quote,
    selector: { ...selector, exact: quote },
    fragmentUrl: textFragmentUrl(source.canonicalUrl === page ? pageUrl : source.canonicalUrl, selector),
    ...(figure === null ? {} : { figure: { ...figure, labels: figure.labels.map((l) => clipText(l, LIMITS.shortText)).slice(0, 10) } }),
    scope: 'selection',
    textReadable,
  };
}

function isPdf(doc: Document): boolean {
  return doc.contentType === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]') !== null;
}
