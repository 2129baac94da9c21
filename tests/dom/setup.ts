import 'fake-indexeddb/auto';
import { options } from 'preact';
import { fakeBrowser } from 'wxt/testing';
import { messagesFrom, readCatalogue } from './support/catalogue-i18n.ts';

// WXT's fake browser leaves i18n unimplemented; the pages under test read the Dutch catalogue,
// the default, so tests see the very strings a Dutch user sees.
fakeBrowser.i18n.getMessage = messagesFrom(readCatalogue('nl'));
fakeBrowser.i18n.getUILanguage = () => 'nl';

// Preact hooks run effects after a frame through jsdom's requestAnimationFrame, guarded by a 35 ms
// timer that calls cancelAnimationFrame; when that timer outlives a test file's jsdom, the global is
// gone and Vitest reports an unhandled ReferenceError. A plain timer keeps effects after the render
// without touching frame globals.
options.requestAnimationFrame = (flush) => {
  setTimeout(flush, 0);
};
