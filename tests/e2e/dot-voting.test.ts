import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { type PartnerProfile, partnerWork } from './support/partner-work.ts';
import { ARTIFACTS } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, folderFiles, syncNow, ownFile } from './support/shared-folder.ts';

// Two partners, each raising an issue of its own, and the coordinator who runs the vote.
const PARTNERS: readonly PartnerProfile[] = [
  { organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', passage: '#eenzaamheid', issue: 'Eenzaamheid onder 75-plussers' },
  { organisation: 'Gemeente Helmond', domain: 'sociaal-domein', passage: '#mantelzorg', issue: 'Overbelaste mantelzorgers' },
];
const [EENZAAMHEID, MANTELZORG] = PARTNERS.map((profile) => profile.issue) as [string, string];
const ROUND = 'Regiotafel 12 maart 2027';
const COORDINATOR = 'Regiotafel Helmond-De Peel';

const setup = e2eSetup();
let server: PageServer;
const browsers: ExtensionBrowser[] = [];
let partnerPages: Page[] = [];
let dashboard: Page;

beforeAll(async () => {
  server = await setup.serve();
  browsers.push(...(await Promise.all([0, 1, 2].map(() => setup.launch({ sharedFolder: true })))));
});

/** The issue's id, by its title in the issue table. */
async function issueId(page: Page, title: string): Promise<string> {
  const row = page.getByTestId('issue-row').filter({ hasText: title });
  return (await row.getAttribute('data-issue-id')) ?? '';
}

/** The result rows of the vote panel as title, dots, partners, per domain. */
async function resultRows(panel: Locator): Promise<string[][]> {
  return panel.getByTestId('dot-result-row').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}

async function openVoting(page: Page): Promise<Locator> {
  await page.getByTestId('session-start').click();
  await page.getByTestId('session-view').waitFor();
  await page.getByTestId('session-vote-mode').click();
  const panel = page.getByTestId('dot-panel');
  await panel.waitFor();
  return panel;
}

describe('voting with dots at the regiotafel', () => {
  it('the coordinator opens a round in the session view and enters the dots of both partners, refused over budget', async () => {
    partnerPages = await Promise.all(PARTNERS.map((profile, index) => partnerWork(browsers[index] as ExtensionBrowser, server, profile)));
    dashboard = await setUpPartner(browsers[2] as ExtensionBrowser, COORDINATOR, 'coordinator');
    await dashboard.getByTestId('sync-choose').click();
    await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
    for (const page of partnerPages) await deliver(dashboard, await folderFiles(page));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);
    await expect.poll(() => dashboard.getByTestId('issue-row').count(), { timeout: 20_000 }).toBe(2);
    const eenzaamheid = await issueId(dashboard, EENZAAMHEID);
    const mantelzorg = await issueId(dashboard, MANTELZORG);

    const panel = await openVoting(dashboard);
    await panel.getByTestId('dot-round-name').fill(ROUND);
    await panel.getByTestId('dot-round-budget').fill('5');
    await panel.getByTestId('dot-round-open').click();
    await panel
      .getByTestId('dot-round')
      .filter({ hasText: `Stemronde: ${ROUND} · 5 stippen per partner` })
      .waitFor();

    const voterOf = async (organisation: string) => {
      const header = panel.locator('thead th').filter({ hasText: organisation });
      const column = await header.evaluate((th) => [...(th.parentElement?.children ?? [])].indexOf(th));
      return (
        (await panel
          .locator('tbody tr')
          .first()
          .locator('td')
          .nth(column - 1)
          .locator('input')
          .getAttribute('data-voter')) ?? ''
      );
    };
    const ggd = await voterOf('GGD Brabant-Zuidoost');
    const gemeente = await voterOf('Gemeente Helmond');
    const cell = (voter: string, issue: string) => panel.locator(`[data-testid="dot-cell"][data-voter="${voter}"][data-issue-id="${issue}"]`);
    // By keyboard, as in the room: type, Tab on.
    await cell(ggd, eenzaamheid).focus();
    await dashboard.keyboard.type('3');
    await cell(ggd, mantelzorg).fill('2');
    await cell(gemeente, eenzaamheid).fill('4');
    await cell(gemeente, mantelzorg).fill('2');
    await panel
      .getByTestId('dot-problem')
      .filter({ hasText: 'Gemeente Helmond verdeelt 6 stippen, meer dan de 5 die elke partner heeft: haal er 1 weg.' })
      .waitFor();
    await cell(gemeente, mantelzorg).press('Enter');
    await panel
      .getByTestId('dot-problem')
      .filter({ hasText: /^Niet opgeslagen\./ })
      .waitFor();
    await expectNoSeriousViolations(dashboard, 'session view entering dots over budget');
    await cell(gemeente, mantelzorg).fill('1');
    await panel.getByTestId('dot-save').click();
    await panel.getByTestId('dot-summary').filter({ hasText: '2 van de 2 partners hebben gestemd · 10 stippen verdeeld' }).waitFor();
    expect(await resultRows(panel)).toEqual([
      [EENZAAMHEID, '7', '2', 'Sociaal domein 4, Publieke gezondheid 3'],
      [MANTELZORG, '3', '2', 'Sociaal domein 1, Publieke gezondheid 2'],
    ]);
    await expectNoSeriousViolations(dashboard, 'session view with a voting round');
    await dashboard.getByTestId('session-view').screenshot({ path: join(ARTIFACTS, 'session-dot-voting.png') });
  });

  it('a partner spreads its own dots on its dashboard and syncs; the coordinator’s session shows the total', async () => {
    await dashboard.keyboard.press('Escape');
    await dashboard.getByTestId('session-close').click();
    await syncNow(dashboard);
    const gemeentePage = partnerPages[1] as Page;
    // The drive carries the coordinator's folder: its own file and the GGD's, with the issue the GGD raised.
    await deliver(gemeentePage, await folderFiles(dashboard));
    await syncNow(gemeentePage);

    const form = gemeentePage.getByTestId('own-dots');
    await form.waitFor();
    expect(await form.getByTestId('own-dots-by').textContent()).toBe(`Ingevoerd door ${COORDINATOR}. Wijzigt u ze hier, dan telt uw eigen stem.`);
    expect(await form.getByLabel(EENZAAMHEID).inputValue()).toBe('4');
    await form.getByLabel(EENZAAMHEID).fill('');
    await form.getByLabel(MANTELZORG).fill('6');
    await form.getByTestId('own-dots-problem').filter({ hasText: 'U verdeelt 6 stippen, meer dan de 5 die u hebt: haal er 1 weg.' }).waitFor();
    await form.getByLabel(MANTELZORG).fill('5');
    expect(await form.getByTestId('own-dots-left').textContent()).toBe('Nog te verdelen: 0 stippen van de 5.');
    await form.getByTestId('own-dots-save').click();
    await form.getByTestId('own-dots-by').waitFor({ state: 'detached' });
    await expectNoSeriousViolations(gemeentePage, 'dashboard with a partner’s own dots');
    await form.screenshot({ path: join(ARTIFACTS, 'partner-own-dots.png') });
    await syncNow(gemeentePage);

    await deliver(dashboard, ownFile(await folderFiles(gemeentePage), PARTNERS[1]?.organisation ?? ''));
    await syncNow(dashboard);
    // The partner's own vote replaced what the coordinator entered for it: 3 + 5 on one issue.
    await dashboard.getByTestId('issue-dots').filter({ hasText: '7 stippen van 2 partners' }).waitFor({ timeout: 20_000 });
    const panel = await openVoting(dashboard);
    await panel.getByTestId('dot-summary').filter({ hasText: '2 van de 2 partners hebben gestemd · 10 stippen verdeeld' }).waitFor();
    expect(await resultRows(panel)).toEqual([
      [MANTELZORG, '7', '2', 'Sociaal domein 5, Publieke gezondheid 2'],
      [EENZAAMHEID, '3', '1', 'Publieke gezondheid 3'],
    ]);
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dashboard.getByTestId('session-dots').textContent()).toMatch(/^Stemmen met stippen \(Regiotafel 12 maart 2027\): /);
  });
});
