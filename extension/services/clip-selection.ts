import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import { ObservationBody } from '../../shared/schema/observation.ts';
import type { RecordStore } from './record-store.ts';

/** What the context menu hands over; validated because the e2e hook passes the same shape in. */
export const ClipRequest = z.strictObject({
  selectionText: z.string(),
  pageUrl: z.string(),
  tabTitle: z.string(),
  tabId: z.number().int().nonnegative().optional(),
});
export type ClipRequest = z.infer<typeof ClipRequest>;

export type ClipRefusal = 'invalid-request' | 'not-a-web-page' | 'empty-selection' | 'too-long';

export type ClipOutcome =
  | { readonly status: 'saved'; readonly id: RecordId }
  | { readonly status: 'pending-setup' }
  | { readonly status: 'refused'; readonly reason: ClipRefusal };

export interface ClipDeps {
  readonly store: Pick<RecordStore, 'saveClip'>;
  readonly now: () => number;
  /** Opens the first-run setup when a clip arrives before it was done. */
  readonly openSetup: () => Promise<unknown>;
  readonly badge: { saved(tabId: number): Promise<void>; failed(tabId: number): Promise<void> };
}

function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The one path from a selected passage to a stored observation: the menu and the e2e hook both use it. */
export function createClipSelection({ store, now, openSetup, badge }: ClipDeps) {
  async function refuse(reason: ClipRefusal, tabId: number | undefined): Promise<ClipOutcome> {
    if (tabId !== undefined) await badge.failed(tabId);
    return { status: 'refused', reason };
  }

  return async function clipSelection(input: unknown): Promise<ClipOutcome> {
    const parsed = ClipRequest.safeParse(input);
    if (!parsed.success) return refuse('invalid-request', undefined);
    const { selectionText, pageUrl, tabTitle, tabId } = parsed.data;
    if (!isWebAddress(pageUrl)) return refuse('not-a-web-page', tabId);
    const quote = selectionText.trim();
    if (quote === '') return refuse('empty-selection', tabId);

    const body = ObservationBody.safeParse({
      quote,
      // A page title is only a label: cutting it to fit loses nothing the link does not keep.
      source: { url: pageUrl, title: tabTitle.trim().slice(0, LIMITS.shortText), accessedAt: new Date(now()).toISOString() },
      kind: 'signal',
      areas: [],
      themes: [],
      interpretation: '',
      issueIds: [],
    });
    if (!body.success) return refuse('too-long', tabId);

    const result = await store.saveClip({ body: body.data, ...(tabId === undefined ? {} : { tabId }) });
    if (result.status === 'pending-setup') {
      await openSetup();
      return result;
    }
    if (tabId !== undefined) await badge.saved(tabId);
    return { status: 'saved', id: result.record.id };
  };
}
