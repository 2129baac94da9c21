import { formatCount } from './format.ts';
import { type MessageKey, t, uiLanguage } from './t.ts';

/**
 * A counted noun ("1 waarneming", "2 waarnemingen"): browser i18n has no plural forms, so each
 * such text is two messages and Intl picks the one the language needs.
 */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  return t(new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? one : other, formatCount(count));
}
