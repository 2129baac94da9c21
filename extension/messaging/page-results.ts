import { z } from 'zod';
import { CaptureDraft } from '../../shared/capture/capture-draft.ts';
import { LIMITS } from '../../shared/limits.ts';
import { RecordId } from '../../shared/schema/ids.ts';

/**
 * What the scripts injected into a page hand back. Everything here comes out of a hostile page,
 * so the background parses it before it uses any of it.
 */

/** Most clips highlighted on one page at once; a page with more shows the newest. */
export const MAX_CLIPS_PER_PAGE = 500;

/** One frame's answer from capture.js. */
export const FrameCapture = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), hasSelection: z.boolean(), draft: CaptureDraft.nullable() }),
  z.strictObject({ ok: z.literal(false) }),
]);
export type FrameCapture = z.infer<typeof FrameCapture>;

/** highlight.js's answer: where the page is, as it says itself. */
export const PageAddress = z.strictObject({
  href: z.string().max(LIMITS.url),
  canonicalUrl: z.string().max(LIMITS.url).nullable(),
});
export type PageAddress = z.infer<typeof PageAddress>;

/** Which of the clips handed in were found again on the page. */
export const HighlightResult = z.strictObject({
  found: z.array(RecordId).max(MAX_CLIPS_PER_PAGE),
  lost: z.array(RecordId).max(MAX_CLIPS_PER_PAGE),
});
export type HighlightResult = z.infer<typeof HighlightResult>;
