import type { CaptureRefusal } from '../messaging/capture-session.ts';

export type CaptureTarget =
  | { readonly kind: 'web'; readonly url: string; readonly pdf: boolean }
  | { readonly kind: 'refused'; readonly reason: CaptureRefusal }
  /** The browser did not tell the address (no access yet): injecting will tell. */
  | { readonly kind: 'unknown' };

/** Schemes of the browser's own pages and other extensions: no extension may read them. */
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'resource:',
  'chrome-error:',
]);

/** Extension stores, where browsers forbid every extension to run scripts. */
function isStorePage(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && path.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && path.startsWith('/addons'))
  );
}

/** Whether and how a page can be clipped, from its address alone. */
export function classifyAddress(address: string | undefined): CaptureTarget {
  if (address === undefined || address === '') return { kind: 'unknown' };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'refused', reason: 'not-web' };
  }
  if (BROWSER_SCHEMES.has(url.protocol)) return { kind: 'refused', reason: 'browser-page' };
  if (url.protocol === 'file:') return { kind: 'refused', reason: 'local-file' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused', reason: 'not-web' };
  if (isStorePage(url)) return { kind: 'refused', reason: 'store-page' };
  return { kind: 'web', url: url.href, pdf: /\.pdf$/i.test(url.pathname) };
}

/**
 * The refusal hidden in the browser's error when injecting failed; undefined when the error says
 * nothing about the kind of page (the page may still be clipped by address and title).
 */
export function refusalFromInjectionError(message: string): CaptureRefusal | undefined {
  if (/gallery|web ?store/i.test(message)) return 'store-page';
  if (/\b(chrome|edge|about|devtools|view-source|chrome-extension|moz-extension|chrome-error)(:\/\/|:)/i.test(message)) return 'browser-page';
  if (/file:\/\//i.test(message)) return 'local-file';
  if (/no tab with id|invalid tab id/i.test(message)) return 'no-tab';
  return undefined;
}
