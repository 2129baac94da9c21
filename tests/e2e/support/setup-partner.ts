import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './launch-extension.ts';

/**
 * The first-run setup as a partner does it: organisation, domain, region; then the dashboard. The
 * domain `coordinator` sets up the coordinator of the regiotafel, who has none.
 */
export async function setUpPartner(browser: ExtensionBrowser, organisation: string, domain: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.page('dashboard.html'));
  await page.getByTestId('setup-organisation').fill(organisation);
  if (domain === 'coordinator') await page.getByTestId('setup-role-coordinator').check();
  else await page.getByTestId('setup-domain').selectOption(domain);
  await page.getByTestId('setup-region').fill('Helmond-De Peel');
  await page.getByTestId('setup-save').click();
  // Playwright's own wait rather than expect.poll, which vitest allows only inside a test: the
  // capture tests set up in beforeAll.
  await page.getByTestId('header-organisation').filter({ hasText: organisation }).waitFor();
  return page;
}

/**
 * The record list's ids once it lists records: an import stores its records in one transaction,
 * and the list shows them together a moment later, so the first non-empty list is the whole one.
 */
export async function listedRowIds(page: Page): Promise<string[]> {
  await expect.poll(() => page.getByTestId('record-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return rowIds(page);
}

export async function rowIds(page: Page): Promise<string[]> {
  const ids = await page.getByTestId('record-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id') ?? ''));
  return ids.sort();
}
