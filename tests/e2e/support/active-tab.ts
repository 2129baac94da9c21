import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension.ts';
import { selectElementText } from './selection.ts';

/**
 * Grants the extension activeTab on a page the way a partner does: by invoking the extension's
 * toolbar action on that tab (DevTools protocol `Extensions.triggerAction`, which needs
 * `--enable-unsafe-extension-debugging`). A click on the context menu or the shortcut grants the
 * same; headless tests cannot click native menus or press OS shortcuts, so they grant it this way
 * and then call exactly what those listeners call. Opening the popup also asks the background to
 * look for the page's clips, as it does for a partner.
 */
export async function grantActiveTab(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdpBrowser = browser.context.browser();
  if (cdpBrowser === null) throw new Error('no browser-level DevTools session');
  const session = await cdpBrowser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((target) => target.url === page.url());
    if (tabs.length !== 1 || tabs[0] === undefined) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
    await session.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0].targetId });
  } finally {
    await session.detach();
  }
  await grantInForce(browser, page);
}

/**
 * Waits until the worker may see the tab's address, which without host permissions it may only
 * under activeTab. The browser grants it on the action, but a loaded machine can run the clip
 * before the grant reaches the worker; the page would then be clipped as unreadable.
 */
async function grantInForce(browser: ExtensionBrowser, page: Page): Promise<void> {
  const tabId = await activeTabId(browser, page);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const url = await browser.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ url?: string }> } } };
      return (await chrome.tabs.get(id)).url;
    }, tabId);
    if (url !== undefined && url !== '') return;
    if (Date.now() > deadline) throw new Error(`activeTab was not granted on ${page.url()} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The extension's id for the active tab, as the worker sees it (the page must be in front). */
export async function activeTabId(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** How a clip is asked for: the context menu on a selection or page, or the keyboard shortcut. */
export type ClipSource = 'menu' | 'page-menu' | 'command';

/**
 * Clips the page as the context menu or the shortcut does: the partner's gesture grants activeTab,
 * then the listener's own function (`regiobeeldCapture`) runs in the worker. Returns its answer.
 */
export async function clipTab<T = { status: string }>(browser: ExtensionBrowser, page: Page, source: ClipSource = 'menu'): Promise<T> {
  const tabId = await activeTabId(browser, page);
  await grantActiveTab(browser, page);
  return browser.worker.evaluate((request) => (globalThis as unknown as { regiobeeldCapture: (r: unknown) => Promise<T> }).regiobeeldCapture(request), {
    tabId,
    source,
    ...(source === 'command' ? {} : { pageUrl: page.url() }),
  });
}

/** Opens `url` in a new tab, selects the text of `selector` there and clips it as the context menu does. */
export async function clipSelection(browser: ExtensionBrowser, url: string, selector: string): Promise<{ answer: { status: string }; source: Page }> {
  const source = await browser.context.newPage();
  await source.goto(url);
  await selectElementText(source, selector);
  return { answer: await clipTab(browser, source), source };
}

/** The side panel as a page of its own at a side panel's size, idle until a clip arrives. */
export async function openSidePanel(browser: ExtensionBrowser): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(browser.page('sidepanel.html'));
  await panel.getByTestId('panel-idle').waitFor();
  return panel;
}
