import { z } from 'zod';
import { RecordId } from './ids.ts';
import { IsoDateTime, LongText, ShortText, TextList, WebUrl } from './text.ts';
import { LIMITS } from '../limits.ts';

export const OBSERVATION_KINDS = ['figure', 'signal', 'experience', 'context'] as const;
export const ObservationKind = z.enum(OBSERVATION_KINDS);

/** W3C Web Annotation TextQuoteSelector plus the text position where it was found. */
export const QuoteSelector = z.strictObject({
  exact: z.string().min(1).max(LIMITS.longText),
  prefix: ShortText,
  suffix: ShortText,
  start: z.number().int().nonnegative().optional(),
});

export const SourceMeta = z.strictObject({
  /** The normalised canonical address: the same source clipped by two partners has the same url. */
  url: WebUrl,
  /** The address the partner actually had open, when it differs from the canonical one. */
  pageUrl: WebUrl.optional(),
  title: ShortText,
  siteName: ShortText.optional(),
  byline: ShortText.optional(),
  publishedAt: ShortText.optional(),
  lang: z.string().max(35).optional(),
  description: LongText.optional(),
  accessedAt: IsoDateTime,
});

export const Figure = z.strictObject({
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  unit: ShortText,
  period: ShortText,
  label: ShortText,
});
export type Figure = z.infer<typeof Figure>;

/**
 * How the quote came about when it is not a selected passage: the whole page was clipped (the
 * quote is the page's description), or the page's text could not be read (a PDF viewer).
 */
export const CAPTURE_NOTES = ['whole-page', 'text-unreadable'] as const;

export const ObservationBody = z.strictObject({
  quote: LongText,
  source: SourceMeta,
  selector: QuoteSelector.optional(),
  kind: ObservationKind,
  figure: Figure.optional(),
  areas: TextList,
  themes: TextList,
  interpretation: LongText,
  issueIds: z.array(RecordId).max(LIMITS.listItems),
  captureNote: z.enum(CAPTURE_NOTES).optional(),
});
export type ObservationBody = z.infer<typeof ObservationBody>;
