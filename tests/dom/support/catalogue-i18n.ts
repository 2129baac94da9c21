import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

const LOCALES = resolve(import.meta.dirname, '../../../extension/public/_locales');

export function readCatalogue(language: 'nl' | 'en'): Catalogue {
  return JSON.parse(readFileSync(resolve(LOCALES, language, 'messages.json'), 'utf8')) as Catalogue;
}

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
