import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { fakeObservation } from '../support/fake-records.ts';
import { HUISARTSEN, signingInstallation } from '../support/signed-bundles.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';

const setup = e2eSetup();

describe('the personal-data review before export', () => {
  it('shows what it found in context and exports only after each item is redacted or confirmed', async () => {
    const browser = await setup.launch();
    const dashboard = await setUpPartner(browser, 'Welzijn Peelland', 'sociaal-domein');
    const incoming = join(ARTIFACTS, 'met-persoonsgegevens.json');
    await writeFile(
      incoming,
      await (await signingInstallation(HUISARTSEN)).bundleText([
        fakeObservation(1, { interpretation: 'Mevrouw De Vries (06-12345678) wacht al maanden; het tarief is € 72,50 per uur.' }),
      ]),
    );
    await dashboard.getByTestId('import-input').setInputFiles(incoming);
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);

    await dashboard.getByTestId('export-button').click();
    const findings = dashboard.getByTestId('privacy-finding');
    await expect.poll(() => findings.count()).toBe(2);
    expect(await findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).toEqual(['phone', 'tariff']);
    expect(await dashboard.getByTestId('privacy-review').locator('mark').first().textContent()).toBe('06-12345678');
    await screenshot(dashboard, 'dashboard-privacy-review');

    await findings
      .filter({ has: dashboard.locator('mark', { hasText: '06-12345678' }) })
      .getByTestId('privacy-redact')
      .click();
    await expect.poll(() => findings.count()).toBe(1);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), findings.getByTestId('privacy-confirm').click()]);
    const path = join(ARTIFACTS, `na-review-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    expect(decodeBundle(text, { now: Date.now() }).ok).toBe(true);
    expect(text).not.toContain('06-12345678');
    expect(text).toContain('Mevrouw De Vries ([weggelakt]) wacht al maanden');
    expect(text).toContain('€ 72,50');
  });
});
