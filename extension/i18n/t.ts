import { browser } from 'wxt/browser';
import type messages from '../public/_locales/nl/messages.json';

/** Keys of the default (Dutch) catalogue; a test keeps the English one to the same keys. */
export type MessageKey = keyof typeof messages;

/**
 * The two calls used, typed by the catalogue itself rather than by WXT's generated overloads, so
 * the keys stay checked whether or not `wxt prepare` has seen the catalogue yet.
 */
const i18n: { getMessage(name: string, substitutions?: string[]): string; getUILanguage(): string } = browser.i18n;

/** A user-facing string in the browser's language; a missing key shows itself rather than nothing. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return i18n.getMessage(key, substitutions) || key;
}

/** Which of the two languages texts carried in both (survey titles, report, charts) are shown in. */
export function textLanguage(): 'nl' | 'en' {
  return uiLanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The language Intl formats dates and numbers in: the one the messages are shown in. */
export function uiLanguage(): string {
  return i18n.getUILanguage();
}
