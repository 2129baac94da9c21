import { browser } from 'wxt/browser';
import { CaptureRequest } from '../messaging/capture-session.ts';
import { isOwnPage, RuntimeMessage } from '../messaging/runtime-message.ts';
import { createAnchorStore } from '../services/anchor-store.ts';
import { createAnchorTab } from '../services/anchor-tab.ts';
import { browserStoreDeps } from '../services/browser-deps.ts';
import { createCaptureTab } from '../services/capture-tab.ts';
import { createRecordStore } from '../services/record-store.ts';
import { createSessionStore } from '../services/session-store.ts';
import { createBadge } from './badge.ts';
import { markClippedPages } from './clipped-page-mark.ts';
import { createMenus, menuSource } from './context-menus.ts';
import { browserSheetOpeners } from '../services/sheet-openers.ts';
import { openCaptureSheet } from '../services/open-sheet.ts';
import { createPageScripts } from './page-scripts.ts';

/** The manifest's command for clipping (suggested Alt+Shift+R, changeable in the browser). */
const CLIP_COMMAND = 'clip';

const warn = (error: unknown) => console.warn(error);

/**
 * Wires the three ways to clip — context menu (selection or whole page), keyboard shortcut and the
 * popup's button — to one capture path, and re-anchoring to popup, panel and saved clips.
 *
 * `regiobeeldCapture({ tabId, source, pageUrl?, windowId? })` on the service worker's global is
 * exactly what the menu and shortcut listeners call (open the sheet, then capture), for the e2e
 * tests that cannot click a native menu or press an OS shortcut; `regiobeeldAnchor(tabId)` is what
 * the popup and panel ask for. Only code inside the extension's own worker can reach them.
 */
export function startBackground(): void {
  const deps = browserStoreDeps();
  const store = createRecordStore(deps);
  const session = createSessionStore(browser.storage.session, browser.storage.onChanged);
  const scripts = createPageScripts(browser.scripting);
  // Firefox builds for Manifest V2, where the toolbar button is still `browserAction`.
  const badge = createBadge(browser.action ?? browser.browserAction);

  const anchorTab = createAnchorTab({
    ...scripts,
    clipsAt: store.observationsAt,
    anchors: createAnchorStore(deps.db),
    publishPage: session.publishPage,
    now: () => Date.now(),
  });
  const captureTab = createCaptureTab({
    getTab: (tabId) => browser.tabs.get(tabId),
    injectTopCapture: scripts.injectTopCapture,
    injectFrameCapture: scripts.injectFrameCapture,
    publish: session.publishCapture,
    anchorTab,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });

  const openers = browserSheetOpeners();
  markClippedPages(browser.declarativeContent, store.clippedAddresses, warn);

  /** In the user's gesture: the sheet opens first (only allowed there), then the page is read. */
  function clipFromGesture(input: unknown) {
    const request = CaptureRequest.safeParse(input);
    if (request.success) void openCaptureSheet(openers, request.data).catch(warn);
    return captureTab(input);
  }
  Object.assign(globalThis, { regiobeeldCapture: clipFromGesture, regiobeeldAnchor: anchorTab });

  browser.runtime.onInstalled.addListener(() => void createMenus(browser.contextMenus).catch(warn));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const source = menuSource(info.menuItemId);
    if (source === undefined) return;
    void clipFromGesture({
      tabId: tab?.id ?? -1,
      source,
      ...(info.pageUrl === undefined ? {} : { pageUrl: info.pageUrl }),
      ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }),
    }).catch(warn);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CLIP_COMMAND) return;
    void clipFromGesture({ tabId: tab?.id ?? -1, source: 'command', ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }) }).catch(warn);
  });

  // A page the partner clipped on or opened the popup for is looked at again when it (re)loads:
  // the activeTab grant survives a reload on the same site. Where the extension has no grant the
  // injection is refused by the browser, and nothing happens.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void anchorTab(tabId).catch(() => undefined);
  });

  const baseUrl = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = RuntimeMessage.safeParse(raw);
    if (!message.success || !isOwnPage(sender, browser.runtime.id, baseUrl)) return;
    const { data } = message;
    switch (data.type) {
      case 'clips-saved':
        for (const tabId of data.tabIds) void badge.saved(tabId).catch(warn);
        break;
      case 'capture-tab':
        void captureTab({ tabId: data.tabId, source: data.source }).catch(warn);
        break;
      case 'anchor-tab':
        void anchorTab(data.tabId).catch(warn);
        break;
    }
  });
}
