import { LIMITS } from '../../../shared/limits.ts';
import { ObservationBody } from '../../../shared/schema/observation.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { parseFigureValue } from '../../ui/figure-text.ts';
import type { ObservationInput } from '../../services/record-store.ts';
import type { SheetValues } from './sheet-values.ts';

export type SheetField =
  | 'quote'
  | 'title'
  | 'siteName'
  | 'byline'
  | 'publishedAt'
  | 'figureValue'
  | 'figureUnit'
  | 'figurePeriod'
  | 'figureLabel'
  | 'areas'
  | 'themes'
  | 'interpretation'
  | 'newIssueTitle'
  | 'form';

export type SheetErrors = Partial<Record<SheetField, MessageKey>>;

export type SheetCheck = { readonly ok: true; readonly input: ObservationInput } | { readonly ok: false; readonly errors: SheetErrors };

function tooLong(text: string, max: number): MessageKey | undefined {
  if (text.length <= max) return undefined;
  return max === LIMITS.shortText ? 'sheetErrorShortTooLong' : 'sheetErrorLongTooLong';
}

const optional = (text: string) => (text === '' ? {} : { value: text });

/** Checks the sheet as the partner filled it and makes the observation, or says per field what is wrong. */
export function sheetToInput(values: SheetValues, language: string): SheetCheck {
  const errors: Partial<Record<SheetField, MessageKey | undefined>> = {};
  const title = values.title.trim();
  const quote = values.quoteFixed ? values.quote : values.quote.trim();
  const interpretation = values.interpretation.trim();
  const newIssueTitle = values.newIssueTitle.trim();
  const short = { title, siteName: values.siteName.trim(), byline: values.byline.trim(), publishedAt: values.publishedAt.trim() };

  if (title === '') errors.title = 'sheetErrorTitleRequired';
  for (const [field, text] of Object.entries(short) as Array<[keyof typeof short, string]>) errors[field] ??= tooLong(text, LIMITS.shortText);
  // An observation without text or figure says nothing at the regiotafel; a figure carries its own value.
  errors.quote = quote === '' && values.kind !== 'figure' ? 'sheetErrorQuoteRequired' : tooLong(quote, LIMITS.longText);
  errors.interpretation = tooLong(interpretation, LIMITS.longText);
  errors.newIssueTitle = tooLong(newIssueTitle, LIMITS.shortText);
  if (values.areas.length > LIMITS.listItems) errors.areas = 'sheetErrorTooMany';
  if (values.themes.length > LIMITS.listItems) errors.themes = 'sheetErrorTooMany';

  let figure: ObservationBody['figure'];
  if (values.kind === 'figure') {
    const value = parseFigureValue(values.figureValue, language);
    const unit = values.figureUnit.trim();
    const period = values.figurePeriod.trim();
    const label = values.figureLabel.trim();
    if (value === null) errors.figureValue = values.figureValue.trim() === '' ? 'sheetErrorFigureRequired' : 'sheetErrorFigureNotANumber';
    if (label === '') errors.figureLabel = 'sheetErrorFigureLabelRequired';
    errors.figureUnit = tooLong(unit, LIMITS.shortText);
    errors.figurePeriod = tooLong(period, LIMITS.shortText);
    errors.figureLabel ??= tooLong(label, LIMITS.shortText);
    if (value !== null) figure = { value, unit, period, label };
  }

  const found = Object.fromEntries(Object.entries(errors).filter((entry) => entry[1] !== undefined)) as SheetErrors;
  if (Object.keys(found).length > 0) return { ok: false, errors: found };

  const source = {
    url: values.url,
    ...(values.pageUrl === undefined ? {} : { pageUrl: values.pageUrl }),
    title,
    ...withKey('siteName', optional(short.siteName)),
    ...withKey('byline', optional(short.byline)),
    ...withKey('publishedAt', optional(short.publishedAt)),
    ...withKey('lang', optional(values.lang)),
    ...(values.description === undefined ? {} : { description: values.description }),
    accessedAt: values.accessedAt,
  };
  const body = ObservationBody.safeParse({
    quote,
    source,
    ...(values.selector === undefined ? {} : { selector: values.selector }),
    kind: values.kind,
    ...(figure === undefined ? {} : { figure }),
    areas: [...new Set(values.areas)],
    themes: [...new Set(values.themes)],
    interpretation,
    issueIds: [...new Set(values.issueIds)],
    ...(values.captureNote === undefined ? {} : { captureNote: values.captureNote }),
  });
  if (!body.success) return { ok: false, errors: { form: 'sheetErrorInvalid' } };
  return { ok: true, input: { body: body.data, ...(newIssueTitle === '' ? {} : { newIssueTitle }) } };
}

function withKey<K extends string>(key: K, present: { value?: string }): Partial<Record<K, string>> {
  return present.value === undefined ? {} : ({ [key]: present.value } as Partial<Record<K, string>>);
}
