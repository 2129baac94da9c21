import { collapseWhiteSpace } from './text-index.ts';
import type { TextQuoteSelector } from './quote-selector.ts';

/** Quotes longer than this are linked by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE_LIMIT = 120;
const EDGE_WORDS = 5;

/** Percent-encodes a directive term; '-', ',' and '&' have meaning inside `:~:text=`. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A link that opens the source scrolled to the quote and highlights it (URL Fragment Text
 * Directives, as Chrome, Edge and Safari support; other browsers just open the page).
 */
export function textFragmentUrl(url: string, selector: Pick<TextQuoteSelector, 'exact'>): string {
  // A hash route stays (the directive follows it); any other fragment gives way to the directive.
  const withoutDirective = url.replace(/:~:.*$/, '');
  const route = /#[/!]/.test(withoutDirective);
  const base = route ? withoutDirective : withoutDirective.replace(/#.*$/, '');
  const exact = collapseWhiteSpace(selector.exact);
  if (exact === '') return base;
  const words = exact.split(' ');
  const directive =
    exact.length <= WHOLE_QUOTE_LIMIT || words.length <= EDGE_WORDS * 2
      ? term(exact)
      : `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}${route ? '' : '#'}:~:text=${directive}`;
}
