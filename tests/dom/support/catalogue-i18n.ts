import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue } from '../../../extension/i18n/catalogue.ts';

export { messagesFrom, type Catalogue } from '../../../extension/i18n/catalogue.ts';

const LOCALES = resolve(import.meta.dirname, '../../../extension/public/_locales');

export function readCatalogue(language: 'nl' | 'en'): Catalogue {
  return JSON.parse(readFileSync(resolve(LOCALES, language, 'messages.json'), 'utf8')) as Catalogue;
}
