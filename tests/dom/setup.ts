import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { messagesFrom, readCatalogue } from './support/catalogue-i18n.ts';

// WXT's fake browser leaves i18n unimplemented; the pages under test read the Dutch catalogue,
// the default, so tests see the very strings a Dutch user sees.
fakeBrowser.i18n.getMessage = messagesFrom(readCatalogue('nl'));
fakeBrowser.i18n.getUILanguage = () => 'nl';
