import { z } from 'zod';
import { MAX_PENDING_CLIPS } from '../db/meta.ts';

const TabId = z.number().int().nonnegative();

/**
 * Every message between extension contexts. A page may only ask the background for what it could
 * do itself: mark a tab, read a tab it has access to into a draft, look for a page's clips.
 * Nothing here writes records, so a forged message could at most show a draft or a badge.
 */
export const RuntimeMessage = z.discriminatedUnion('type', [
  /** Clips were stored (at setup, or from the sheet): mark the tabs they came from. */
  z.strictObject({ type: z.literal('clips-saved'), tabIds: z.array(TabId).max(MAX_PENDING_CLIPS) }),
  /** The popup's "Knippen" or the sheet's "clip another": capture this tab into the sheet. */
  z.strictObject({ type: z.literal('capture-tab'), tabId: TabId, source: z.enum(['popup', 'panel']) }),
  /** Look for this tab's clips again and highlight them (popup opened, clip saved). */
  z.strictObject({ type: z.literal('anchor-tab'), tabId: TabId }),
]);
export type RuntimeMessage = z.infer<typeof RuntimeMessage>;

export interface MessageSenderInfo {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * True only for this extension's own pages: not content scripts in web pages, not other
 * extensions. `baseUrl` is `runtime.getURL('/')`; compared as a prefix because URL parsers outside
 * Chromium give extension addresses no origin.
 */
export function isOwnPage(sender: MessageSenderInfo, extensionId: string, baseUrl: string): boolean {
  return sender.id === extensionId && sender.url !== undefined && baseUrl.endsWith('/') && sender.url.startsWith(baseUrl);
}
