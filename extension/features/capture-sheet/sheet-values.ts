import { type Area, areasNamedIn } from '../../../shared/catalog/areas.ts';
import type { CaptureDraft } from '../../../shared/capture/capture-draft.ts';
import { normalizeUrl } from '../../../shared/capture/normalize-url.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { CAPTURE_NOTES, ObservationBody, ObservationKind, QuoteSelector } from '../../../shared/schema/observation.ts';
import type { z } from 'zod';
import { formatFigureValue, guessPeriod } from '../../ui/figure-text.ts';

export type CaptureNote = (typeof CAPTURE_NOTES)[number];
export type Kind = z.infer<typeof ObservationKind>;

/**
 * Everything the capture sheet shows and edits, as text the way it sits in the form. Made from a
 * fresh draft or from a stored observation; turned back into an observation by sheet-input.ts.
 */
export interface SheetValues {
  readonly quote: string;
  /** A selected passage keeps its words: its selector finds exactly them on the page again. */
  readonly quoteFixed: boolean;
  readonly selector: z.infer<typeof QuoteSelector> | undefined;
  readonly captureNote: CaptureNote | undefined;
  readonly url: string;
  readonly pageUrl: string | undefined;
  readonly title: string;
  readonly siteName: string;
  readonly byline: string;
  readonly publishedAt: string;
  readonly lang: string;
  readonly description: string | undefined;
  readonly accessedAt: string;
  readonly kind: Kind;
  readonly figureValue: string;
  readonly figureUnit: string;
  readonly figurePeriod: string;
  readonly figureLabel: string;
  /** Headers of the table cell the figure came from, offered as its label. */
  readonly labelOptions: readonly string[];
  /** CBS codes of bundled areas, or free text. */
  readonly areas: readonly string[];
  /** Theme keys of the bundled taxonomy, or free text. */
  readonly themes: readonly string[];
  readonly interpretation: string;
  readonly issueIds: readonly RecordId[];
  readonly newIssueTitle: string;
}

export interface DraftContext {
  readonly capturedAt: string;
  readonly regionAreas: readonly Area[];
  readonly language: string;
}

/** The sheet for a fresh capture, with first guesses the partner can change: kind, areas, period. */
export function sheetFromDraft(draft: CaptureDraft, { capturedAt, regionAreas, language }: DraftContext): SheetValues {
  const { source, figure } = draft;
  const page = normalizeUrl(draft.pageUrl);
  const labels = figure?.labels ?? [];
  const captureNote: CaptureNote | undefined = !draft.textReadable ? 'text-unreadable' : draft.scope === 'page' ? 'whole-page' : undefined;
  return {
    quote: draft.quote,
    quoteFixed: draft.selector !== undefined,
    selector: draft.selector,
    captureNote,
    url: source.canonicalUrl,
    pageUrl: page !== null && page !== source.canonicalUrl ? page : undefined,
    title: source.title,
    siteName: source.siteName ?? '',
    byline: source.byline ?? '',
    publishedAt: source.publishedAt ?? '',
    lang: source.lang ?? '',
    description: source.description,
    accessedAt: capturedAt,
    kind: looksLikeFigure(draft) ? 'figure' : draft.scope === 'page' ? 'context' : 'signal',
    figureValue: figure === undefined ? '' : formatFigureValue(figure.value, language),
    figureUnit: figure === undefined ? '' : figure.unit || (labels.some((label) => /%|procent|percent/i.test(label)) ? '%' : ''),
    figurePeriod: figure === undefined ? '' : guessPeriod([...labels, source.title]),
    figureLabel: labels.join(' – '),
    labelOptions: labels,
    areas: areasNamedIn([draft.quote, source.title, ...labels].join(' '), regionAreas).map((area) => area.code),
    themes: [],
    interpretation: '',
    issueIds: [],
    newIssueTitle: '',
  };
}

/** Longest selection still read as "just a number" when it is not in a table cell. */
const BARE_FIGURE = 24;

/**
 * A figure is the first guess only for a table cell or a selection that is little more than a
 * number; a sentence that mentions a number stays a signal, with the figure ready if the partner
 * makes it one.
 */
function looksLikeFigure(draft: CaptureDraft): boolean {
  if (draft.figure === undefined) return false;
  return draft.figure.labels.length > 0 || draft.quote.trim().length <= BARE_FIGURE;
}

/** The sheet for editing a stored observation: exactly what it holds. */
export function sheetFromObservation(body: ObservationBody, language: string): SheetValues {
  const { source, figure } = body;
  return {
    quote: body.quote,
    quoteFixed: body.selector !== undefined,
    selector: body.selector,
    captureNote: body.captureNote,
    url: source.url,
    pageUrl: source.pageUrl,
    title: source.title,
    siteName: source.siteName ?? '',
    byline: source.byline ?? '',
    publishedAt: source.publishedAt ?? '',
    lang: source.lang ?? '',
    description: source.description,
    accessedAt: source.accessedAt,
    kind: body.kind,
    figureValue: figure === undefined ? '' : formatFigureValue(figure.value, language),
    figureUnit: figure?.unit ?? '',
    figurePeriod: figure?.period ?? '',
    figureLabel: figure?.label ?? '',
    labelOptions: [],
    areas: body.areas,
    themes: body.themes,
    interpretation: body.interpretation,
    issueIds: body.issueIds,
    newIssueTitle: '',
  };
}
