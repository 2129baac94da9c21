import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { activeTabId, grantActiveTab } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { EXTENSION_DIR } from './support/launch-extension.ts';
import { selectElementText } from './support/selection.ts';
import { rowIds, setUpPartner } from './support/setup-partner.ts';
import type { PageServer } from './support/serve-pages.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';

const QUOTE = 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.';

const setup = e2eSetup();
let server: PageServer;

beforeAll(async () => {
  server = await setup.serve();
});

describe('a partner clips, exports, and another partner imports', () => {
  let exported = '';
  let partnerIds: string[] = [];

  it('ships only the permissions it needs', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'declarativeContent',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.default_locale).toBe('nl');
  });

  it('sets up, clips a selection from a page on 127.0.0.1 and exports a bundle', async () => {
    const ggd = await setup.launch();
    const dashboard = await setUpPartner(ggd, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
    await screenshot(dashboard, 'dashboard-empty');

    const source = await ggd.context.newPage();
    await source.goto(`${server.origin}/ggd-gezondheidsmonitor.html`);
    expect(await selectElementText(source, '#eenzaamheid')).toBe(QUOTE);
    const selection = { url: source.url() };
    // The context menu's listener opens the sheet and captures the tab; the test grants activeTab
    // as the click does and calls the same function, then completes the sheet in the panel page.
    const tabId = await activeTabId(ggd, source);
    await grantActiveTab(ggd, source);
    const captured = await ggd.worker.evaluate(
      (request) => (globalThis as unknown as { regiobeeldCapture: (r: unknown) => Promise<{ status: string }> }).regiobeeldCapture(request),
      { tabId, source: 'menu', pageUrl: selection.url },
    );
    expect(captured.status).toBe('ready');
    const panel = await ggd.context.newPage();
    await panel.goto(ggd.page('sidepanel.html'));
    expect(await panel.getByTestId('sheet-quote').textContent()).toBe(QUOTE);
    await panel.getByTestId('sheet-interpretation').fill('Eenzaamheid onder ouderen is een gedeelde opgave.');
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => panel.getByTestId('panel-saved').count()).toBe(1);

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
      // The source is kept by its canonical address and by the page it was clipped on.
      expect(clip?.type === 'observation' && clip.body?.source).toMatchObject({
        url: 'http://127.0.0.1/ggd-gezondheidsmonitor.html',
        pageUrl: selection.url,
        title: 'Gezondheidsmonitor Volwassenen en Ouderen 2024 — Helmond',
      });
      expect(clip?.type === 'observation' && clip.body?.interpretation).toBe('Eenzaamheid onder ouderen is een gedeelde opgave.');
      // Every record but the partner's own has a row on the dashboard.
      expect(
        decoded.bundle.records
          .filter((r) => r.type !== 'partner')
          .map((r) => r.id)
          .sort(),
      ).toEqual(partnerIds);
      expect(decoded.bundle.records.filter((r) => r.type === 'partner')).toHaveLength(1);
    }
  });

  it('imports that bundle into a second profile and shows the same records, refusing a tampered copy', async () => {
    expect(exported).not.toBe('');
    const gemeente = await setup.launch();
    const dashboard = await setUpPartner(gemeente, 'Gemeente Helmond', 'sociaal-domein');
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
