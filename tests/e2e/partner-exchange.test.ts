import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { type ExtensionBrowser, EXTENSION_DIR, launchExtension } from './support/launch-extension.ts';
import { servePages, type PageServer } from './support/serve-pages.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';

const PAGES = resolve('tests/fixtures/pages');
const QUOTE = 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.';

let server: PageServer;
const browsers: ExtensionBrowser[] = [];

async function launch(): Promise<ExtensionBrowser> {
  const browser = await launchExtension();
  browsers.push(browser);
  return browser;
}

async function setUp(browser: ExtensionBrowser, organisation: string, domain: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.page('dashboard.html'));
  await page.getByTestId('setup-organisation').fill(organisation);
  await page.getByTestId('setup-domain').selectOption(domain);
  await page.getByTestId('setup-region').fill('Helmond-De Peel');
  await page.getByTestId('setup-save').click();
  await expect.poll(() => page.getByTestId('header-organisation').textContent()).toBe(organisation);
  return page;
}

async function rowIds(page: Page): Promise<string[]> {
  const ids = await page.getByTestId('record-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id') ?? ''));
  return ids.sort();
}

beforeAll(async () => {
  server = await servePages(PAGES);
});

afterAll(async () => {
  await Promise.all(browsers.map(async (b) => {
    await b.context.close();
    await rm(b.profileDir, { recursive: true, force: true });
  }));
  await server.close();
});

describe('a partner clips, exports, and another partner imports', () => {
  let exported = '';
  let partnerIds: string[] = [];

  it('ships only the permissions it needs', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.default_locale).toBe('nl');
  });

  it('sets up, clips a selection from a page on 127.0.0.1 and exports a bundle', async () => {
    const ggd = await launch();
    const dashboard = await setUp(ggd, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
    await screenshot(dashboard, 'dashboard-empty');

    const source = await ggd.context.newPage();
    await source.goto(`${server.origin}/ggd-gezondheidsmonitor.html`);
    const selection = await source.evaluate(() => {
      const paragraph = document.getElementById('eenzaamheid');
      if (paragraph === null) throw new Error('paragraph missing');
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selected = window.getSelection();
      selected?.removeAllRanges();
      selected?.addRange(range);
      return { text: selected?.toString() ?? '', title: document.title, url: location.href };
    });
    expect(selection.text).toBe(QUOTE);
    // The context menu hands the worker the selection, the page and the tab: the test does the same.
    await source.bringToFront();
    const tabId = await ggd.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    await ggd.worker.evaluate(
      (clip) => (globalThis as unknown as { regiobeeldClipSelection: (c: unknown) => Promise<unknown> }).regiobeeldClipSelection(clip),
      { selectionText: selection.text, pageUrl: selection.url, tabTitle: selection.title, tabId },
    );

    await dashboard.bringToFront();
    const row = dashboard.getByTestId('record-row').filter({ hasText: '52 procent' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('record-source').getAttribute('href')).toBe(selection.url);
    await screenshot(dashboard, 'dashboard-with-clip');
    partnerIds = await rowIds(dashboard);

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^regiobeeld-helmond-de-peel-ggd-brabant-zuidoost-\d{4}-\d{2}-\d{2}\.json$/);
    exported = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(exported);
    const decoded = decodeBundle(await readFile(exported), { now: Date.now() });
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.bundle.region).toBe('helmond-de-peel');
      const clip = decoded.bundle.records.find((r) => r.type === 'observation');
      expect(clip?.type === 'observation' && clip.body?.quote).toBe(QUOTE);
      expect(clip?.type === 'observation' && clip.body?.source).toMatchObject({ url: selection.url, title: selection.title });
      // Every record but the partner's own has a row on the dashboard.
      expect(decoded.bundle.records.filter((r) => r.type !== 'partner').map((r) => r.id).sort()).toEqual(partnerIds);
      expect(decoded.bundle.records.filter((r) => r.type === 'partner')).toHaveLength(1);
    }
  });

  it('imports that bundle into a second profile and shows the same records, refusing a tampered copy', async () => {
    expect(exported).not.toBe('');
    const gemeente = await launch();
    const dashboard = await setUp(gemeente, 'Gemeente Helmond', 'sociaal-domein');
    const own = await rowIds(dashboard);
    expect(own).toEqual([]);

    await dashboard.getByTestId('import-input').setInputFiles(exported);
    const summary = dashboard.getByTestId('import-summary-item').first();
    await expect.poll(() => summary.getAttribute('data-ok')).toBe('true');
    // The partner record and the clip are both new here.
    expect(await summary.getByTestId('import-counts').textContent()).toMatch(/\b2 toegevoegd\b/);
    await expect.poll(() => rowIds(dashboard)).toEqual([...partnerIds, ...own].sort());
    expect(await dashboard.getByTestId('record-row').filter({ hasText: '52 procent' }).count()).toBe(1);
    await screenshot(dashboard, 'dashboard-after-import');

    const tampered = join(ARTIFACTS, 'tampered.json');
    await writeFile(tampered, (await readFile(exported, 'utf8')).replace('52 procent', '25 procent'));
    await dashboard.getByTestId('import-input').setInputFiles(tampered);
    const refused = dashboard.locator('[data-testid="import-summary-item"][data-ok="false"]');
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.getByTestId('import-error').first().getAttribute('data-code')).toBe('integrity-mismatch');
    expect(await rowIds(dashboard)).toEqual([...partnerIds, ...own].sort());
    expect(await dashboard.getByTestId('record-row').filter({ hasText: '25 procent' }).count()).toBe(0);
    await screenshot(dashboard, 'dashboard-refused-import');
  });
});
