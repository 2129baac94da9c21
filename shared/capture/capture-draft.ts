import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { QuoteSelector } from '../schema/observation.ts';
import { LongText, ShortText, WebUrl } from '../schema/text.ts';

/**
 * What the capture script reads from a page and hands to the extension. It comes out of a hostile
 * page, so the extension validates it with this schema before it shows or stores any of it.
 */
export const CaptureDraft = z.strictObject({
  pageUrl: WebUrl,
  source: z.strictObject({
    title: ShortText,
    canonicalUrl: WebUrl,
    siteName: ShortText.optional(),
    byline: ShortText.optional(),
    publishedAt: ShortText.optional(),
    lang: z.string().max(35).optional(),
    description: LongText.optional(),
  }),
  /** The selected passage; for a whole-page clip, the page's description (possibly empty). */
  quote: LongText,
  selector: QuoteSelector.optional(),
  /** A link that opens the page scrolled to the passage. */
  fragmentUrl: z
    .string()
    .max(LIMITS.url * 2)
    .optional(),
  figure: z
    .strictObject({
      value: z.number().refine(Number.isFinite, 'must be a finite number'),
      unit: ShortText,
      labels: z.array(ShortText).max(10),
    })
    .optional(),
  scope: z.enum(['selection', 'page']),
  /** False where the page's text cannot be read (a PDF in the browser's viewer). */
  textReadable: z.boolean(),
});
export type CaptureDraft = z.infer<typeof CaptureDraft>;
