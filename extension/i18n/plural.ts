import { isSingular } from '../../shared/wording/counted.ts';
import { formatCount } from './format.ts';
import { type MessageKey, t, uiLanguage } from './t.ts';

/**
 * A counted noun ("1 waarneming", "2 waarnemingen"): browser i18n has no plural forms, so each
 * such text is two messages and the language's plural rule picks one. The count is `$1`; a text
 * that says more than the count passes the rest as `$2`….
 */
export function plural(count: number, one: MessageKey, other: MessageKey, ...rest: string[]): string {
  return t(isSingular(count, uiLanguage()) ? one : other, formatCount(count), ...rest);
}
