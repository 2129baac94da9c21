import en from '../public/_locales/en/messages.json';
import nl from '../public/_locales/nl/messages.json';
import type { MessageKey } from './t.ts';

interface CatalogueEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/**
 * getMessage as Chromium does it for one catalogue: named placeholders (case-insensitive) become
 * their content, then `$1`…`$9` become the substitutions. An unknown key gives '' as in the browser.
 */
export function messagesFrom(catalogue: Catalogue) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = catalogue[name];
    if (entry === undefined) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, key: string) => placeholders[key.toLowerCase()] ?? '')
      .replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

const catalogues = { nl: messagesFrom(nl), en: messagesFrom(en) } as const;
export type CatalogueLanguage = keyof typeof catalogues;

/**
 * A message in a language chosen by the page rather than by the browser: the survey page switches
 * between Dutch and English on its own, and text that travels with a survey needs both.
 */
export function messageIn(language: CatalogueLanguage, key: MessageKey, ...substitutions: string[]): string {
  return catalogues[language](key, substitutions) || key;
}
