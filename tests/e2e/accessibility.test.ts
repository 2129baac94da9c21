import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clipSelection, openSidePanel } from './support/active-tab.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { createPlanItem, linkEvidence, offeredTargets, ownPart, planCard } from './support/plan-steps.ts';
import type { PageServer } from './support/serve-pages.ts';

const EXAMPLES = resolve('examples');

/** What a keyboard user sees on one focus stop. */
interface FocusStop {
  readonly testId: string;
  readonly tag: string;
  /** The outline shown on the element or, for a hidden file input, on the label around it. */
  readonly outline: { readonly style: string; readonly width: number };
}

const setup = e2eSetup();
let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await setup.serve();
  ext = await setup.launch();
});

/**
 * Tabs through the page from the top until focus comes back to where it started, and reads each
 * stop's outline as the browser draws it for keyboard focus.
 */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  await page.bringToFront();
  // Focusing the body makes it the point sequential navigation starts from.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const stops: FocusStop[] = [];
  // Bounded so a focus trap fails the test instead of hanging it; the dashboard has a few hundred stops.
  for (let i = 0; i < 1000; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): FocusStop | null => {
      const element = document.activeElement;
      if (element === null || element === document.body) return null;
      const shown = element instanceof HTMLInputElement && element.type === 'file' ? (element.closest('label') ?? element) : element;
      const style = getComputedStyle(shown);
      return {
        testId: element.getAttribute('data-testid') ?? '',
        tag: element.tagName.toLowerCase(),
        outline: { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) },
      };
    });
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

function withoutVisibleFocus(stops: readonly FocusStop[]): FocusStop[] {
  return stops.filter((stop) => stop.outline.style === 'none' || !(stop.outline.width >= 2));
}

describe('the axe check', () => {
  it('fails on a page with an unlabelled field and an image without text', async () => {
    const page = await ext.context.newPage();
    await page.setContent('<!doctype html><html lang="nl"><title>x</title><main><h1>x</h1><input type="text"><img src="data:,"></main></html>');
    await expect(expectNoSeriousViolations(page, 'bad page')).rejects.toThrow(/image-alt \(critical\)[\s\S]*label \(critical\)/);
    await page.close();
  });
});

describe('every extension page passes axe-core and works by keyboard', () => {
  let dashboard: Page;

  it('the first-run setup form, empty and with its errors shown', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.page('dashboard.html'));
    await page.getByTestId('setup-form').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^nl(-|$)/);
    await expectNoSeriousViolations(page, 'setup form');
    await page.getByTestId('setup-save').click();
    await page.getByTestId('setup-error-organisation').waitFor();
    await expectNoSeriousViolations(page, 'setup form with errors');
    await screenshot(page, 'a11y-setup-errors');
    await page.close();
  });

  it('the dashboard with the example bundles imported', async () => {
    dashboard = await setUpPartner(ext, 'Welzijn Peelland', 'sociaal-domein');
    await expectNoSeriousViolations(dashboard, 'empty dashboard');
    const bundles = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.json'));
    expect(bundles.length).toBeGreaterThan(1);
    await dashboard.getByTestId('import-input').setInputFiles(bundles.map((name) => join(EXAMPLES, name)));
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count(), { timeout: 30_000 }).toBe(bundles.length);
    await expect.poll(() => dashboard.getByTestId('record-row').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    await dashboard.locator('[data-testid="survey-chart"] svg').first().waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(dashboard, 'dashboard with records, survey charts and import summary');
    await screenshot(dashboard, 'a11y-dashboard-records');
  });

  it('the dashboard draws the survey results as visible, labelled charts with their figures as tables', async () => {
    const charts = dashboard.getByTestId('survey-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(5);
    await expect.poll(() => dashboard.locator('[data-testid="survey-chart"] svg[role="img"]').count(), { timeout: 30_000 }).toBe(count);
    for (let index = 0; index < count; index += 1) {
      const chart = charts.nth(index);
      const svg = chart.locator('svg[role="img"]');
      expect(await svg.getAttribute('aria-label')).toBe(await chart.locator(':scope > details > summary').textContent());
      expect(await chart.getByTestId('chart-table').locator('tbody tr').count()).toBeGreaterThan(0);
    }
    // Marks drawn and on screen: the bars of the urgency of the staff shortage, and the heat map's cells.
    const urgency = dashboard.locator('[data-testid="survey-chart"][data-question="urgentie-personeelstekort"] svg');
    expect(await urgency.locator('g[data-mark="bar"] rect').count()).toBe(4);
    const box = await urgency.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(80);
    const heatmap = dashboard.locator('[data-testid="survey-chart"][data-kind="heatmap"] svg');
    expect(await heatmap.locator('g[data-mark="cell"] rect').count()).toBeGreaterThan(5);
    expect(await heatmap.isVisible()).toBe(true);
    const results = dashboard.getByTestId('survey-results');
    await results.scrollIntoViewIfNeeded();
    await mkdir(ARTIFACTS, { recursive: true });
    await results.screenshot({ path: join(ARTIFACTS, 'dashboard-survey-charts.png') });
    // One rating and the heat map on their own, for the handleiding.
    await dashboard
      .locator('[data-testid="survey-chart"][data-question="urgentie-personeelstekort"]')
      .screenshot({ path: join(ARTIFACTS, 'dashboard-chart-urgency.png') });
    await dashboard.locator('[data-testid="survey-chart"][data-kind="heatmap"]').screenshot({ path: join(ARTIFACTS, 'dashboard-chart-heatmap.png') });
  });

  it('the survey results fold, and a question chosen in their index opens with focus on it', async () => {
    const result = dashboard.getByTestId('survey-result').first();
    const charts = result.getByTestId('survey-chart');
    const count = await charts.count();
    expect(await result.getByTestId('survey-chart-link').count()).toBe(count);
    const open = await result.boundingBox();
    await result.getByTestId('survey-charts-close-all').click();
    expect(await result.locator('[data-testid="survey-chart"] svg:visible').count()).toBe(0);
    // Folded, the survey with its index takes less than a quarter of the height it took open.
    expect(((await result.boundingBox())?.height ?? Infinity) * 4).toBeLessThan(open?.height ?? 0);
    await expectNoSeriousViolations(dashboard, 'survey charts folded');
    await result.screenshot({ path: join(ARTIFACTS, 'dashboard-survey-charts-folded.png') });

    const link = result.locator('[data-testid="survey-chart-link"][data-question="urgentie-personeelstekort"]');
    await link.click();
    const urgency = result.locator('[data-testid="survey-chart"][data-question="urgentie-personeelstekort"]');
    const caption = urgency.locator(':scope > details > summary');
    expect(await urgency.locator('svg g[data-mark="bar"] rect').count()).toBe(4);
    expect(await urgency.locator('svg').isVisible()).toBe(true);
    expect(await caption.evaluate((summary) => summary === document.activeElement)).toBe(true);
    expect(await caption.textContent()).toBe(await link.textContent());
    expect(new URL(dashboard.url()).hash).toBe(await link.getAttribute('href'));
    expect(await caption.evaluate((summary) => summary.getBoundingClientRect().top)).toBeLessThan(100);
    // Space on the focused caption folds the chart again, as on any disclosure.
    await dashboard.keyboard.press('Space');
    expect(await urgency.locator('svg').isVisible()).toBe(false);

    await result.getByTestId('survey-charts-open-all').click();
    await expect.poll(() => result.locator('[data-testid="survey-chart"] svg[role="img"]:visible').count(), { timeout: 30_000 }).toBe(count);
  });

  it('an issue opens onto its evidence and the domains that differ most', async () => {
    const first = dashboard.getByTestId('issue-details').first();
    await first.locator('summary').click();
    // The evidence is built once the details' toggle event has come, a task after the click.
    await first.getByTestId('issue-evidence').first().waitFor();
    expect(await first.getByTestId('issue-evidence').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('evidence-quote').first().isVisible()).toBe(true);
    expect(await first.getByTestId('issue-domain-gap').textContent()).toMatch(/verschil van/);
    await expectNoSeriousViolations(dashboard, 'dashboard with an issue opened');
    await first.locator('summary').click();
  });

  it('the dashboard shows where keyboard focus is on every stop, export and import included', async () => {
    const stops = await tabThrough(dashboard);
    expect(stops.map((stop) => stop.testId)).toEqual(expect.arrayContaining(['export-button', 'import-input', 'record-edit', 'record-delete']));
    expect(withoutVisibleFocus(stops)).toEqual([]);
  });

  it('the plan view, its editors and its coverage, by keyboard too', async () => {
    await dashboard.bringToFront();
    // A new item made by keyboard only: the button, then the editor that takes focus.
    await dashboard.getByTestId('plan-new').focus();
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('plan-field-level');
    await expectNoSeriousViolations(dashboard, 'plan item editor');
    await dashboard.keyboard.press('Tab');
    await dashboard.keyboard.press('Tab');
    await dashboard.keyboard.type('Passende zorg dichtbij');
    await dashboard.keyboard.press('Enter');
    await planCard(dashboard, 'Passende zorg dichtbij').waitFor();
    await expect.poll(() => planCard(dashboard, 'Passende zorg dichtbij').evaluate((element) => element === document.activeElement)).toBe(true);

    await createPlanItem(dashboard, { level: 'goal', title: 'Iedere inwoner een huisarts', parent: 'Passende zorg dichtbij' });
    const issue = (await offeredTargets(dashboard, 'Iedere inwoner een huisarts', 'issue'))[0] ?? '';
    await linkEvidence(dashboard, 'Iedere inwoner een huisarts', 'issue', issue, 'Eerste plaats in de vragenlijst');
    await ownPart(planCard(dashboard, 'Iedere inwoner een huisarts')).getByTestId('plan-item-link').click();
    await dashboard.getByTestId('link-editor').waitFor();
    await expectNoSeriousViolations(dashboard, 'plan with evidence, coverage and the link editor');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dashboard.getByTestId('link-editor').count()).toBe(0);
    await screenshot(dashboard, 'a11y-plan');

    const stops = await tabThrough(dashboard);
    expect(stops.map((stop) => stop.testId)).toEqual(
      expect.arrayContaining(['plan-download-matrix', 'plan-new', 'plan-item-link', 'plan-item-edit', 'plan-link-open', 'plan-link-remove']),
    );
    expect(withoutVisibleFocus(stops)).toEqual([]);
  });

  it('the popup', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.page('popup.html'));
    await popup.getByTestId('popup-clip').waitFor();
    await expectNoSeriousViolations(popup, 'popup');
    expect(withoutVisibleFocus(await tabThrough(popup))).toEqual([]);
    await popup.close();
  });

  it('the side panel, idle and with a capture sheet, by keyboard too', async () => {
    const panel = await openSidePanel(ext);
    await expectNoSeriousViolations(panel, 'side panel, idle');

    const { answer } = await clipSelection(ext, `${server.origin}/ggd-gezondheidsmonitor.html`, '#mantelzorg');
    expect(answer.status).toBe('ready');

    await panel.bringToFront();
    await panel.getByTestId('capture-sheet').waitFor();
    await expectNoSeriousViolations(panel, 'capture sheet');
    await screenshot(panel, 'a11y-capture-sheet');
    const stops = await tabThrough(panel);
    expect(stops.map((stop) => stop.testId)).toEqual(expect.arrayContaining(['sheet-title', 'sheet-kind', 'sheet-interpretation']));
    expect(withoutVisibleFocus(stops)).toEqual([]);

    // A phone number, so that the export below stops at the personal-data review.
    await panel.getByTestId('sheet-interpretation').fill('Meer vraag naar respijtzorg; bel de respijtcoördinator op 06-12345678.');
    await panel.keyboard.press('Control+Enter');
    await panel.getByTestId('panel-saved').waitFor();
    await expectNoSeriousViolations(panel, 'side panel after saving');
  });

  it('the observation editor and the personal-data review in the dashboard', async () => {
    await dashboard.bringToFront();
    const clipped = dashboard.getByTestId('record-row').filter({ hasText: 'respijtcoördinator' });
    await expect.poll(() => clipped.count()).toBe(1);
    await clipped.getByTestId('record-edit').click();
    // The editor shows the sheet once it has read the issues it offers; Esc before that is no one's.
    await dashboard.getByTestId('edit-observation').getByTestId('capture-sheet').waitFor();
    await expectNoSeriousViolations(dashboard, 'observation editor');
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dashboard.getByTestId('edit-observation').count()).toBe(0);

    await dashboard.getByTestId('export-button').click();
    await dashboard.getByTestId('privacy-finding').first().waitFor();
    await expectNoSeriousViolations(dashboard, 'personal-data review');
    await screenshot(dashboard, 'a11y-privacy-review');
    expect(withoutVisibleFocus(await tabThrough(dashboard))).toEqual([]);
  });
});
