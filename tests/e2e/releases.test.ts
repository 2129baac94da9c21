import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { releaseDigest } from '../../shared/regiobeeld/releases.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { type PartnerProfile, partnerWork } from './support/partner-work.ts';
import { ARTIFACTS } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow, ownFile } from './support/shared-folder.ts';

const COORDINATOR = 'Regiotafel Helmond-De Peel';
const PARTNERS: readonly PartnerProfile[] = [
  { organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', passage: '#eenzaamheid', issue: 'Eenzaamheid onder 75-plussers' },
  { organisation: 'Gemeente Helmond', domain: 'sociaal-domein', passage: '#mantelzorg', issue: 'Overbelaste mantelzorgers' },
];

const setup = e2eSetup();
let server: PageServer;
const browsers: ExtensionBrowser[] = [];
let dashboard: Page;
let ggd: Page;

beforeAll(async () => {
  server = await setup.serve();
  browsers.push(...(await Promise.all([0, 1, 2].map(() => setup.launch({ sharedFolder: true })))));
});

async function release(page: Page, name: string): Promise<void> {
  await page.locator('details.release-form summary').click();
  await page.getByTestId('release-field-name').fill(name);
  await page.getByTestId('release-field-note').fill('Vastgesteld aan de regiotafel.');
  await page.getByTestId('release-save').click();
  await page
    .getByTestId('releases-status')
    .filter({ hasText: `Versie “${name}” is uitgebracht.` })
    .waitFor();
}

// By its own name, not by the name of the version before it that its difference mentions.
const releaseItem = (page: Page, name: string) => page.getByTestId('release').filter({ has: page.getByText(name, { exact: true }) });

describe('released versions of the regiobeeld', () => {
  it('the coordinator releases Regiobeeld 1.0 and downloads its frozen bundle', async () => {
    ggd = await partnerWork(browsers[0] as ExtensionBrowser, server, PARTNERS[0] as PartnerProfile);
    dashboard = await setUpPartner(browsers[2] as ExtensionBrowser, COORDINATOR, 'coordinator');
    await dashboard.getByTestId('sync-choose').click();
    await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    await deliver(dashboard, await folderFiles(ggd));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 1\.$/);
    await dashboard
      .getByTestId('issue-row')
      .filter({ hasText: PARTNERS[0]?.issue ?? '' })
      .waitFor({ timeout: 20_000 });
    expect(await dashboard.getByTestId('releases-empty').textContent()).toBe('Er is nog geen versie uitgebracht.');

    await release(dashboard, 'Regiobeeld 1.0');
    const first = releaseItem(dashboard, 'Regiobeeld 1.0');
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getByTestId('release-akkoord-count').textContent()).toBe('akkoord: 0 van 1');
    expect(await first.getByTestId('release-waiting').textContent()).toBe('Nog niet akkoord: GGD Brabant-Zuidoost (Publieke gezondheid)');
    await expectNoSeriousViolations(dashboard, 'dashboard with a release');
    await dashboard.getByTestId('releases').screenshot({ path: join(ARTIFACTS, 'coordinator-release.png') });

    const digest = (await first.getByTestId('release-digest').textContent()) ?? '';
    const downloading = dashboard.waitForEvent('download');
    await first.getByTestId('release-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`regiobeeld-helmond-de-peel-regiobeeld-1-0-${digest}.json`);
    const path = join(ARTIFACTS, `release-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const frozen = decodeBundle(await readFile(path), { now: Date.now() });
    if (!frozen.ok) throw new Error(`the frozen bundle is refused: ${frozen.errors.map((error) => error.message).join('; ')}`);
    expect(releaseDigest(frozen.bundle.records).slice(0, 12)).toBe(digest);
    expect(frozen.bundle.schemaVersion).toBe(9);
  });

  it('a partner receives the release by a sync and gives its akkoord; after a sync the coordinator sees it', async () => {
    await syncNow(dashboard);
    await deliver(ggd, ownFile(await folderFiles(dashboard), COORDINATOR));
    await syncNow(ggd);
    const shown = releaseItem(ggd, 'Regiobeeld 1.0');
    await shown.waitFor({ timeout: 20_000 });
    expect(await shown.getByTestId('release-download').count()).toBe(0);
    await shown.getByTestId('release-remark').fill('Herkenbaar beeld van de regio');
    await shown.getByTestId('release-approve').click();
    await ggd.getByTestId('releases-status').filter({ hasText: 'Uw akkoord met “Regiobeeld 1.0” is opgeslagen.' }).waitFor();
    await expectNoSeriousViolations(ggd, 'partner dashboard with an akkoord');

    await syncNow(ggd);
    await deliver(dashboard, ownFile(await folderFiles(ggd), PARTNERS[0]?.organisation ?? ''));
    await syncNow(dashboard);
    const first = releaseItem(dashboard, 'Regiobeeld 1.0');
    await first.getByTestId('release-approved-by').waitFor({ timeout: 20_000 });
    expect(await first.getByTestId('release-approved-by').textContent()).toBe(
      'Akkoord: GGD Brabant-Zuidoost (Publieke gezondheid): “Herkenbaar beeld van de regio”',
    );
    expect(await first.getByTestId('release-akkoord-count').textContent()).toBe('akkoord: 1 van 1');
  });

  it('a new issue comes in; the coordinator releases 1.1 and the dashboard shows the difference', async () => {
    const gemeente = await partnerWork(browsers[1] as ExtensionBrowser, server, PARTNERS[1] as PartnerProfile);
    await deliver(dashboard, ownFile(await folderFiles(gemeente), PARTNERS[1]?.organisation ?? ''));
    await syncNow(dashboard);
    await dashboard
      .getByTestId('issue-row')
      .filter({ hasText: PARTNERS[1]?.issue ?? '' })
      .waitFor({ timeout: 20_000 });
    const live = dashboard.locator('[data-testid="release-difference"][data-between="live"]');
    await live.waitFor({ timeout: 20_000 });
    expect(await live.getByTestId('diff-added').textContent()).toContain('Overbelaste mantelzorgers');
    expect(await dashboard.getByTestId('release-download-gone').count()).toBe(1);

    await release(dashboard, 'Regiobeeld 1.1');
    // Newest first, once the analysis has taken in the new record.
    await expect.poll(() => dashboard.getByTestId('release').first().locator('strong').first().textContent(), { timeout: 20_000 }).toBe('Regiobeeld 1.1');
    const newest = releaseItem(dashboard, 'Regiobeeld 1.1');
    const difference = newest.locator('[data-testid="release-difference"][data-between="previous"]');
    expect(await difference.getByTestId('diff-added').textContent()).toBe('Nieuwe knelpunten (1)Overbelaste mantelzorgers');
    expect(await newest.getByTestId('release-akkoord-count').textContent()).toBe('akkoord: 0 van 2');
    expect(await releaseItem(dashboard, 'Regiobeeld 1.0').getByTestId('release-akkoord-count').textContent()).toBe('akkoord: 1 van 2');
    expect(await dashboard.getByTestId('release-live-unchanged').textContent()).toBe('Het regiobeeld is niet veranderd sinds deze versie.');
    await expectNoSeriousViolations(dashboard, 'dashboard with two releases and their difference');
    await dashboard.getByTestId('releases').screenshot({ path: join(ARTIFACTS, 'coordinator-releases-difference.png') });
  });
});
