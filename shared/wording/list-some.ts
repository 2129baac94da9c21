/**
 * How many items a list printed from bundle data shows before it counts the rest: a bundle may
 * name hundreds of thousands of ids, and a line or a page of all of them is read by nobody.
 */
export const LISTED = 20;

export type ListLanguage = 'nl' | 'en';

/** The first items of a list and how many are left out. */
export interface Some<T> {
  readonly shown: readonly T[];
  readonly more: number;
}

/** The first `max` items and the count of the rest; slices before anything is formatted, so a huge list costs only what is shown. */
export function someOf<T>(items: readonly T[], max: number = LISTED): Some<T> {
  return items.length <= max ? { shown: items, more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}

/** "… and 299,997 more" or "… en nog 299.997": what stands after the items shown. */
export function moreWords(more: number, language: ListLanguage = 'en'): string {
  const count = new Intl.NumberFormat(language).format(more);
  return language === 'nl' ? `… en nog ${count}` : `… and ${count} more`;
}

export interface ListOptions {
  readonly max?: number;
  readonly language?: ListLanguage;
  readonly separator?: string;
}

/** "a, b, c … and 299,997 more": a list as one line of text, never longer than `max` items. */
export function listSome(items: readonly string[], options: ListOptions = {}): string {
  const { shown, more } = someOf(items, options.max);
  const listed = shown.join(options.separator ?? ', ');
  return more === 0 ? listed : `${listed} ${moreWords(more, options.language)}`;
}
