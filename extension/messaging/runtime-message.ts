import { z } from 'zod';
import { MAX_PENDING_CLIPS } from '../db/meta.ts';

/**
 * Every message between extension contexts. A page may only ask the background for what it shows
 * anyway; nothing here writes records, so a forged message could do no more than light a badge.
 */
export const RuntimeMessage = z.discriminatedUnion('type', [
  /** The dashboard stored clips that waited for setup: mark the tabs they came from. */
  z.strictObject({ type: z.literal('clips-saved'), tabIds: z.array(z.number().int().nonnegative()).max(MAX_PENDING_CLIPS) }),
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
