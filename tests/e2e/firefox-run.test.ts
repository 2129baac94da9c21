import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { type FirefoxExtension, launchFirefox } from './support/launch-firefox.ts';
import { ARTIFACTS } from './support/screenshots.ts';
import { type PageServer, servePages } from './support/serve-pages.ts';

const QUOTE = 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.';
const INTERPRETATION = 'Eenzaamheid onder ouderen, vastgelegd in Firefox.';
const SURVEY = 'survey.html?survey=knelpunten-en-prioriteiten';

/** What an extension page has that a web page has not. */
interface ExtensionPage {
  readonly browser: { readonly extension: { getViews(filter: { type: 'sidebar' }): Array<Window & typeof globalThis> } };
}

let server: PageServer;
let firefox: FirefoxExtension;
let dashboard: Page;

const text = (page: Page, testId: string) => page.$eval(`[data-testid="${testId}"]`, (element) => element.textContent ?? '');
const waitFor = (page: Page, testId: string) => page.waitForSelector(`[data-testid="${testId}"]`, { timeout: 30_000 });

/** Loads the page afresh, so what it shows comes from storage; the old document is marked, so it cannot pass for the new one. */
async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.assign(window, { staleDocument: true });
    location.reload();
  });
  await page.waitForFunction(
    () => !('staleDocument' in window) && document.readyState === 'complete' && (document.getElementById('app')?.childElementCount ?? 0) > 0,
  );
}

beforeAll(async () => {
  // Built here rather than by the npm script, so the file runs on its own like every e2e file.
  await promisify(execFile)(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox']);
  server = await servePages(resolve('tests/fixtures/pages'));
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the Firefox build, installed in Firefox ESR', () => {
  it('shows the dashboard in Dutch, and the first-run setup stores the partner', async () => {
    dashboard = await firefox.open('dashboard.html');
    await dashboard.setViewport({ width: 1280, height: 900 });
    await waitFor(dashboard, 'setup-organisation');
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await dashboard.$eval('h1', (heading) => heading.textContent)).toBe('Regiobeeld instellen');

    await dashboard.type('[data-testid="setup-organisation"]', 'GGD Brabant-Zuidoost');
    await dashboard.select('[data-testid="setup-domain"]', 'publieke-gezondheid');
    await dashboard.type('[data-testid="setup-region"]', 'Helmond-De Peel');
    await dashboard.click('[data-testid="setup-save"]');
    await waitFor(dashboard, 'header-organisation');

    // Kept in the add-on's IndexedDB: a fresh load of the page shows the partner, not the form.
    await reload(dashboard);
    expect(await text(dashboard, 'header-organisation')).toBe('GGD Brabant-Zuidoost');
    expect(await text(dashboard, 'header-region')).toBe('Helmond-De Peel');
    expect(await text(dashboard, 'header-domain')).toBe('Publieke gezondheid (GGD)');
  });

  it('clips a selection with the keyboard shortcut: the sheet opens in Firefox’s sidebar and the observation is saved', async () => {
    const source = await firefox.browser.newPage();
    await source.goto(`${server.origin}/ggd-gezondheidsmonitor.html`);
    const selected = await source.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('eenzaamheid') ?? document.body);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return document.getSelection()?.toString();
    });
    expect(selected).toBe(QUOTE);
    await source.bringToFront();

    // Alt+Shift+R as Firefox handles it: the add-on's key in the browser window fires its command,
    // which grants activeTab on the tab in front and calls commands.onCommand as handling user input.
    const modifiers = await firefox.inBrowserWindow(`(() => {
      const key = document.querySelector('#ext-keyset-id-regiobeeld_regiobeeld key[key="R"]');
      key?.doCommand();
      return key?.getAttribute('modifiers') ?? null;
    })()`);
    expect(modifiers).toBe('alt,shift');

    // Firefox has no side panel: the listener opened the sheet in the sidebar (sidebar_action).
    const sidebar = () =>
      firefox.inBrowserWindow(`(() => {
        const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
        return { open: SidebarController.isOpen, page: panel?.currentURI?.spec ?? null };
      })()`);
    await expect.poll(sidebar, { timeout: 20_000 }).toEqual({ open: true, page: firefox.url('sidepanel.html') });

    // WebDriver BiDi cannot reach into the sidebar, but the add-on's own pages can: the dashboard
    // finds the sidebar's page with extension.getViews, and the sheet is completed there as typing
    // into the field and pressing the button would.
    const inSidebar = (testId: string) =>
      dashboard.evaluate((id) => {
        const [sidebar] = (globalThis as unknown as ExtensionPage).browser.extension.getViews({ type: 'sidebar' });
        return sidebar?.document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
      }, testId);
    await expect.poll(() => inSidebar('sheet-quote'), { timeout: 20_000 }).toBe(QUOTE);
    await dashboard.evaluate((interpretation) => {
      const [sidebar] = (globalThis as unknown as ExtensionPage).browser.extension.getViews({ type: 'sidebar' });
      const field = sidebar?.document.querySelector<HTMLTextAreaElement>('[data-testid="sheet-interpretation"]');
      if (sidebar === undefined || field == null) throw new Error('no sheet in the sidebar');
      field.value = interpretation;
      field.dispatchEvent(new sidebar.Event('input', { bubbles: true }));
    }, INTERPRETATION);
    // A call of its own: the sheet takes the typed text in its next render, before the press.
    await dashboard.evaluate(() => {
      const [sidebar] = (globalThis as unknown as ExtensionPage).browser.extension.getViews({ type: 'sidebar' });
      sidebar?.document.querySelector<HTMLButtonElement>('[data-testid="sheet-save"]')?.click();
    });
    await expect.poll(() => inSidebar('panel-saved'), { timeout: 20_000 }).not.toBeNull();

    // The saved clip is found again on its page and highlighted there (highlight.js, CSS highlights).
    await source.bringToFront();
    await source.evaluate(() => document.getSelection()?.removeAllRanges());
    await expect.poll(() => source.evaluate(() => CSS.highlights.get('regiobeeld')?.size ?? 0), { timeout: 20_000 }).toBe(1);

    await dashboard.bringToFront();
    await reload(dashboard);
    await dashboard.waitForFunction(
      (quote) => [...document.querySelectorAll('[data-testid="record-row"]')].some((row) => row.textContent?.includes(quote)),
      {},
      '52 procent',
    );
  });

  it('opens a survey and keeps an answer', async () => {
    const survey = await firefox.open(SURVEY);
    await waitFor(survey, 'survey-heading');
    await survey.click('label:has(input[type="radio"][value="beleid"])');
    await survey.waitForSelector('[data-testid="autosave-status"][data-state="saved"]', { timeout: 30_000 });

    await reload(survey);
    await waitFor(survey, 'survey-heading');
    await survey.waitForSelector('input[type="radio"][value="beleid"]:checked', { timeout: 30_000 });
    await survey.close();
  });

  it('exports a bundle file that validates, with the partner, the clip and the answer', async () => {
    await dashboard.bringToFront();
    await reload(dashboard);
    await dashboard.click('[data-testid="export-button"]');
    // Firefox puts an empty file under the final name at once and writes to `.part` beside it,
    // which it renames when done: the download is there once no `.part` is left and it has bytes.
    const saved = async () => {
      const names = await readdir(firefox.downloadDir);
      if (names.some((name) => name.endsWith('.part'))) return [];
      const done = await Promise.all(
        names.filter((name) => name.endsWith('.json')).map(async (name) => ((await stat(join(firefox.downloadDir, name))).size > 0 ? [name] : [])),
      );
      return done.flat();
    };
    await expect.poll(saved, { timeout: 20_000 }).toHaveLength(1);
    const [name = ''] = await saved();
    expect(name).toMatch(/^regiobeeld-helmond-de-peel-ggd-brabant-zuidoost-\d{4}-\d{2}-\d{2}\.json$/);

    const decoded = decodeBundle(await readFile(join(firefox.downloadDir, name)), { now: Date.now() });
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { records } = decoded.bundle;
    expect(records.filter((record) => record.type === 'partner').map((record) => record.type === 'partner' && record.body?.organisation)).toEqual([
      'GGD Brabant-Zuidoost',
    ]);
    const clip = records.find((record) => record.type === 'observation');
    expect(clip?.type === 'observation' && clip.body?.quote).toBe(QUOTE);
    expect(clip?.type === 'observation' && clip.body?.interpretation).toBe(INTERPRETATION);
    const answer = records.find((record) => record.type === 'surveyResponse');
    expect(answer?.type === 'surveyResponse' && answer.body?.answers.rol).toBe('beleid');
  });

  it('explains the export and import route where Chrome would sync a shared folder', async () => {
    const hint = await text(dashboard, 'sync-unsupported');
    expect(hint).toContain('Firefox');
    expect(hint).toContain('Exporteren');
    expect(hint).toContain('Importeren');
    expect(await dashboard.$('[data-testid="sync-run"]')).toBeNull();

    await reload(dashboard);
    await mkdir(ARTIFACTS, { recursive: true });
    await dashboard.screenshot({ path: join(ARTIFACTS, 'firefox-dashboard.png'), fullPage: true });
  });

  it('reached nothing outside the machine', () => {
    expect(firefox.outsideAttempts).toEqual([]);
  });
});
