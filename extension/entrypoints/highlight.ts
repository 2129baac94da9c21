import { type ClipToFind, cssHighlightSink, highlightClips, HIGHLIGHTER_GLOBAL } from '../page/highlight-clips.ts';
import { pageAddress } from '../page/page-address.ts';

// Injected into a tab under activeTab. It answers where the page is, and leaves a function in the
// extension's isolated world (which the page's own scripts cannot see) that the background then
// calls with the clips of this page as executeScript `args`: data goes in, nothing privileged.
export default defineUnlistedScript(() => {
  const sink = cssHighlightSink(window);
  Object.assign(globalThis, { [HIGHLIGHTER_GLOBAL]: (clips: readonly ClipToFind[]) => highlightClips(document, clips, sink) });
  return pageAddress(document, location.href);
});
