import { browser } from 'wxt/browser';
import { t } from '../i18n/t.ts';
import { isOwnPage, RuntimeMessage } from '../messaging/runtime-message.ts';
import { browserStoreDeps } from '../services/browser-deps.ts';
import { createClipSelection } from '../services/clip-selection.ts';
import { createRecordStore } from '../services/record-store.ts';
import { createBadge } from './badge.ts';

const MENU_ID = 'add-to-regiobeeld';

const ignore = (error: unknown) => console.warn(error);

/**
 * Wires the context menu to the clip path. The same function is set on the service worker's
 * global as `regiobeeldClipSelection({ selectionText, pageUrl, tabTitle, tabId })` because the e2e
 * tests cannot click a native menu: they call exactly what the menu calls. It only stores what the
 * menu would store, and only code running inside the extension's own worker can reach it.
 */
export function startBackground(): void {
  const store = createRecordStore(browserStoreDeps());
  const badge = createBadge(browser.action);
  const dashboardUrl = browser.runtime.getURL('/dashboard.html');
  const clipSelection = createClipSelection({
    store,
    now: () => Date.now(),
    openSetup: () => browser.tabs.create({ url: dashboardUrl }),
    badge,
  });
  Object.assign(globalThis, { regiobeeldClipSelection: clipSelection });

  browser.runtime.onInstalled.addListener(() => {
    // An update keeps the old menu in some browsers; creating the same id twice would fail.
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: MENU_ID, title: t('menuAddToRegiobeeld'), contexts: ['selection'] }))
      .catch(ignore);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
    void clipSelection({
      selectionText: info.selectionText ?? '',
      pageUrl: tab?.url ?? info.pageUrl ?? '',
      tabTitle: tab?.title ?? '',
      ...(tabId === undefined ? {} : { tabId }),
    }).catch(ignore);
  });

  const baseUrl = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = RuntimeMessage.safeParse(raw);
    if (!message.success || !isOwnPage(sender, browser.runtime.id, baseUrl)) return;
    for (const tabId of message.data.tabIds) void badge.saved(tabId).catch(ignore);
  });
}
