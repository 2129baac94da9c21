import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow } from './support/shared-folder.ts';
import { type PartnerProfile, partnerWork } from './support/partner-work.ts';
import { fillByKeyboard } from './support/survey-keyboard.ts';

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
  let partnerPages: Page[];

  it('the partners clip, answer the survey and sync; the coordinator syncs the folder and sees both', async () => {
    partnerPages = await Promise.all(PARTNERS.map((profile, index) => partnerWork(browsers[index] as ExtensionBrowser, server, profile)));
    dashboard = await setUpPartner(coordinator, 'Regiotafel Helmond-De Peel', 'coordinator');
    await dashboard.getByTestId('sync-choose').click();
    await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    // The region's drive carries each partner's own file into the coordinator's folder.
    for (const page of partnerPages) await deliver(dashboard, await folderFiles(page));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);

    const summary = dashboard.getByTestId('regiobeeld-summary');
    await summary.filter({ hasText: PARTNERS[1]?.organisation ?? '' }).waitFor();
    for (const profile of PARTNERS) expect(await summary.textContent()).toContain(profile.organisation);
    // The coordinator takes part without a domain: named apart, not among the partners per domain.
    expect(await dashboard.getByTestId('header-domain').textContent()).toBe('Coördinator van de regiotafel');
    expect(await dashboard.getByTestId('regiobeeld-coordinators').textContent()).toBe('Coördinatie: Regiotafel Helmond-De Peel');
    await expect
      .poll(() => summary.locator('.partner-domains li').allTextContents())
      .toEqual([
        'Sociaal domein (gemeente, welzijn): Gemeente Helmond',
        'Publieke gezondheid (GGD): GGD Brabant-Zuidoost',
        'Coördinatie: Regiotafel Helmond-De Peel',
      ]);
    expect(await dashboard.getByTestId('surveys-coordinator').isVisible()).toBe(true);
    await expect.poll(() => dashboard.getByTestId('regiobeeld-counts').textContent()).toBe('2 waarnemingen, 2 knelpunten, 2 ingevulde vragenlijsten');
    for (const profile of PARTNERS) await dashboard.getByTestId('issue-row').filter({ hasText: profile.issue }).waitFor();

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
    expect(await report.locator('dl.counts dd').first().textContent()).toBe('2');
    expect(await report.locator('tr.coordinator').textContent()).toContain('Regiotafel Helmond-De Peel');
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

  it('the coordinator runs the regiotafel from the session view: steps by keyboard, records a duiding and an afspraak there, closes with Esc', async () => {
    await dashboard.getByTestId('session-start').click();
    const session = dashboard.getByTestId('session-view');
    await session.waitFor();
    const first = await session.getByTestId('session-title').textContent();
    const total = Number((await session.getByTestId('session-position').textContent())?.match(/van (\d+)/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(2);
    await dashboard.keyboard.press('ArrowRight');
    await expect.poll(() => session.getByTestId('session-title').textContent()).not.toBe(first);
    const second = (await session.getByTestId('session-title').textContent()) ?? '';
    await expectNoSeriousViolations(dashboard, 'session view');
    await session.locator('details.outcome-form summary').first().click();
    await session.getByTestId('outcome-field-status').selectOption('gedeeld');
    await session.getByTestId('outcome-field-interpretation').fill('Beide domeinen zien dit in de eigen praktijk terug.');
    await session.getByTestId('outcome-save').click();
    await session.getByTestId('outcome-status').filter({ hasText: 'Gedeeld' }).waitFor();
    // And an afspraak, on the spot.
    await session.locator('details.outcome-form summary').nth(1).click();
    await session.getByTestId('agreement-field-what').fill('Samen een aanpak voor de kleine kernen uitwerken');
    await session.getByTestId('agreement-field-owner').selectOption({ label: 'Gemeente Helmond' });
    await session.getByTestId('agreement-field-due').fill('2027-06-30');
    await session.getByTestId('agreement-save').click();
    await session.getByTestId('agreement').filter({ hasText: 'Samen een aanpak voor de kleine kernen uitwerken' }).waitFor();
    await dashboard.screenshot({ path: join(ARTIFACTS, 'coordinator-session.png') });
    await session.getByTestId('session-title').click();
    await dashboard.keyboard.press('Escape');
    await session.waitFor({ state: 'detached' });
    const issueId = await dashboard.getByTestId('issue-row').filter({ hasText: second }).getAttribute('data-issue-id');
    expect(await dashboard.locator(`[data-testid="issue-outcome"][data-issue-id="${issueId}"]`).getByTestId('outcome-status').textContent()).toBe('Gedeeld');
    await expect
      .poll(() => dashboard.getByTestId('plan-agreement').allTextContents())
      .toContainEqual(expect.stringContaining('Samen een aanpak voor de kleine kernen uitwerken'));
  });

  it("the coordinator publishes the shared list; after a sync a partner's survey offers only it, and the issue left off is marked", async () => {
    const [shared, leftOff] = PARTNERS.map((profile) => profile.issue) as [string, string];
    const settings = dashboard.getByTestId('region-settings');
    await settings.getByTestId('region-settings-open').click();
    const form = settings.getByTestId('region-settings-form');
    await form.locator('label', { hasText: leftOff }).getByTestId('region-settings-issue-option').uncheck();
    await form.locator('[data-testid="region-settings-theme-option"][data-value="vergrijzing"]').check();
    await form.getByTestId('region-settings-own-themes').fill('Wonen en zorg');
    await form.getByTestId('region-settings-survey').selectOption('knelpunten-en-prioriteiten');
    await form.getByTestId('region-settings-survey-round').fill('2');
    await expectNoSeriousViolations(dashboard, 'region settings form');
    await form.getByTestId('region-settings-publish').click();
    await settings.getByTestId('region-settings-status').filter({ hasText: 'Gepubliceerd.' }).waitFor();
    // The list shows once the dashboard has analysed the records again, a moment after the status.
    await expect.poll(() => settings.getByTestId('region-settings-issue').allTextContents()).toEqual([shared]);
    await settings.screenshot({ path: join(ARTIFACTS, 'coordinator-region-settings.png') });
    expect(await dashboard.getByTestId('issue-row').filter({ hasText: leftOff }).getByTestId('issue-not-shared').textContent()).toBe(
      'nog niet op de gedeelde lijst',
    );

    await syncNow(dashboard);
    const partner = partnerPages[0] as Page;
    await deliver(partner, await folderFiles(dashboard));
    await syncNow(partner);
    await partner.getByTestId('region-settings-published').waitFor();
    expect(await partner.getByTestId('region-settings-round').textContent()).toBe('De regiotafel vraagt nu: Knelpunten en prioriteiten, ronde 2.');
    expect(await partner.getByTestId('survey-round-asked').textContent()).toBe('De regiotafel vraagt nu: Knelpunten en prioriteiten, ronde 2.');
    await expect.poll(() => partner.getByTestId('region-settings-not-shared').allTextContents()).toEqual([leftOff]);
    expect(await partner.getByTestId('issue-row').filter({ hasText: leftOff }).getByTestId('issue-not-shared').count()).toBe(1);
    expect(await partner.getByTestId('issue-row').filter({ hasText: shared }).getByTestId('issue-not-shared').count()).toBe(0);

    // Both issues are known to this partner now; the survey's next round offers the shared one only.
    const survey = await partnerPages[0]?.context().newPage();
    if (survey === undefined) throw new Error('no partner page');
    await survey.goto(partner.url().replace(/dashboard\.html.*$/, 'survey.html?survey=knelpunten-en-prioriteiten&round=2'));
    await fillByKeyboard(survey, { untilPage: 3 });
    await expect.poll(() => survey.locator('[data-name="top-knelpunten"] .sv-ranking-item').allTextContents()).toEqual([expect.stringContaining(shared)]);
    await survey.close();
  });

  it('the coordinator changes the settings later: a new name, the region code kept and said why', async () => {
    await dashboard.getByTestId('settings-open').click();
    expect(await dashboard.getByTestId('setup-role-coordinator').isChecked()).toBe(true);
    expect(await dashboard.getByTestId('setup-region-code').textContent()).toContain('Regiocode: helmond-de-peel. Die blijft gelijk');
    await dashboard.getByTestId('setup-organisation').fill('Regiotafel Zorg en Welzijn De Peel');
    await dashboard.getByTestId('setup-region').fill('De Peel');
    await dashboard.getByTestId('setup-save').click();
    await dashboard.getByTestId('settings-status').filter({ hasText: 'De instellingen zijn opgeslagen.' }).waitFor();
    expect(await dashboard.getByTestId('header-organisation').textContent()).toBe('Regiotafel Zorg en Welzijn De Peel');
    await dashboard.reload();
    await dashboard.getByTestId('header-region').filter({ hasText: 'De Peel' }).waitFor();
    // The region is still the one the partners' files belong to: a sync reads them as before.
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);
  });
});
