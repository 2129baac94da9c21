import { anchorClips } from '../../shared/capture/anchor-clips.ts';
import type { TextQuoteSelector } from '../../shared/capture/quote-selector.ts';
import type { HighlightResult } from '../messaging/page-results.ts';

/** The name of the CSS custom highlight; the style `::highlight(regiobeeld)` colours it. */
export const HIGHLIGHT_NAME = 'regiobeeld';

/** The name under which highlight.js leaves its function in the extension's isolated world. */
export const HIGHLIGHTER_GLOBAL = 'regiobeeldHighlight';

/** The style for found clips, inserted by the browser (scripting.insertCSS), not by the page. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe58a; color: inherit; text-decoration: underline 2px #b7791f; }`;

/** A clip to find again: its id and how its quote was described. */
export interface ClipToFind {
  readonly id: string;
  readonly selector: TextQuoteSelector;
}

/** Where found ranges go; in the browser, CSS.highlights (no change to the page's own text). */
export interface HighlightSink {
  show(ranges: readonly Range[]): void;
  clear(): void;
}

/**
 * Runs inside a web page (injected as highlight.js): finds each clip's quote again, also when the
 * page changed a little, marks what was found, and says which were found and which were not.
 */
export function highlightClips(doc: Document, clips: readonly ClipToFind[], sink: HighlightSink): HighlightResult {
  const found: string[] = [];
  const lost: string[] = [];
  const ranges: Range[] = [];
  let anchored: Array<{ clip: ClipToFind; range: Range | null }>;
  try {
    anchored = anchorClips(doc, clips);
  } catch {
    anchored = clips.map((clip) => ({ clip, range: null }));
  }
  for (const { clip, range } of anchored) {
    if (range === null) lost.push(clip.id);
    else {
      found.push(clip.id);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) sink.clear();
  else sink.show(ranges);
  return { found, lost };
}

/** The CSS Custom Highlight API of the page's window, or a sink that only counts where it is missing. */
export function cssHighlightSink(view: { readonly CSS?: { readonly highlights?: HighlightRegistry }; readonly Highlight?: typeof Highlight }): HighlightSink {
  const registry = view.CSS?.highlights;
  const HighlightClass = view.Highlight;
  if (registry === undefined || HighlightClass === undefined) return { show: () => undefined, clear: () => undefined };
  return {
    show: (ranges) => void registry.set(HIGHLIGHT_NAME, new HighlightClass(...ranges)),
    clear: () => void registry.delete(HIGHLIGHT_NAME),
  };
}
