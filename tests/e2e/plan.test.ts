import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension } from './support/launch-extension.ts';
import { createPlanItem, linkEvidence, offeredTargets, ownPart, planCard, readCoverage, readTrace } from './support/plan-steps.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, folderFiles, syncNow, withFolderPicker } from './support/shared-folder.ts';

const EXAMPLES = resolve('examples');
const AMBITION = 'Passende zorg dichtbij voor iedere inwoner van De Peel';
const GOAL = 'Snellere toegang tot huisarts en GGZ';
const ACTION = 'Regionale wachtlijstaanpak huisarts en GGZ';
const COORDINATOR = 'GGD Brabant-Zuidoost';
const PARTNER = 'Zorggroep De Peel';

let coordinator: ExtensionBrowser;
let partner: ExtensionBrowser;
let coordinatorPage: Page;
let partnerPage: Page;
/** The top-priority issues the coverage named before the plan covered any. */
let topIssues: string[];

/** Both partners hold the region's shared bundles: the regiobeeld the plan rests on. */
async function importExamples(page: Page): Promise<void> {
  const bundles = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.json'));
  await page.getByTestId('import-input').setInputFiles(bundles.map((name) => join(EXAMPLES, name)));
  await page.locator('[data-testid="import-summary-item"][data-ok="true"]').nth(bundles.length - 1).waitFor({ timeout: 60_000 });
}

/** One partner's own file reaches the other through the shared folder, and the other syncs. */
async function carry(from: Page, to: Page): Promise<void> {
  await syncNow(from);
  await deliver(to, await folderFiles(from));
  expect(await syncNow(to)).toMatch(/Gelezen bestanden van andere partners: [1-9]\d*\.$/);
}

beforeAll(async () => {
  [coordinator, partner] = await Promise.all([launchExtension(), launchExtension()]);
  await Promise.all([withFolderPicker(coordinator), withFolderPicker(partner)]);
  coordinatorPage = await setUpPartner(coordinator, COORDINATOR, 'publieke-gezondheid');
  partnerPage = await setUpPartner(partner, PARTNER, 'zorg');
  for (const page of [coordinatorPage, partnerPage]) {
    await importExamples(page);
    await page.getByTestId('sync-choose').click();
    await page.getByTestId('sync-folder').filter({ hasText: 'Map:' }).waitFor();
  }
});

afterAll(async () => {
  for (const browser of [coordinator, partner]) {
    await browser?.context.close();
    if (browser) await rm(browser.profileDir, { recursive: true, force: true });
  }
});

describe('a coordinator and a partner build one traced plan', () => {
  it('the coordinator builds ambition → goal → action and links an issue and two observations', async () => {
    const page = coordinatorPage;
    const uncovered = page.locator('[data-testid="coverage-group"][data-kind="uncovered"] [data-testid="coverage-entry"]');
    await uncovered.first().waitFor();
    topIssues = (await uncovered.allTextContents()).map((text) => text.trim());
    expect(topIssues.length).toBeGreaterThanOrEqual(2);

    await createPlanItem(page, { level: 'ambition', title: AMBITION, period: '2026–2030' });
    await createPlanItem(page, { level: 'goal', title: GOAL, parent: AMBITION, owners: [COORDINATOR] });
    await createPlanItem(page, { level: 'action', title: ACTION, parent: GOAL });
    expect(await page.getByTestId('plan-tree').getByTestId('plan-item-title').allTextContents()).toEqual([AMBITION, GOAL, ACTION]);

    const observations = await offeredTargets(page, ACTION, 'observation');
    expect(observations.length).toBeGreaterThanOrEqual(2);
    await linkEvidence(page, GOAL, 'issue', topIssues[0] as string, 'Eerste plaats in de knelpuntenvragenlijst');
    await linkEvidence(page, ACTION, 'observation', observations[0] as string, 'Dit signaal vraagt om iets in de buurt');
    await linkEvidence(page, AMBITION, 'observation', observations[1] as string, 'Het cijfer waar de ambitie op rust');

    const goalLink = ownPart(planCard(page, GOAL)).getByTestId('plan-link').filter({ hasText: topIssues[0] as string });
    expect(await goalLink.getByTestId('plan-link-author').textContent()).toBe(`gekoppeld door ${COORDINATOR}`);
    expect(await goalLink.getAttribute('data-state')).toBe('current');
    const coverage = await readCoverage(page);
    expect(coverage.uncovered).not.toContain(topIssues[0]);
    expect(coverage.noOwner).toEqual([`Actie: ${ACTION}`]);
    expect(coverage.standAlone).toBeUndefined();

    // The issue's row in the records names the goal resting on it, and opens it.
    const issueRow = page.getByTestId('record-row').filter({ has: page.getByTestId('record-text').getByText(topIssues[0] as string, { exact: true }) });
    await issueRow.getByTestId('record-plan-item').filter({ hasText: GOAL }).click();
    expect(await planCard(page, GOAL).evaluate((element) => element === document.activeElement)).toBe(true);
    await goalLink.getByTestId('plan-link-open').click();
    expect(await issueRow.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('the partner receives the plan by sync, adds a link, and both see the same trace and coverage', async () => {
    await carry(coordinatorPage, partnerPage);
    await planCard(partnerPage, ACTION).waitFor();
    expect(await readTrace(partnerPage)).toEqual(await readTrace(coordinatorPage));

    await linkEvidence(partnerPage, ACTION, 'issue', topIssues[1] as string, 'Wij zien dit elke week in de praktijk');
    await carry(partnerPage, coordinatorPage);
    await ownPart(planCard(coordinatorPage, ACTION)).getByTestId('plan-link').filter({ hasText: topIssues[1] as string }).waitFor();

    const trace = await readTrace(coordinatorPage);
    expect(await readTrace(partnerPage)).toEqual(trace);
    expect(trace.join('\n')).toContain(`issue | current | ${topIssues[1]} | Wij zien dit elke week in de praktijk | gekoppeld door ${PARTNER}`);
    expect(trace.join('\n')).toContain(`issue | current | ${topIssues[0]} | Eerste plaats in de knelpuntenvragenlijst | gekoppeld door ${COORDINATOR}`);
    const coverage = await readCoverage(coordinatorPage);
    expect(await readCoverage(partnerPage)).toEqual(coverage);
    expect(coverage.uncovered ?? []).toEqual(topIssues.slice(2));
    expect(coverage.noOwner).toEqual([`Actie: ${ACTION}`]);
    await coordinatorPage.getByTestId('plan-view').screenshot({ path: join(ARTIFACTS, 'plan-view.png') });
    await screenshot(coordinatorPage, 'dashboard-with-plan');
  });

  it('the trace matrix downloads as CSV with one row per issue and the links in the right columns', async () => {
    const page = coordinatorPage;
    const issues = await page.locator('[data-testid="record-row"][data-record-type="issue"]').evaluateAll((rows) =>
      rows.map((row) => ({ id: row.getAttribute('data-record-id') ?? '', title: row.querySelector('[data-testid="record-text"]')?.textContent ?? '' })),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-download-matrix').click()]);
    expect(download.suggestedFilename()).toMatch(/^regiobeeld-helmond-de-peel-\d{4}-\d{2}-\d{2}-trace-matrix\.csv$/);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const lines = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = (lines[0] ?? '').split(';');
    expect(header.slice(3)).toEqual([`doel: ${GOAL}`, `actie: ${ACTION}`]);
    expect(lines.length - 1).toBe(issues.length);
    const cells = (title: string) => {
      const id = issues.find((issue) => issue.title === title)?.id ?? '';
      const line = lines.find((candidate) => candidate.startsWith(`${id};`)) ?? '';
      return line.split(';').slice(-2);
    };
    expect(cells(topIssues[0] as string)[0]).toBe('x');
    expect(cells(topIssues[1] as string)[1]).toBe('x');
  });

  it('the plan view reflows at 200 % zoom without scrolling sideways', async () => {
    await coordinatorPage.setViewportSize({ width: 640, height: 800 });
    await coordinatorPage.getByTestId('plan-view').scrollIntoViewIfNeeded();
    const overflow = await coordinatorPage.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await coordinatorPage.getByTestId('plan-view').screenshot({ path: join(ARTIFACTS, 'zoom-200-plan-view.png') });
  });
});
