import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clipTab, openSidePanel } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import { selectElementText } from './support/selection.ts';
import type { PageServer } from './support/serve-pages.ts';

/** Real pages nobody here wrote (tests/fixtures/corpus/NOTICE.md). */
const CORPUS = resolve('tests/fixtures/corpus/pages');

const setup = e2eSetup();
let corpus: PageServer;
let ext: ExtensionBrowser;
let dashboard: Page;

interface StoredObservation {
  type: string;
  deleted: boolean;
  region: string;
  body?: { areas: string[]; quote: string };
}

/** Every observation in the extension's database, as stored. */
function storedObservations(page: Page): Promise<StoredObservation[]> {
  return page.evaluate(
    () =>
      new Promise<StoredObservation[]>((done, fail) => {
        const open = indexedDB.open('regiobeeld');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => done((all.result as StoredObservation[]).filter((record) => record.type === 'observation'));
        };
      }),
  );
}

beforeAll(async () => {
  corpus = await setup.serve(CORPUS);
  ext = await setup.launch();
});

describe('a partner in a region other than the demo one', () => {
  it('sets up in a GGD region picked from the list, told that its gemeenten will be offered', async () => {
    dashboard = await ext.context.newPage();
    await dashboard.goto(ext.page('dashboard.html'));
    await dashboard.getByTestId('setup-organisation').fill('Zorggroep Geldrop-Mierlo');
    await dashboard.getByTestId('setup-domain').selectOption('zorg');
    const offered = await dashboard
      .locator('#setup-region-suggestions option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toContain('GGD-regio Brabant-Zuidoost');
    await dashboard.getByTestId('setup-region').fill('GGD-regio Brabant-Zuidoost');
    expect(await dashboard.locator('#setup-region-hint').textContent()).toContain('21 gemeenten');
    await screenshot(dashboard, 'setup-known-region');
    await dashboard.getByTestId('setup-save').click();
    await dashboard.getByTestId('header-organisation').filter({ hasText: 'Zorggroep Geldrop-Mierlo' }).waitFor();
  });

  it('clips from a corpus page, picks a wijk of the region and stores its WK code; the dashboard names the wijk', async () => {
    const panel = await openSidePanel(ext);
    const source = await ext.context.newPage();
    await source.goto(`${corpus.origin}/aclu/source.html`);
    const quote = await selectElementText(source, 'p.FirstParagraph');
    expect(quote.length).toBeGreaterThan(20);
    expect(await clipTab(ext, source, 'menu')).toMatchObject({ status: 'ready' });

    await panel.bringToFront();
    await expect.poll(() => panel.getByTestId('capture-sheet').count()).toBe(1);
    const gemeenten = await panel.locator('[data-testid="areas-option"]').evaluateAll((options) => options.map((option) => option.getAttribute('data-value')));
    expect(gemeenten).toHaveLength(21);
    expect(gemeenten).toContain('GM1771');
    expect(gemeenten).not.toContain('WK177101');
    await panel.getByTestId('areas-show-wijken').click();
    const mierlo = panel.locator('[data-testid="areas-option"][data-value="WK177101"]');
    await mierlo.waitFor();
    await mierlo.check();
    await screenshot(panel, 'capture-sheet-wijken');
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => panel.getByTestId('panel-saved').count()).toBe(1);

    await dashboard.bringToFront();
    await expect.poll(async () => (await storedObservations(dashboard)).length).toBe(1);
    const [stored] = await storedObservations(dashboard);
    expect(stored).toMatchObject({ region: 'ggd-regio-brabant-zuidoost', deleted: false, body: { areas: ['WK177101'] } });

    const row = dashboard.locator('[data-testid="record-row"][data-record-type="observation"]');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByTestId('record-meta').textContent()).toContain('Mierlo');
    expect(await row.getByTestId('record-meta').textContent()).not.toContain('WK177101');
    await screenshot(dashboard, 'dashboard-wijk-name');
  });
});
