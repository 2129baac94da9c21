import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow } from './support/shared-folder.ts';
import { fillByKeyboard } from './support/survey-keyboard.ts';

const setup = e2eSetup();
let ggd: ExtensionBrowser;
let gemeente: ExtensionBrowser;
let ggdPage: Page;
let gemeentePage: Page;

beforeAll(async () => {
  [ggd, gemeente] = await Promise.all([setup.launch({ sharedFolder: true }), setup.launch({ sharedFolder: true })]);
  ggdPage = await setUpPartner(ggd, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
  gemeentePage = await setUpPartner(gemeente, 'Gemeente Helmond', 'sociaal-domein');
});

describe('two partners sync through a shared folder', () => {
  it('each chooses the folder once; the dashboard keeps it after a reload', async () => {
    for (const page of [ggdPage, gemeentePage]) {
      expect(await page.getByTestId('sync-folder').textContent()).toBe('Nog geen map gekozen.');
      await page.getByTestId('sync-choose').click();
      await page.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    }
    await ggdPage.reload();
    // The kept folder is read from IndexedDB after the panel first renders.
    await expect.poll(() => ggdPage.getByTestId('sync-folder').textContent()).toBe(`Map: ${FOLDER}`);
  });

  it("a partner's answers reach the other partner, and each file holds only its writer's records", async () => {
    const survey = await gemeente.context.newPage();
    await survey.goto(gemeente.page('survey.html?survey=knelpunten-en-prioriteiten'));
    await survey.locator('.sd-question').first().waitFor();
    await fillByKeyboard(survey, { untilPage: 2 });
    await survey.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await survey.close();

    expect(await syncNow(gemeentePage)).toMatch(/^Uw bestand partner-[0-9a-f-]{36}\.json is bijgewerkt\. Gelezen bestanden van andere partners: 0\.$/);
    expect(await syncNow(ggdPage)).toMatch(/Gelezen bestanden van andere partners: 0\.$/);
    const fromGemeente = await folderFiles(gemeentePage);
    const fromGgd = await folderFiles(ggdPage);
    expect(Object.keys(fromGemeente)).toHaveLength(1);
    await deliver(ggdPage, fromGemeente);
    await deliver(gemeentePage, fromGgd);

    expect(await syncNow(ggdPage)).toMatch(/Gelezen bestanden van andere partners: 1\.$/);
    const item = ggdPage.getByTestId('import-summary-item');
    expect(await item.getAttribute('data-ok')).toBe('true');
    await ggdPage.locator('[data-testid="record-row"][data-record-type="surveyResponse"]').waitFor();
    expect(await ggdPage.getByTestId('sync-last').textContent()).toMatch(/^Laatst gesynchroniseerd: /);
    await screenshot(ggdPage, 'dashboard-after-sync');

    expect(await syncNow(gemeentePage)).toMatch(/Gelezen bestanden van andere partners: 1\.$/);
    const own = JSON.parse(Object.values(await folderFiles(gemeentePage)).find((text) => text.includes('Gemeente Helmond')) ?? '{}') as {
      records: Array<{ origin: string; type: string }>;
      producer: { partnerId: string };
    };
    expect(own.records.map((record) => record.type).sort()).toEqual(['partner', 'surveyResponse']);
    expect(own.records.every((record) => record.origin === own.producer.partnerId)).toBe(true);
  });
});
