import { LIMITS } from '../limits.ts';
import type { CaptureDraft } from './capture-draft.ts';
import { clipText } from './clip-text.ts';
import { normalizeUrl } from './normalize-url.ts';

// Its own module, apart from capturePage: the background imports it, and must not carry Readability.

/** A page the partner clipped without being able to read its text, such as a PDF in the browser's viewer. */
export function unreadablePageDraft(pageUrl: string, title: string): CaptureDraft | null {
  const canonicalUrl = normalizeUrl(pageUrl);
  if (canonicalUrl === null) return null;
  return {
    pageUrl,
    source: { title: clipText(title.trim() || new URL(pageUrl).hostname, LIMITS.shortText), canonicalUrl },
    quote: '',
    scope: 'page',
    textReadable: false,
  };
}
