import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipTab } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { leavingTheMachine, watchRequests } from './support/network-watch.ts';
import { screenshot } from './support/screenshots.ts';
import { selectElementText } from './support/selection.ts';
import { setUpPartner } from './support/setup-partner.ts';
import type { PageServer } from './support/serve-pages.ts';

const QUOTE = 'Wachtlijst <img src=x onerror="window.__xss=6"> in Deurne loopt op <svg><script>window.__xss=8</script></svg> tot 14 weken.';

const setup = e2eSetup();
let server: PageServer;

beforeAll(async () => {
  server = await setup.serve();
});

/** What a payload would have left behind in an extension page had it been parsed as HTML. */
async function traces(page: Page) {
  return {
    xss: await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null),
    elements: await page.locator('img, svg, script:not([src]), iframe, object, embed').count(),
    scriptHrefs: await page
      .locator('[href], [src], [action], [formaction]')
      .evaluateAll((nodes) =>
        nodes
          .flatMap((node) => ['href', 'src', 'action', 'formaction'].map((name) => node.getAttribute(name) ?? ''))
          .filter((value) => /^\s*javascript:/i.test(value)),
      ),
  };
}

describe('script payloads in a clipped page', () => {
  it('are shown as text in the capture sheet and in the panel’s clips: no script runs, no javascript: link', async () => {
    const browser = await setup.launch();
    const requests = watchRequests(browser.context);
    const dialogs: string[] = [];
    browser.context.on('page', (page) => page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))));
    const dashboard = await setUpPartner(browser, 'GGZ Oost-Brabant', 'zorg');

    const hostile = await browser.context.newPage();
    await hostile.goto(`${server.origin}/scriptladen.html`);
    expect(await selectElementText(hostile, '#knelpunt')).toBe(QUOTE);
    const captured = await clipTab(browser, hostile);
    expect(captured.status).toBe('ready');

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(browser.page('sidepanel.html'));
    const sheet = panel.getByTestId('capture-sheet');
    await sheet.waitFor();
    expect(await panel.getByTestId('sheet-quote').textContent()).toBe(QUOTE);
    expect(await panel.getByTestId('sheet-title').inputValue()).toBe('<img src=x onerror="window.__xss=1"> Wachtlijsten in de Peel');
    expect(await panel.getByTestId('sheet-site').inputValue()).toBe('<img src=x onerror="window.__xss=3">');
    expect(await panel.getByTestId('sheet-byline').inputValue()).toBe('<svg><script>window.__xss=2</script></svg>');
    // The canonical link is a javascript: address: the page's own address stands in.
    expect(await panel.getByTestId('sheet-url').textContent()).toBe(`${server.origin}/scriptladen.html`);
    expect(await traces(panel)).toEqual({ xss: null, elements: 0, scriptHrefs: [] });
    await screenshot(panel, 'capture-sheet-script-payloads');

    await panel.getByTestId('sheet-interpretation').fill('<img src=x onerror="window.__xss=9"> zelf getypt');
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => panel.getByTestId('panel-saved').count()).toBe(1);
    // Once saved, the panel lists the page's clips: the same text again, as text.
    const clip = panel.getByTestId('page-clip');
    await expect.poll(() => clip.count()).toBe(1);
    expect(await clip.textContent()).toContain('<img src=x onerror="window.__xss=6">');
    expect(await traces(panel)).toEqual({ xss: null, elements: 0, scriptHrefs: [] });

    await dashboard.bringToFront();
    const row = dashboard.getByTestId('record-row').filter({ hasText: 'tot 14 weken' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('record-text').textContent()).toBe(QUOTE);
    expect(await row.getByTestId('record-interpretation').textContent()).toBe('<img src=x onerror="window.__xss=9"> zelf getypt');
    expect(await traces(dashboard)).toEqual({ xss: null, elements: 0, scriptHrefs: [] });

    expect(await hostile.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(leavingTheMachine(requests, browser.extensionId)).toEqual([]);
  });
});
