import { beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { ARTIFACTS } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';

const EXAMPLES = resolve('examples');

const setup = e2eSetup();
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ext = await setup.launch();
});

/** Where an element sits in the view, and the bottom of the navigation kept above it. */
function placeOf(id: string): Promise<{ top: number; bottom: number; navBottom: number; view: number } | null> {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    const nav = document.querySelector('[data-testid="section-nav"]');
    if (element === null || nav === null) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, navBottom: nav.getBoundingClientRect().bottom, view: window.innerHeight };
  }, id);
}

/** The element has the focus and stands in view, below the navigation rather than under it. */
async function expectShownAndFocused(id: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: 30_000 }).toBe(id);
  await expect
    .poll(async () => {
      const place = await placeOf(id);
      return place !== null && place.top >= place.navBottom - 1 && place.bottom <= place.view;
    })
    .toBe(true);
}

describe('the dashboard navigation: a coordinator with every example bundle reaches each part in one step', () => {
  it('shows a sticky list of the sections above a long page', async () => {
    page = await setUpPartner(ext, 'GGD Brabant-Zuidoost', 'coordinator');
    const bundles = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.json'));
    await page.getByTestId('import-input').setInputFiles(bundles.map((name) => join(EXAMPLES, name)));
    await expect.poll(() => page.locator('[data-testid="import-summary-item"][data-ok="true"]').count(), { timeout: 60_000 }).toBe(bundles.length);
    await page.getByTestId('plan-coverage').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="survey-chart"] svg').first().waitFor({ timeout: 30_000 });
    const nav = page.getByRole('navigation', { name: 'Onderdelen van het dashboard' });
    await nav.waitFor();
    const measured = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      nav: document.querySelector('[data-testid="section-nav"]')?.getBoundingClientRect().height ?? 0,
      plan: (document.getElementById('plan-heading')?.getBoundingClientRect().top ?? 0) + window.scrollY,
    }));
    // Read by the report on the change: how far down the plan starts, and what the navigation adds.
    console.info(`dashboard: ${Math.round(measured.page)} px tall, navigation ${Math.round(measured.nav)} px, plan at ${Math.round(measured.plan)} px`);
    expect(measured.page).toBeGreaterThan(measured.plan);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await nav.boundingBox())?.y).toBe(0);
  });

  it('goes to the plan in one step from the top: its heading has the focus, the address and the entry say so', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expectShownAndFocused('plan-heading');
    expect(new URL(page.url()).hash).toBe('#plan');
    await expect.poll(() => page.locator('[data-testid="section-nav-link"][aria-current]').getAttribute('data-section')).toBe('plan');
    // The view only: the whole page is tens of thousands of pixels tall.
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-nav-plan.png') });
  });

  it('is still at the plan after a reload', async () => {
    await page.reload();
    await expectShownAndFocused('plan-heading');
    await expect.poll(() => page.locator('[data-testid="section-nav-link"][aria-current]').getAttribute('data-section')).toBe('plan');
  });

  it('returns to the plan with the back button after choosing another section', async () => {
    await page.getByTestId('section-nav-link').and(page.locator('[data-section="records"]')).click();
    await expectShownAndFocused('records-heading');
    await page.goBack();
    await expectShownAndFocused('plan-heading');
    await page.goForward();
    await expectShownAndFocused('records-heading');
  });

  it('still lands on the record a link in the plan coverage names', async () => {
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expectShownAndFocused('plan-heading');
    const uncovered = page.locator('[data-testid="coverage-group"][data-kind="uncovered"] [data-testid="coverage-entry"] button').first();
    const title = (await uncovered.textContent()) ?? '';
    await uncovered.click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    await expect.poll(focused).toBe('record-row');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(await page.locator(`[id="${id}"] [data-testid="record-text"]`).textContent()).toContain(title);
    await expectShownAndFocused(id);
  });
});
