import { liveQuery } from 'dexie';
import type { WxtBrowser } from 'wxt/browser';
import { clippedPageConditions, MAX_MARKED_PAGES } from '../../shared/capture/clipped-pages.ts';

/** The one rule that marks the toolbar button; replacing it by id keeps a single set registered. */
export const CLIPPED_PAGE_RULE = 'regiobeeld-clipped-page';

type DeclarativeContent = WxtBrowser['declarativeContent'];

/**
 * The toolbar button as the browser draws an extension without an icon of its own (its initial on
 * grey), with a dot in the corner: this page holds clips. Drawn here because the rule needs pixels.
 */
function markedIcon(size: number): ImageData {
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context in the worker');
  context.fillStyle = '#5f6368';
  context.beginPath();
  context.roundRect(0, 0, size, size, size / 5);
  context.fill();
  context.fillStyle = '#ffffff';
  context.font = `bold ${Math.round(size * 0.7)}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText('R', size * 0.42, size * 0.55);
  const dot = size * 0.22;
  context.fillStyle = '#f59e0b';
  context.strokeStyle = '#ffffff';
  context.lineWidth = Math.max(1, size / 16);
  context.beginPath();
  context.arc(size - dot, dot, dot, 0, 2 * Math.PI);
  context.fill();
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

let markedIcons: { 16: ImageData; 32: ImageData } | undefined;

/** The two icon sizes, drawn once per worker: every change of the records replaces the rule. */
function icons(): { 16: ImageData; 32: ImageData } {
  markedIcons ??= { 16: markedIcon(16), 32: markedIcon(32) };
  return markedIcons;
}

/** Chromium reports a refused rule change through `runtime.lastError`, inside the callback only. */
function callbackDone(resolve: () => void, reject: (error: Error) => void): () => void {
  return () => {
    const error = (globalThis as { chrome?: { runtime?: { lastError?: { message?: string } } } }).chrome?.runtime?.lastError;
    if (error === undefined) resolve();
    else reject(new Error(error.message));
  };
}

async function replaceRule(api: DeclarativeContent, addresses: readonly string[]): Promise<void> {
  const conditions = clippedPageConditions(addresses).map((condition) => new api.PageStateMatcher(condition));
  await new Promise<void>((resolve, reject) => api.onPageChanged.removeRules([CLIPPED_PAGE_RULE], callbackDone(resolve, reject)));
  if (conditions.length === 0) return;
  const rule = { id: CLIPPED_PAGE_RULE, conditions, actions: [new api.SetIcon({ imageData: icons() })] };
  await new Promise<void>((resolve, reject) => api.onPageChanged.addRules([rule], callbackDone(resolve, reject)));
}

/**
 * Marks the toolbar button on pages that hold the partner's clips, without host permissions: the
 * browser matches each page's address against the rule and the extension never learns which page
 * matched. The rule follows the records wherever they change (a sheet saving, the dashboard
 * deleting or importing) and is rebuilt each time the worker starts. A change made while the
 * worker sleeps (a deletion in the dashboard) reaches the rule when the worker wakes: the sheet's
 * save message wakes it, and so does the next page load (`tabs.onUpdated`). Firefox has no
 * declarativeContent: there is no mark there.
 */
export function markClippedPages(
  api: DeclarativeContent | undefined,
  clippedAddresses: (limit: number) => Promise<string[]>,
  warn: (error: unknown) => void,
): void {
  if (api?.onPageChanged === undefined) return;
  let queue = Promise.resolve();
  liveQuery(() => clippedAddresses(MAX_MARKED_PAGES)).subscribe({
    next: (addresses) => {
      queue = queue.then(() => replaceRule(api, addresses)).catch(warn);
    },
    error: warn,
  });
}
