import type { PageAddress } from '../messaging/page-results.ts';

/**
 * Where a page is and where it says its canonical version lives: the same two addresses a clip
 * records, so the background can find the clips made on it. Raw strings: the background
 * normalises and checks them.
 */
export function pageAddress(doc: Document, href: string): PageAddress {
  const canonical =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null;
  let canonicalUrl: string | null = null;
  if (canonical !== null) {
    try {
      canonicalUrl = new URL(canonical, href).href;
    } catch {
      canonicalUrl = null;
    }
  }
  return { href, canonicalUrl };
}
