import { capturePage } from '../../shared/capture/capture-page.ts';
import type { FrameCapture } from '../messaging/page-results.ts';

/** The part of a Selection the capture needs. */
export type SelectionLike = Pick<Selection, 'rangeCount' | 'isCollapsed' | 'getRangeAt'>;

/**
 * Runs inside a web page (injected as capture.js): reads this frame's selection, or the whole
 * page when nothing is selected, and returns plain data. It only reads: nothing on the page is
 * changed, and no extension API is within its reach. Any failure becomes `{ ok: false }`, so a
 * broken page gives the background an answer instead of an exception.
 */
export function captureFrame(doc: Document, href: string, selection: SelectionLike | null): FrameCapture {
  try {
    const range = selection !== null && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    return { ok: true, hasSelection: range !== null, draft: capturePage(doc, href, range) };
  } catch {
    return { ok: false };
  }
}
