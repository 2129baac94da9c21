import type { BrowserContext } from 'playwright-core';

export interface WatchedRequest {
  readonly url: string;
  /** Made by the extension's service worker rather than by a page. */
  readonly fromWorker: boolean;
}

/**
 * Records every request the browser context makes from now on: its pages, their frames and the
 * extension's service worker (Playwright reports a worker's requests on the context too).
 */
export function watchRequests(context: BrowserContext): WatchedRequest[] {
  const seen: WatchedRequest[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
  return seen;
}

/** The requests that went anywhere but the extension's own files and the test pages on 127.0.0.1. */
export function leavingTheMachine(requests: readonly WatchedRequest[], extensionId: string): WatchedRequest[] {
  const own = `chrome-extension://${extensionId}/`;
  return requests.filter(({ url }) => !url.startsWith(own) && !/^(data:|blob:|about:)/.test(url) && !/^http:\/\/127\.0\.0\.1:\d+\//.test(url));
}
