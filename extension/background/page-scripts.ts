import type { WxtBrowser } from 'wxt/browser';
import { type ClipToFind, HIGHLIGHT_CSS, HIGHLIGHTER_GLOBAL } from '../page/highlight-clips.ts';

/**
 * Runs in the page's isolated world, serialised by executeScript: it may use nothing from outside
 * itself. It calls the highlighter that highlight.js left there, with the clips as plain data.
 */
function callHighlighter(name: string, clips: readonly ClipToFind[]): unknown {
  const run: unknown = (globalThis as Record<string, unknown>)[name];
  return typeof run === 'function' ? (run as (clips: readonly ClipToFind[]) => unknown)(clips) : null;
}

/**
 * The page scripts, injected under activeTab with scripting.executeScript: no host permissions,
 * no content script listening for messages. What they return is untrusted and validated by the
 * services that receive it.
 */
export function createPageScripts(scripting: WxtBrowser['scripting']) {
  return {
    /**
     * capture.js in the top frame alone. Immediately, not at "document idle": a page still loading
     * (an advert's frame that never finishes) is read as the partner sees it.
     */
    injectTopCapture(tabId: number) {
      return scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/capture.js'], injectImmediately: true });
    },

    /**
     * capture-frames.js in every sub frame, apart from the top frame's answer: the browser answers
     * only once the slowest frame has. Without injectImmediately a frame at `javascript:false` or
     * one that never finishes loading keeps that answer back for good.
     */
    injectFrameCapture(tabId: number) {
      return scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/capture-frames.js'], injectImmediately: true });
    },

    async injectHighlighter(tabId: number): Promise<unknown> {
      const [top] = await scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
      return top?.result;
    },

    async runHighlighter(tabId: number, clips: readonly ClipToFind[]): Promise<unknown> {
      const [top] = await scripting.executeScript({ target: { tabId }, func: callHighlighter, args: [HIGHLIGHTER_GLOBAL, clips] });
      return top?.result;
    },

    /** The highlight colour, as a stylesheet the browser adds; the page's DOM is left alone. */
    async insertStyle(tabId: number): Promise<void> {
      await scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
      await scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    },
  };
}
