import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow } from './support/shared-folder.ts';
import { type PartnerProfile, partnerWork } from './support/partner-work.ts';

const PARTNERS: readonly PartnerProfile[] = [
  { organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', passage: '#eenzaamheid', issue: 'Eenzaamheid onder 75-plussers' },
  { organisation: 'Gemeente Helmond', domain: 'sociaal-domein', passage: '#mantelzorg', issue: 'Overbelaste mantelzorgers' },
];

const setup = e2eSetup();
let server: PageServer;
const browsers: ExtensionBrowser[] = [];
let coordinator: ExtensionBrowser;

beforeAll(async () => {
  server = await setup.serve();
  browsers.push(...(await Promise.all([0, 1, 2].map(() => setup.launch({ sharedFolder: true })))));
  coordinator = browsers[2] as ExtensionBrowser;
});

describe('a coordinator and two partners', () => {
  let dashboard: Page;

  it('the partners clip, answer the survey and sync; the coordinator syncs the folder and sees both', async () => {
    const partnerPages = await Promise.all(PARTNERS.map((profile, index) => partnerWork(browsers[index] as ExtensionBrowser, server, profile)));
    dashboard = await setUpPartner(coordinator, 'Regiotafel Helmond-De Peel', 'zorg');
    await dashboard.getByTestId('sync-choose').click();
    await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    // The region's drive carries each partner's own file into the coordinator's folder.
    for (const page of partnerPages) await deliver(dashboard, await folderFiles(page));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);

    const summary = dashboard.getByTestId('regiobeeld-summary');
    await summary.filter({ hasText: PARTNERS[1]?.organisation ?? '' }).waitFor();
    for (const profile of PARTNERS) expect(await summary.textContent()).toContain(profile.organisation);
    expect(await dashboard.getByTestId('regiobeeld-counts').textContent()).toBe('2 waarnemingen, 2 knelpunten, 2 ingevulde vragenlijsten');
    const issues = await dashboard.getByTestId('issue-row').allTextContents();
    for (const profile of PARTNERS) expect(issues.some((row) => row.includes(profile.issue))).toBe(true);

    const heatmap = dashboard.locator('[data-testid="survey-chart"][data-kind="heatmap"] svg');
    await heatmap.waitFor({ timeout: 30_000 });
    expect(await heatmap.locator('g[data-mark="cell"] rect').count()).toBeGreaterThan(0);
    expect(await dashboard.locator('[data-testid="survey-chart"] svg g[data-mark="bar"] rect').count()).toBeGreaterThan(10);
    await screenshot(dashboard, 'coordinator-dashboard');
  });

  it('the coordinator downloads the report; opened, its charts are visible', async () => {
    const downloading = dashboard.waitForEvent('download');
    await dashboard.getByTestId('download-report').click();
    const download = await downloading;
    const path = join(ARTIFACTS, `coordinator-${download.suggestedFilename()}`);
    await download.saveAs(path);

    const report = await coordinator.context.newPage();
    report.on('dialog', (dialog) => {
      throw new Error(`a script opened a dialog: ${dialog.message()}`);
    });
    await report.goto(`file://${path}`);
    for (const profile of PARTNERS) expect(await report.locator('#knelpunten').textContent()).toContain(profile.issue);
    expect(await report.locator('script, img, iframe, [onload], [onerror]').count()).toBe(0);
    const charts = report.locator('figure.survey-chart svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(5);
    // Both partners' domains, for every theme their issues carry (each has vergrijzing).
    const figure = report.locator('figure.survey-chart[data-kind="heatmap"]');
    const heatmap = figure.locator('svg');
    await heatmap.scrollIntoViewIfNeeded();
    expect(await heatmap.isVisible()).toBe(true);
    expect((await heatmap.boundingBox())?.width).toBeGreaterThan(300);
    expect(await figure.locator('thead th').allTextContents()).toEqual(['Thema', 'Sociaal domein', 'Publieke gezondheid']);
    expect(await figure.locator('tbody th').allTextContents()).toContain('Vergrijzing');
    expect(await heatmap.locator('g[data-mark="cell"] rect').count()).toBe(2 * (await figure.locator('tbody tr').count()));
    await screenshot(report, 'coordinator-report');
    await report.locator('#vragenlijsten').screenshot({ path: join(ARTIFACTS, 'coordinator-report-charts.png') });
    await report.close();
  });
});
