import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { fakeObservation } from '../support/fake-records.ts';
import { HUISARTSEN, signingInstallation } from '../support/signed-bundles.ts';
import { clipTab } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { leavingTheMachine, watchRequests } from './support/network-watch.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import { selectElementText } from './support/selection.ts';
import { setUpPartner } from './support/setup-partner.ts';
import type { PageServer } from './support/serve-pages.ts';

const QUOTE = 'Een op de zes volwassenen geeft mantelzorg; een op de tien mantelzorgers voelt zich zwaar belast.';

const setup = e2eSetup();
let server: PageServer;

beforeAll(async () => {
  server = await setup.serve();
});

describe("a partner's whole session", () => {
  it('sets up, clips, imports, reviews personal data and exports without one request leaving 127.0.0.1 and the extension', async () => {
    const browser = await setup.launch();
    const requests = watchRequests(browser.context);

    const dashboard = await setUpPartner(browser, 'Zorggroep De Peel', 'zorg');
    // unlimitedStorage: Chromium will not evict the records, which the dashboard says.
    expect(await dashboard.getByTestId('storage-status').getAttribute('data-status')).toBe('persistent');
    expect(await dashboard.getByTestId('storage-status').textContent()).toBe('Opslag is blijvend: de browser wist uw gegevens niet bij ruimtegebrek.');

    const source = await browser.context.newPage();
    await source.goto(`${server.origin}/ggd-gezondheidsmonitor.html`);
    expect(await selectElementText(source, '#mantelzorg')).toBe(QUOTE);
    const captured = await clipTab(browser, source);
    expect(captured.status).toBe('ready');
    const panel = await browser.context.newPage();
    await panel.goto(browser.page('sidepanel.html'));
    expect(await panel.getByTestId('sheet-quote').textContent()).toBe(QUOTE);
    await panel.getByTestId('sheet-interpretation').fill('Belde de mantelzorgconsulent op 06-12345678.');
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => panel.getByTestId('panel-saved').count()).toBe(1);

    await dashboard.bringToFront();
    const incoming = join(ARTIFACTS, 'sessie-import.json');
    await writeFile(
      incoming,
      await (await signingInstallation(HUISARTSEN)).bundleText([fakeObservation(1, { interpretation: 'Wachtlijst wijkverpleging in Asten loopt op.' })]),
    );
    await dashboard.getByTestId('import-input').setInputFiles(incoming);
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);
    await expect.poll(() => dashboard.getByTestId('record-row').count()).toBe(2);

    await dashboard.getByTestId('export-button').click();
    const finding = dashboard.getByTestId('privacy-finding');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.getAttribute('data-kind')).toBe('phone');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), finding.getByTestId('privacy-redact').click()]);
    const exported = join(ARTIFACTS, `sessie-${download.suggestedFilename()}`);
    await download.saveAs(exported);
    const text = await readFile(exported, 'utf8');
    expect(decodeBundle(text, { now: Date.now() }).ok).toBe(true);
    expect(text).not.toContain('06-12345678');
    await screenshot(dashboard, 'dashboard-after-session');

    // The watch sees what it must: the page on 127.0.0.1, the extension's pages, and a request
    // the service worker makes (asked for here, to the test server, so it stays on the machine).
    await browser.worker.evaluate((url) => fetch(url).then((response) => response.status), `${server.origin}/ggd-gezondheidsmonitor.html?van=worker`);
    await expect.poll(() => requests.some((r) => r.fromWorker && r.url.endsWith('?van=worker'))).toBe(true);
    expect(requests.some((r) => !r.fromWorker && r.url === `${server.origin}/ggd-gezondheidsmonitor.html`)).toBe(true);
    expect(requests.some((r) => r.url === browser?.page('sidepanel.html'))).toBe(true);

    expect(leavingTheMachine(requests, browser.extensionId)).toEqual([]);
  });
});
