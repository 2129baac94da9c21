import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { createPlanItem, linkEvidence, offeredTargets, ownPart, planCard, readCoverage, readTrace } from './support/plan-steps.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, folderFiles, syncNow } from './support/shared-folder.ts';

const EXAMPLES = resolve('examples');
const AMBITION = 'Gezond en zelfstandig ouder worden in De Peel';
const GOAL = 'Minder eenzaamheid onder ouderen in de dorpen';
const ACTION = 'Buurtcirkels en inloop in elke kern';
const COORDINATOR = 'GGD Brabant-Zuidoost';
const PARTNER = 'Zorggroep De Peel';

const setup = e2eSetup();
let coordinator: ExtensionBrowser;
let partner: ExtensionBrowser;
let coordinatorPage: Page;
let partnerPage: Page;
/** The top-priority issues the coverage named as uncovered before this plan was made. */
let uncoveredBefore: string[];
/** The issues the coordinator and the partner link: uncovered top issues where there are any. */
let issueA: string;
let issueB: string;

/** Both partners hold the region's shared bundles: the regiobeeld the plan rests on. */
async function importExamples(page: Page): Promise<void> {
  const bundles = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.json'));
  await page.getByTestId('import-input').setInputFiles(bundles.map((name) => join(EXAMPLES, name)));
  await page
    .locator('[data-testid="import-summary-item"][data-ok="true"]')
    .nth(bundles.length - 1)
    .waitFor({ timeout: 60_000 });
}

/** One partner's own file reaches the other through the shared folder, and the other syncs. */
async function carry(from: Page, to: Page): Promise<void> {
  await syncNow(from);
  await deliver(to, await folderFiles(from));
  expect(await syncNow(to)).toMatch(/Gelezen bestanden van andere partners: [1-9]\d*\.$/);
}

beforeAll(async () => {
  [coordinator, partner] = await Promise.all([setup.launch({ sharedFolder: true }), setup.launch({ sharedFolder: true })]);
  coordinatorPage = await setUpPartner(coordinator, COORDINATOR, 'publieke-gezondheid');
  partnerPage = await setUpPartner(partner, PARTNER, 'zorg');
  for (const page of [coordinatorPage, partnerPage]) {
    await importExamples(page);
    await page.getByTestId('sync-choose').click();
    await page.getByTestId('sync-folder').filter({ hasText: 'Map:' }).waitFor();
  }
});

describe('a coordinator and a partner build one traced plan', () => {
  it('the coordinator builds ambition → goal → action and links an issue and two observations', async () => {
    const page = coordinatorPage;
    // The example bundles bring a regioplan of their own; this one is added beside it.
    await page.getByTestId('plan-tree').waitFor();
    uncoveredBefore = (await readCoverage(page)).uncovered ?? [];

    await createPlanItem(page, { level: 'ambition', title: AMBITION, period: '2026–2030' });
    await createPlanItem(page, { level: 'goal', title: GOAL, parent: AMBITION, owners: [COORDINATOR] });
    await createPlanItem(page, { level: 'action', title: ACTION, parent: GOAL });
    expect(await planCard(page, AMBITION).getByTestId('plan-item-title').allTextContents()).toEqual([AMBITION, GOAL, ACTION]);

    const issues = await offeredTargets(page, GOAL, 'issue');
    [issueA = '', issueB = ''] = [...new Set([...uncoveredBefore, ...issues])];
    const observations = await offeredTargets(page, ACTION, 'observation');
    expect(observations.length).toBeGreaterThanOrEqual(2);
    await linkEvidence(page, GOAL, 'issue', issueA, 'Eerste plaats in de knelpuntenvragenlijst');
    await linkEvidence(page, ACTION, 'observation', observations[0] as string, 'Dit signaal vraagt om iets in de buurt');
    await linkEvidence(page, AMBITION, 'observation', observations[1] as string, 'Het cijfer waar de ambitie op rust');

    const goalLink = ownPart(planCard(page, GOAL)).getByTestId('plan-link').filter({ hasText: issueA });
    expect(await goalLink.getByTestId('plan-link-author').textContent()).toBe(`gekoppeld door ${COORDINATOR}`);
    expect(await goalLink.getAttribute('data-state')).toBe('current');
    const coverage = await readCoverage(page);
    expect(coverage.uncovered ?? []).toEqual(uncoveredBefore.filter((title) => title !== issueA));
    expect(coverage.noOwner).toContain(`Actie: ${ACTION}`);
    expect((coverage.standAlone ?? []).filter((entry) => [AMBITION, GOAL, ACTION].some((title) => entry.endsWith(title)))).toEqual([]);

    // The issue's row in the records names the goal resting on it, and opens it.
    const issueRow = page.getByTestId('record-row').filter({ has: page.getByTestId('record-text').getByText(issueA, { exact: true }) });
    await issueRow.getByTestId('record-plan-item').filter({ hasText: GOAL }).click();
    expect(await planCard(page, GOAL).evaluate((element) => element === document.activeElement)).toBe(true);
    await goalLink.getByTestId('plan-link-open').click();
    expect(await issueRow.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('the partner receives the plan by sync, adds a link, and both see the same trace and coverage', async () => {
    await carry(coordinatorPage, partnerPage);
    await planCard(partnerPage, ACTION).waitFor();
    expect(await readTrace(partnerPage)).toEqual(await readTrace(coordinatorPage));

    await linkEvidence(partnerPage, ACTION, 'issue', issueB, 'Wij zien dit elke week in de praktijk');
    await carry(partnerPage, coordinatorPage);
    await ownPart(planCard(coordinatorPage, ACTION)).getByTestId('plan-link').filter({ hasText: issueB }).waitFor();

    const trace = await readTrace(coordinatorPage);
    expect(await readTrace(partnerPage)).toEqual(trace);
    expect(trace.join('\n')).toContain(`issue | current | ${issueB} | Wij zien dit elke week in de praktijk | gekoppeld door ${PARTNER}`);
    expect(trace.join('\n')).toContain(`issue | current | ${issueA} | Eerste plaats in de knelpuntenvragenlijst | gekoppeld door ${COORDINATOR}`);
    const coverage = await readCoverage(coordinatorPage);
    expect(await readCoverage(partnerPage)).toEqual(coverage);
    expect(coverage.uncovered ?? []).toEqual(uncoveredBefore.filter((title) => title !== issueA && title !== issueB));
    expect(coverage.noOwner).toContain(`Actie: ${ACTION}`);
    // The top of the plan view (coverage and the first items) for the handleiding; the whole page beside it.
    const box = await coordinatorPage.getByTestId('plan-view').evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: Math.min(rect.height, 1300) };
    });
    await coordinatorPage.screenshot({ path: join(ARTIFACTS, 'plan-view.png'), fullPage: true, clip: box });
    await screenshot(coordinatorPage, 'dashboard-with-plan');
  });

  it('the trace matrix downloads as CSV with one row per issue and the links in the right columns', async () => {
    const page = coordinatorPage;
    const issues = await page
      .locator('[data-testid="record-row"][data-record-type="issue"]')
      .evaluateAll((rows) =>
        rows.map((row) => ({ id: row.getAttribute('data-record-id') ?? '', title: row.querySelector('[data-testid="record-text"]')?.textContent ?? '' })),
      );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-download-matrix').click()]);
    expect(download.suggestedFilename()).toMatch(/^regiobeeld-helmond-de-peel-\d{4}-\d{2}-\d{2}-herleidingsmatrix\.csv$/);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const lines = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = (lines[0] ?? '').split(';');
    expect(header.slice(0, 3)).toEqual(['knelpunt-id', 'knelpunt', 'plaats']);
    const goalColumn = header.indexOf(`doel: ${GOAL}`);
    const actionColumn = header.indexOf(`actie: ${ACTION}`);
    expect(goalColumn).toBeGreaterThan(2);
    expect(actionColumn).toBeGreaterThan(2);
    expect(lines.length - 1).toBe(issues.length);
    const cells = (title: string) => {
      const id = issues.find((issue) => issue.title === title)?.id ?? '';
      return (lines.find((candidate) => candidate.startsWith(`${id};`)) ?? '').split(';');
    };
    expect(cells(issueA)[goalColumn]).toBe('x');
    expect(cells(issueB)[actionColumn]).toBe('x');
    // No other issue rests on the new goal directly.
    expect(lines.slice(1).filter((line) => line.split(';')[goalColumn] === 'x')).toHaveLength(1);
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
