import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipSelection, clipTab, grantActiveTab, openSidePanel } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';

const setup = e2eSetup();
let server: PageServer;
let ext: ExtensionBrowser;
let monitor = '';
let dashboard: Page;

interface RegisteredRule {
  id?: string;
  conditions: Array<{ pageUrl?: { urlEquals?: string } }>;
  actions: Array<{ instanceType?: string }>;
}

/** The rules the browser holds for marking the toolbar button, as the worker reads them back. */
function markRules(): Promise<RegisteredRule[]> {
  return ext.worker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { declarativeContent?: { onPageChanged: { getRules(callback: (rules: RegisteredRule[]) => void): void } } };
    };
    const api = chrome.declarativeContent;
    return api === undefined ? Promise.resolve([]) : new Promise<RegisteredRule[]>((resolve) => api.onPageChanged.getRules(resolve));
  });
}

async function markedPages(): Promise<string[]> {
  const rules = await markRules();
  return rules
    .filter((rule) => rule.actions.some((action) => action.instanceType === 'declarativeContent.SetIcon'))
    .flatMap((rule) => rule.conditions.flatMap((condition) => (condition.pageUrl?.urlEquals === undefined ? [] : [condition.pageUrl.urlEquals])));
}

function highlighted(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('regiobeeld')?.size ?? 0);
}

async function freshTab(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(monitor);
  return page;
}

beforeAll(async () => {
  server = await setup.serve();
  monitor = `${server.origin}/ggd-gezondheidsmonitor.html`;
  ext = await setup.launch();
  dashboard = await setUpPartner(ext, 'Huisartsencoöperatie De Peel', 'zorg');
});

describe('a page holding clips, opened in a fresh tab', () => {
  it('has the toolbar button marked by the browser once a clip of it is saved', async () => {
    expect(await markedPages()).toEqual([]);
    const panel = await openSidePanel(ext);
    const { answer, source } = await clipSelection(ext, monitor, '#mantelzorg');
    expect(answer.status).toBe('ready');
    await panel.bringToFront();
    await panel.getByTestId('capture-sheet').waitFor();
    await panel.getByTestId('sheet-interpretation').fill('Overbelaste mantelzorgers vragen straks meer wijkverpleging.');
    await panel.keyboard.press('Control+Enter');
    await panel.getByTestId('panel-saved').waitFor();
    await source.close();
    // The page as it was open, and the canonical address it names (without the test server's port).
    await expect.poll(markedPages).toEqual([monitor, 'http://127.0.0.1/ggd-gezondheidsmonitor.html']);
  });

  it('stays unhighlighted until the partner opens Regiobeeld there, then highlights at once', async () => {
    const fresh = await freshTab();
    // Without the partner's gesture the browser lets the extension see nothing of this tab.
    await expect.poll(() => highlighted(fresh)).toBe(0);
    await grantActiveTab(ext, fresh);
    await expect.poll(() => highlighted(fresh)).toBe(1);
    await fresh.close();
  });

  it('highlights the earlier clip when the shortcut is pressed on a fresh tab', async () => {
    const fresh = await freshTab();
    const answer = await clipTab(ext, fresh, 'command');
    expect(answer.status).toBe('ready');
    await expect.poll(() => highlighted(fresh)).toBe(1);
    await fresh.close();
  });

  it('loses the mark when its last clip is deleted on the dashboard', async () => {
    await dashboard.bringToFront();
    const row = dashboard.getByTestId('record-row').filter({ hasText: 'mantelzorgers voelt zich zwaar belast' });
    await row.waitFor();
    dashboard.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId('record-delete').click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(markedPages).toEqual([]);
  });
});
