import { normalizeUrl } from '../../shared/capture/normalize-url.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import type { LiveRecord } from '../../shared/schema/record.ts';
import type { AnchoredPage } from '../messaging/capture-session.ts';
import { HighlightResult, MAX_CLIPS_PER_PAGE, PageAddress } from '../messaging/page-results.ts';
import type { ClipToFind } from '../page/highlight-clips.ts';
import type { AnchorStore } from './anchor-store.ts';

export interface AnchorTabDeps {
  /** Runs highlight.js in the tab's top frame; its result is the page's own (untrusted) address. */
  readonly injectHighlighter: (tabId: number) => Promise<unknown>;
  /** Calls the highlighter left in the page with the clips to find; its result is untrusted. */
  readonly runHighlighter: (tabId: number, clips: readonly ClipToFind[]) => Promise<unknown>;
  /** Adds the highlight colour to the page (scripting.insertCSS: no change to the page's DOM). */
  readonly insertStyle: (tabId: number) => Promise<void>;
  readonly clipsAt: (urls: readonly string[]) => Promise<ReadonlyArray<LiveRecord<'observation'>>>;
  readonly anchors: Pick<AnchorStore, 'record'>;
  /** Tells the sheet which page was looked at (storage.session). */
  readonly publishPage: (page: AnchoredPage) => Promise<void>;
  readonly now: () => number;
}

export type AnchorOutcome =
  | { readonly status: 'anchored'; readonly urls: readonly string[]; readonly found: readonly RecordId[]; readonly lost: readonly RecordId[] }
  | { readonly status: 'unavailable' };

/**
 * Re-anchoring: finds the partner's clips of this page again and highlights them. The page says
 * where it is; the background picks the clips of that address (the page never sees any others),
 * hands their quote selectors in, and keeps what was found and what was not in the local
 * `anchors` table — a clip that is no longer on its source is recorded as such, never dropped.
 */
export function createAnchorTab(deps: AnchorTabDeps) {
  return async function anchorTab(tabId: number): Promise<AnchorOutcome> {
    const address = PageAddress.safeParse(await deps.injectHighlighter(tabId));
    if (!address.success) return { status: 'unavailable' };
    const own = normalizeUrl(address.data.href);
    if (own === null) return { status: 'unavailable' };
    const canonical = address.data.canonicalUrl === null ? null : normalizeUrl(address.data.canonicalUrl, own);
    const urls = [...new Set([own, ...(canonical === null ? [] : [canonical])])];

    const clips = (await deps.clipsAt(urls))
      .flatMap((record) => (record.body.selector === undefined ? [] : [{ id: record.id, selector: record.body.selector, updatedAt: record.updatedAt }]))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
      .slice(0, MAX_CLIPS_PER_PAGE)
      .map(({ id, selector }) => ({ id, selector }));
    if (clips.length > 0) await deps.insertStyle(tabId).catch((error: unknown) => console.warn(error));

    const answer = HighlightResult.safeParse(await deps.runHighlighter(tabId, clips));
    const asked = new Set(clips.map((clip) => clip.id));
    if (!answer.success) return { status: 'unavailable' };
    // Only ids that were asked about count; anything else the page made up is ignored.
    const found = answer.data.found.filter((id) => asked.has(id));
    const lost = clips.map((clip) => clip.id).filter((id) => !found.includes(id));
    const checkedAt = deps.now();
    await deps.anchors.record(found, lost, checkedAt);
    await deps.publishPage({ tabId, urls, checkedAt });
    return { status: 'anchored', urls, found, lost };
  };
}
