import { instantOf } from '../../shared/clock/instant.ts';
import { uiLanguage } from './t.ts';

/** A clock timestamp ("2026-11-22T09:15:02.481Z-0003") or ISO time as the user reads dates. */
export function formatMoment(timestamp: string, language: string = uiLanguage()): string {
  const date = instantOf(timestamp);
  if (date === null) return timestamp;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatCount(count: number, language: string = uiLanguage()): string {
  return new Intl.NumberFormat(language).format(count);
}

/** A moment of today as the user reads a clock: "13:45". */
export function formatClockTime(ms: number, language: string = uiLanguage()): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(ms));
}

/** A mean or median as the user reads numbers: "2,3". */
export function formatDecimal(value: number, language: string = uiLanguage()): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A calendar day ("2027-03-31") as a date, read at noon so no time zone moves it to the day before. */
export function formatCalendarDay(day: string, language: string = uiLanguage()): string {
  return formatDay(`${day}T12:00:00.000Z`, language);
}

/** A day as the user reads dates: "22 nov 2026". */
export function formatDay(timestamp: string, language: string = uiLanguage()): string {
  const date = instantOf(timestamp);
  if (date === null) return timestamp;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
