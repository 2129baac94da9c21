import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeIssue, fakeObservation } from '../support/fake-records.ts';
import { signingInstallation } from '../support/signed-bundles.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import { leavingTheMachine, watchRequests } from './support/network-watch.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<svg onload="window.__xss=3"><script>window.__xss=4</script></svg>',
  'javascript:window.__xss=5',
  '"><iframe src="javascript:window.parent.__xss=6">',
];
const payload = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;

const setup = e2eSetup();

describe('script payloads in every text field of an imported bundle', () => {
  it('are shown as text in the dashboard: no script runs, no javascript: link, no request leaves the machine', async () => {
    const browser = await setup.launch();
    const requests = watchRequests(browser.context);
    const dialogs: string[] = [];
    browser.context.on('page', (page) => page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))));

    const dashboard = await setUpPartner(browser, 'Gemeente Helmond', 'sociaal-domein');
    dashboard.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    const partner = await signingInstallation({ organisation: payload(0), domain: 'zorg', regionName: payload(1), contactName: payload(2) });
    const observation = fakeObservation(1, {
      quote: payload(0),
      interpretation: payload(1),
      areas: [payload(2)],
      themes: [payload(3)],
      source: {
        url: 'https://example.org/?q=<script>',
        title: payload(4),
        siteName: payload(0),
        byline: payload(1),
        publishedAt: payload(2),
        accessedAt: '2026-10-01T09:00:00.000Z',
      },
    });
    const issue = fakeIssue(2, { title: payload(3), description: payload(4), themes: [payload(0)], areas: [payload(1)] });
    const file = join(ARTIFACTS, 'script-payloads.json');
    await writeFile(file, await partner.bundleText([observation, issue]));
    await dashboard.getByTestId('import-input').setInputFiles(file);
    await expect.poll(() => dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').count()).toBe(1);
    await expect.poll(() => dashboard.getByTestId('record-row').count()).toBe(2);

    const text = (await dashboard.locator('body').textContent()) ?? '';
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(await dashboard.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await dashboard.locator('img, script:not([src]), svg script, iframe').count()).toBe(0);
    const hrefs = await dashboard.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    await screenshot(dashboard, 'dashboard-script-payloads');

    expect(dialogs).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(leavingTheMachine(requests, browser.extensionId)).toEqual([]);
  });
});
