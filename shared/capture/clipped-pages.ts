import { normalizeUrl } from './normalize-url.ts';

/**
 * Most page addresses the toolbar mark is kept for: the newest clips' pages. Far more than a
 * partner revisits, few enough that the browser matches every page load against them at no cost.
 */
export const MAX_MARKED_PAGES = 1_000;

/** A page the browser recognises by address alone: `declarativeContent.PageStateMatcher`'s pageUrl. */
export interface PageUrlCondition {
  readonly pageUrl: { readonly urlEquals: string };
}

/**
 * The conditions that mark the toolbar button on pages holding clips, from the clips' addresses,
 * newest first. The browser compares `urlEquals` with the tab's address without its fragment, so a
 * hash route marks the page it lives on; the address is normalised as the record store matches
 * pages (`observationsAt`), so a clip's page is recognised as the highlighter recognises it. An
 * exact comparison needs no pattern, so no address can widen what is matched.
 */
export function clippedPageConditions(addresses: Iterable<string>, max = MAX_MARKED_PAGES): PageUrlCondition[] {
  const pages = new Set<string>();
  for (const address of addresses) {
    if (pages.size >= max) break;
    const normal = normalizeUrl(address);
    if (normal === null) continue;
    pages.add(normal.replace(/#.*$/s, ''));
  }
  return [...pages].map((urlEquals) => ({ pageUrl: { urlEquals } }));
}
