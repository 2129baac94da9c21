import type { ReportLanguage } from '../../shared/report/texts.ts';
import { en } from './en.ts';
import { type Messages, nl } from './nl.ts';

export type { Messages } from './nl.ts';

/** The messages of each language the CLI speaks: the report's languages, so one `--lang` chooses both. */
export const MESSAGES: Readonly<Record<ReportLanguage, Messages>> = { nl, en };
