import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { type PartnerProfile, partnerWork } from './support/partner-work.ts';
import { join } from 'node:path';
import { ARTIFACTS } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow, ownFile } from './support/shared-folder.ts';

// Two partners name one issue in their own words, each with a clip of their own and a ranking.
const PARTNERS: readonly PartnerProfile[] = [
  { organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', passage: '#eenzaamheid', issue: 'Eenzaamheid onder 75-plussers' },
  { organisation: 'Gemeente Helmond', domain: 'sociaal-domein', passage: '#mantelzorg', issue: 'Eenzaamheid bij 75-plussers' },
];

const setup = e2eSetup();
let server: PageServer;
const browsers: ExtensionBrowser[] = [];
let partnerPages: Page[] = [];
let dashboard: Page;

beforeAll(async () => {
  server = await setup.serve();
  browsers.push(...(await Promise.all([0, 1, 2].map(() => setup.launch({ sharedFolder: true })))));
});

const issueRows = (page: Page) => page.getByTestId('issue-row');

/** The one issue row's cells: title (with what was merged into it), evidence, partners. */
async function onlyIssue(page: Page): Promise<{ title: string; evidence: string; partners: string }> {
  await expect.poll(() => issueRows(page).count(), { timeout: 20_000 }).toBe(1);
  const cells = await issueRows(page).locator('td').allTextContents();
  return { title: cells[0] ?? '', evidence: cells[1] ?? '', partners: cells[2] ?? '' };
}

describe('one issue list for the region', () => {
  it('the coordinator sees both issues and the suggestion that they are one, and merges them', async () => {
    partnerPages = await Promise.all(PARTNERS.map((profile, index) => partnerWork(browsers[index] as ExtensionBrowser, server, profile)));
    const coordinator = browsers[2] as ExtensionBrowser;
    dashboard = await setUpPartner(coordinator, 'Regiotafel Helmond-De Peel', 'coordinator');
    await dashboard.getByTestId('sync-choose').click();
    await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    for (const page of partnerPages) await deliver(dashboard, await folderFiles(page));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);

    await expect.poll(() => issueRows(dashboard).count(), { timeout: 20_000 }).toBe(2);
    // What came in by the sync, per partner, until the coordinator has seen it.
    await expect.poll(() => dashboard.getByTestId('new-since-partner').count(), { timeout: 20_000 }).toBe(2);
    await dashboard.getByTestId('new-since-seen').click();
    await dashboard.getByTestId('new-since').waitFor({ state: 'detached' });
    const suggestion = dashboard.getByTestId('duplicate-suggestion');
    expect(await suggestion.count()).toBe(1);
    // Both have one clip: the later made goes into the earlier, whichever partner was first.
    expect(await suggestion.textContent()).toMatch(/^“Eenzaamheid (onder|bij) 75-plussers” en “Eenzaamheid (onder|bij) 75-plussers” \(gelijkende titel\)/);
    await dashboard.locator('.merge-form summary').first().click();
    await dashboard.getByTestId('merge-into').first().waitFor();
    await expectNoSeriousViolations(dashboard, 'dashboard with a suggested merge');
    await dashboard.getByTestId('regiobeeld-summary').screenshot({ path: join(ARTIFACTS, 'coordinator-merge-suggestion.png') });
    await suggestion.getByTestId('duplicate-merge').click();

    const merged = await onlyIssue(dashboard);
    expect(merged.evidence).toBe('2');
    for (const profile of PARTNERS) expect(merged.partners).toContain(profile.organisation);
    await expect.poll(() => dashboard.getByTestId('issues-status').textContent()).toContain('is samengevoegd met');
    expect(await dashboard.getByTestId('merged-issue').textContent()).toMatch(/^Samengevoegd: “Eenzaamheid (onder|bij) 75-plussers” \(van (GGD|Gemeente)/);
    expect(await dashboard.getByTestId('regiobeeld-counts').textContent()).toBe('2 waarnemingen, 2 knelpunten, 2 ingevulde vragenlijsten');
  });

  it("both partners' rankings, made before the merge, count for the issue that stands", async () => {
    const details = dashboard.getByTestId('issue-details');
    await details.locator('summary').click();
    await details.getByTestId('issue-domain-gap').waitFor();
    const domains = await details.getByTestId('issue-domain-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['domain']));
    expect(domains.sort()).toEqual(['publieke-gezondheid', 'sociaal-domein']);
    // Each domain's one respondent ranked it: "1 / 1" rankers in both rows.
    for (const cells of await details.getByTestId('issue-domain-row').allTextContents()) expect(cells).toContain('1 / 1');
    expect(await details.getByTestId('issue-evidence').count()).toBe(2);
    await expectNoSeriousViolations(dashboard, 'dashboard with a merged issue');
    await dashboard.getByTestId('regiobeeld-summary').screenshot({ path: join(ARTIFACTS, 'coordinator-merged-issue.png') });
  });

  it('the merge travels: after a sync every partner shows the one issue with both clips', async () => {
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);
    const fromCoordinator = await folderFiles(dashboard);
    // Each partner's response says what its ranking offered: the one issue that partner held then.
    for (const profile of PARTNERS) {
      const file = Object.values(fromCoordinator).find((text) => text.includes(profile.organisation) && text.includes('"surveyResponse"')) ?? '{}';
      const { records, schemaVersion } = JSON.parse(file) as {
        records: { type: string; body?: { offered?: { issueIds: string[] }[] } }[];
        schemaVersion: number;
      };
      const offered = records.find((record) => record.type === 'surveyResponse')?.body?.offered ?? [];
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.every((entry) => entry.issueIds.length === 1)).toBe(true);
      expect(schemaVersion).toBe(4);
    }
    for (const page of partnerPages) {
      await deliver(page, fromCoordinator);
      expect(await syncNow(page)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);
      const shown = await onlyIssue(page);
      expect(shown.evidence).toBe('2');
      expect(shown.title).toContain('Samengevoegd:');
    }
  });

  it('partners say whether they recognise the issue; after a sync the coordinator sees who does and who not, and why', async () => {
    const [ggdPage, gemeentePage] = partnerPages as [Page, Page];
    await ggdPage.getByTestId('recognise-yes').click();
    await ggdPage.getByTestId('recognised-by').filter({ hasText: 'GGD Brabant-Zuidoost' }).waitFor();
    await gemeentePage.getByTestId('recognise-no').click();
    await gemeentePage.getByTestId('recognise-reason').fill('In Helmond zien wij vooral jongere eenzamen');
    await gemeentePage.getByTestId('recognise-save').click();
    await gemeentePage.getByTestId('not-recognised-by').waitFor();
    // The coordinator is no partner: it is not asked.
    expect(await dashboard.getByTestId('recognise-yes').count()).toBe(0);
    for (const [page, profile] of [ggdPage, gemeentePage].map((page, index) => [page, PARTNERS[index]] as const)) {
      await syncNow(page);
      await deliver(dashboard, ownFile(await folderFiles(page), profile?.organisation ?? ''));
    }
    await syncNow(dashboard);
    await dashboard.getByTestId('not-recognised-by').waitFor();
    expect(await dashboard.getByTestId('recognised-by').textContent()).toBe('Herkend door: Publieke gezondheid (GGD Brabant-Zuidoost)');
    expect(await dashboard.getByTestId('not-recognised-by').textContent()).toBe(
      'Niet herkend door: Sociaal domein (Gemeente Helmond: “In Helmond zien wij vooral jongere eenzamen”)',
    );
    await expectNoSeriousViolations(gemeentePage, 'dashboard with recognitions');
  });

  it("the coordinator records the outcome and an afspraak at the regiotafel and answers a partner's word; after a sync that partner sees them, the overdue one flagged", async () => {
    const issue = dashboard.getByTestId('issue-outcome');
    await issue.locator('details.outcome-form summary').first().click();
    await dashboard.getByTestId('outcome-field-status').selectOption('prioriteit');
    await dashboard.getByTestId('outcome-field-interpretation').fill('Eenzaamheid onder ouderen in de kleine kernen, met weinig netwerk.');
    for (const box of await dashboard.getByTestId('outcome-field-agreed').all()) await box.check();
    await dashboard.getByTestId('outcome-save').click();
    await dashboard.getByTestId('outcome-status').filter({ hasText: 'Prioriteit' }).waitFor();
    await issue.locator('details.outcome-form summary').nth(1).click();
    await dashboard.getByTestId('agreement-field-what').fill('Buurtcirkels in Deurne starten');
    await dashboard.getByTestId('agreement-field-owner').selectOption({ label: 'Gemeente Helmond' });
    await dashboard.getByTestId('agreement-field-due').fill('2026-12-01');
    await dashboard.getByTestId('agreement-save').click();
    await dashboard.locator('[data-testid="agreement"][data-overdue="true"]').waitFor();
    expect(await dashboard.getByTestId('plan-agreements-overdue').textContent()).toBe('Te laat: 1');
    await expectNoSeriousViolations(dashboard, 'dashboard with an outcome and an afspraak');
    // The coordinator answers the partner who does not recognise the issue.
    const recognitions = dashboard.locator('[data-testid="issue-recognitions"][data-target-type="issue"]');
    await recognitions.getByTestId('reply-open').click();
    expect(await recognitions.getByTestId('reply-to').locator('option:checked').textContent()).toBe('Gemeente Helmond (herkent het niet)');
    await recognitions.getByTestId('reply-text').fill('De GGD-monitor ziet het ook bij jongeren in Helmond');
    await expectNoSeriousViolations(dashboard, 'reply form');
    await recognitions.getByTestId('reply-save').click();
    const reply = 'Regiotafel Helmond-De Peel reageert op Gemeente Helmond: “De GGD-monitor ziet het ook bij jongeren in Helmond”';
    await recognitions.getByTestId('recognition-reply').filter({ hasText: reply }).waitFor();

    await syncNow(dashboard);
    const gemeentePage = partnerPages[1] as Page;
    await deliver(gemeentePage, ownFile(await folderFiles(dashboard), 'Regiotafel Helmond-De Peel'));
    await syncNow(gemeentePage);
    await gemeentePage.getByTestId('outcome-status').filter({ hasText: 'Prioriteit' }).waitFor();
    const agreed = await gemeentePage.getByTestId('outcome-agreed').textContent();
    for (const profile of PARTNERS) expect(agreed).toContain(profile.organisation);
    expect(await gemeentePage.getByTestId('agreement').getAttribute('data-overdue')).toBe('true');
    expect(await gemeentePage.getByTestId('plan-agreement').textContent()).toContain('Buurtcirkels in Deurne starten — Gemeente Helmond');
    expect(await gemeentePage.getByTestId('recognition-reply').textContent()).toBe(reply);
  });

  it('undoing the merge on one profile travels too', async () => {
    const page = partnerPages[0] as Page;
    await page.getByTestId('merge-undo').click();
    await expect.poll(() => issueRows(page).count(), { timeout: 20_000 }).toBe(2);
    await syncNow(page);
    await deliver(dashboard, await folderFiles(page));
    await syncNow(dashboard);
    await expect.poll(() => issueRows(dashboard).count(), { timeout: 20_000 }).toBe(2);
  });
});
