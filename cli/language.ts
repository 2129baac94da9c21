import { isReportLanguage, type ReportLanguage } from '../shared/report/texts.ts';

/** The locale variables the CLI reads, as the environment holds them. */
export interface Locale {
  readonly LC_ALL?: string | undefined;
  readonly LC_MESSAGES?: string | undefined;
  readonly LANG?: string | undefined;
}

/**
 * The language the locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set, as
 * POSIX orders them; English when it starts with "en", else Dutch, the language of the regions
 * the program serves (a "C" locale included).
 */
export function localeLanguage(locale: Locale): ReportLanguage {
  const set = [locale.LC_ALL, locale.LC_MESSAGES, locale.LANG].find((value) => value !== undefined && value !== '');
  return set?.toLowerCase().startsWith('en') === true ? 'en' : 'nl';
}

export type LanguageChoice =
  /** `asked`: the language came from `--lang`, not from the locale. */
  | { readonly ok: true; readonly language: ReportLanguage; readonly asked: boolean; readonly args: readonly string[] }
  /** `value` is what `--lang` was given, undefined when nothing followed it. */
  | { readonly ok: false; readonly fallback: ReportLanguage; readonly value: string | undefined };

/**
 * Takes `--lang LANG` (or `--lang=LANG`) out of the command line, wherever it stands before a
 * lone `--`, so it chooses the language of every message, the first ones included; the last one
 * given counts. Without it the locale chooses.
 */
export function chooseLanguage(args: readonly string[], locale: Locale): LanguageChoice {
  const rest: string[] = [];
  let asked: string | undefined;
  let given = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--') {
      rest.push(...args.slice(index));
      break;
    }
    if (arg === '--lang') {
      given = true;
      asked = args[index + 1];
      index += 1;
    } else if (arg.startsWith('--lang=')) {
      given = true;
      asked = arg.slice('--lang='.length);
    } else rest.push(arg);
  }
  const fallback = localeLanguage(locale);
  if (!given) return { ok: true, language: fallback, asked: false, args: rest };
  if (asked === undefined || asked === '' || asked.startsWith('-')) return { ok: false, fallback, value: undefined };
  return isReportLanguage(asked) ? { ok: true, language: asked, asked: true, args: rest } : { ok: false, fallback, value: asked };
}
