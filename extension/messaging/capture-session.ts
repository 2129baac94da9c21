import { z } from 'zod';
import { CaptureDraft } from '../../shared/capture/capture-draft.ts';
import { LIMITS } from '../../shared/limits.ts';
import { IsoDateTime } from '../../shared/schema/text.ts';

/** How the partner asked to clip: which path started the capture. */
export const CAPTURE_SOURCES = ['menu', 'page-menu', 'command', 'popup', 'panel'] as const;
export const CaptureSource = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSource>;

/** Why a page cannot be clipped; each has its own message. */
export const CAPTURE_REFUSALS = ['browser-page', 'store-page', 'local-file', 'not-web', 'no-access', 'no-tab'] as const;
export const CaptureRefusal = z.enum(CAPTURE_REFUSALS);
export type CaptureRefusal = z.infer<typeof CaptureRefusal>;

const TabId = z.number().int().nonnegative();
const CaptureId = z.string().min(1).max(64);

/**
 * The capture in progress, kept in `storage.session` (extension contexts only, gone when the
 * browser closes) between the background that reads the page and the sheet that completes it.
 */
export const CaptureSession = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('capturing'), captureId: CaptureId, tabId: TabId }),
  z.strictObject({ status: z.literal('ready'), captureId: CaptureId, tabId: TabId, source: CaptureSource, draft: CaptureDraft, capturedAt: IsoDateTime }),
  z.strictObject({ status: z.literal('refused'), captureId: CaptureId, tabId: TabId.optional(), reason: CaptureRefusal }),
]);
export type CaptureSession = z.infer<typeof CaptureSession>;

/** The page whose clips were last looked for, so the sheet can list them with what was found. */
export const AnchoredPage = z.strictObject({
  tabId: TabId,
  /** The page's own and canonical address, normalised. */
  urls: z.array(z.string().max(LIMITS.url)).min(1).max(2),
  checkedAt: z.number().int().nonnegative(),
});
export type AnchoredPage = z.infer<typeof AnchoredPage>;

export const SESSION_KEYS = { capture: 'capture', page: 'anchoredPage' } as const;

/** What the capture and re-anchoring paths ask for; validated because the e2e hook passes it in. */
export const CaptureRequest = z.strictObject({
  tabId: TabId,
  source: CaptureSource,
  /** The page address as the context menu reports it: known even where the tab's url is not. */
  pageUrl: z.string().max(LIMITS.url).optional(),
  windowId: z.number().int().optional(),
});
export type CaptureRequest = z.infer<typeof CaptureRequest>;
