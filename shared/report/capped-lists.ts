import { moreWords, someOf } from '../wording/list-some.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportLanguage } from './texts.ts';

/**
 * The report's lists, capped as the CLI's are: the first items, then "… en nog N". Only the items
 * shown are rendered, so a regiobeeld naming 300,000 ids costs what twenty do.
 */
export function someJoined<T>(items: readonly T[], render: (item: T) => SafeHtml | string, separator: string, language: ReportLanguage): SafeHtml {
  const { shown, more } = someOf(items);
  return html`${shown.map((item, index) => html`${index > 0 ? separator : ''}${render(item)}`)}${more === 0 ? '' : ` ${moreWords(more, language)}`}`;
}

/** The same as list items: `item` makes each `<li>`, and a last one of its own counts the rest. */
export function someListItems<T>(items: readonly T[], item: (item: T) => SafeHtml, language: ReportLanguage): SafeHtml {
  const { shown, more } = someOf(items);
  return html`${shown.map(item)}${more === 0 ? '' : html`<li class="meta">${moreWords(more, language)}</li>`}`;
}
