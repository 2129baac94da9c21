import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { e2eSetup } from './support/e2e-setup.ts';
import { listedRowIds, rowIds, setUpPartner } from './support/setup-partner.ts';
import { screenshot } from './support/screenshots.ts';

const HOSTILE = resolve('tests/fixtures/hostile');
const EXAMPLE = resolve('examples/huisartsen-de-peel.json');

const setup = e2eSetup();

describe('importing hostile bundles in the dashboard', () => {
  it('refuses every one with a reason and leaves the stored records exactly as they were', async () => {
    const browser = await setup.launch();
    const dashboard = await setUpPartner(browser, 'Gemeente Helmond', 'sociaal-domein');
    await dashboard.getByTestId('import-input').setInputFiles(EXAMPLE);
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);
    const before = await listedRowIds(dashboard);
    const storedBefore = await dashboard.evaluate(readAllRecords);
    expect(before.length).toBeGreaterThan(5);

    const files = (await readdir(HOSTILE)).filter((name) => name.endsWith('.json')).sort();
    await dashboard.getByTestId('import-input').setInputFiles(files.map((name) => join(HOSTILE, name)));
    const refused = dashboard.locator('[data-testid="import-summary-item"][data-ok="false"]');
    await expect.poll(() => refused.count(), { timeout: 30_000 }).toBe(files.length);
    for (const name of files) {
      const item = dashboard.locator(`[data-testid="import-summary-item"][data-file="${name}"]`);
      expect(await item.getAttribute('data-ok'), name).toBe('false');
      expect(await item.getByTestId('import-error').first().getAttribute('data-code'), name).toBe(name.split('--')[0]);
    }
    expect(await dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(0);
    expect(await rowIds(dashboard)).toEqual(before);
    expect(await dashboard.evaluate(readAllRecords)).toEqual(storedBefore);
    expect(await dashboard.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
    await screenshot(dashboard, 'dashboard-hostile-imports');
  });
});

/** Every stored record, read straight from IndexedDB in the extension page. */
function readAllRecords(): Promise<unknown[]> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('regiobeeld');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => done(request.result as unknown[]);
      request.onerror = () => fail(request.error);
    };
  });
}
