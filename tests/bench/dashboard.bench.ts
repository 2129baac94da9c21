import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { DOMAINS } from '../../shared/schema/partner.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { launchExtension } from '../e2e/support/launch-extension.ts';
import { setUpPartner } from '../e2e/support/setup-partner.ts';
import { recordId, REGION } from '../support/fake-records.ts';
import { manyObservations } from './regiobeeld.bench.ts';
import type { Measurement } from './report.ts';

const ROUNDS = 10;
const CHANGE_ROUNDS = 5;
const OBSERVATIONS = 50_000;
const PARTNERS = 40;

/** 50,000 clips of 40 partners, with the partners' own records, as one merged regiobeeld to import. */
function regiobeeldText(): string {
  const partners: RegionRecord[] = Array.from({ length: PARTNERS }, (_, i) => ({
    id: recordId(0xa00 + i),
    type: 'partner',
    region: REGION,
    origin: recordId(0xa00 + i),
    updatedAt: '2026-09-01T09:00:00.000Z-0000',
    deleted: false,
    body: { organisation: `Partner ${i + 1}`, domain: DOMAINS[i % DOMAINS.length] ?? 'zorg', regionName: 'Helmond-De Peel' },
  }));
  const records = [...partners, ...manyObservations(OBSERVATIONS)];
  return encodeBundle(
    makeBundle({
      region: REGION,
      producer: { kind: 'merge', partnerIds: partners.map((p) => p.id).sort() },
      exportedAt: '2026-11-20T12:00:00.000Z',
      records,
      surveyDefinitions: [],
    }),
  );
}

/**
 * Milliseconds from the navigation's start until each group of selectors is all in the page, as
 * the page saw it: a MutationObserver notes the moment, so a long task that follows (the full read
 * and analysis) does not delay the reading as Playwright's own polling in the page would.
 */
async function timesShown(page: Page, url: string, groups: Record<'first' | 'full', readonly string[]>): Promise<Record<'first' | 'full', number>> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate((wanted) => {
    const seen: Record<string, number> = {};
    Object.assign(window, { benchSeen: seen });
    const check = () => {
      for (const [name, selectors] of Object.entries(wanted)) {
        if (seen[name] === undefined && selectors.every((selector) => document.querySelector(selector) !== null)) seen[name] = performance.now();
      }
      if (Object.keys(seen).length === Object.keys(wanted).length) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    check();
  }, groups);
  for (const selectors of [groups.first, groups.full]) {
    for (const selector of selectors) await page.locator(selector).first().waitFor({ timeout: 120_000 });
  }
  return page.evaluate(() => (window as unknown as { benchSeen: Record<'first' | 'full', number> }).benchSeen);
}

/**
 * The first view: the header, the regiobeeld's overview figures and the first record rows.
 * The full view: the observations view showing its count, which needs every record read and analysed.
 */
const FIRST_VIEW = ['[data-testid="header-organisation"]', '[data-testid="regiobeeld-counts"]', '[data-testid="record-row"]'];
const FULL_VIEW = ['[data-testid="observations-count"]'];

/** The floor under any dashboard: reading every stored row with a bare IndexedDB `getAll`, in the same page. */
function timeBareRead(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('regiobeeld');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = (request.result as unknown[]).length;
            open.result.close();
            resolve({ ms: performance.now() - start, rows });
          };
        };
      }),
  );
}

/**
 * Issue 5's target: the dashboard's first view of a regiobeeld of 50,000 observations under
 * 500 ms in Chromium (FIRST_VIEW), with the time until the whole regiobeeld is there beside it; and (issue 8)
 * how long the HTML report takes to make from the same regiobeeld, button to file.
 */
export async function benchDashboard(): Promise<Measurement[]> {
  const folder = await mkdtemp(join(tmpdir(), 'regiobeeld-dashboard-'));
  const ext = await launchExtension();
  try {
    const file = join(folder, 'regiobeeld.json');
    await writeFile(file, regiobeeldText());
    const page = await setUpPartner(ext, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
    await page.getByTestId('import-input').setInputFiles(file);
    await page.locator('[data-testid="import-summary-item"][data-ok="true"]').waitFor({ timeout: 300_000 });
    // The importing page analyses the new records and keeps their overview, as after any import.
    await page.getByTestId('observations-count').waitFor({ timeout: 300_000 });

    const samples: number[] = [];
    const fullSamples: number[] = [];
    const baseline: number[] = [];
    const reportSamples: number[] = [];
    const reportBaseline: number[] = [];
    let rows = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const seen = await timesShown(page, ext.page('dashboard.html'), { first: FIRST_VIEW, full: FULL_VIEW });
      samples.push(seen.first);
      fullSamples.push(seen.full);
      const bare = await timeBareRead(page);
      baseline.push(bare.ms);
      rows = bare.rows;

      if (round < 5) {
        // From the click to the file handed to the browser, waiting for the page to say it is done.
        await page.getByTestId('download-report').waitFor({ timeout: 60_000 });
        const downloaded = page.waitForEvent('download', { timeout: 120_000 });
        const start = await page.evaluate(() => performance.now());
        await page.getByTestId('download-report').click();
        await (await downloaded).path();
        await page.getByTestId('download-status').waitFor();
        reportSamples.push((await page.evaluate(() => performance.now())) - start);
        const csvStart = await page.evaluate(() => performance.now());
        const csv = page.waitForEvent('download', { timeout: 120_000 });
        await page.locator('[data-testid="download-csv"][data-file="gespreksagenda.csv"]').click();
        await (await csv).path();
        reportBaseline.push((await page.evaluate(() => performance.now())) - csvStart);
      }
    }
    // A partner deletes one clip: from the click (its confirmation accepted) until every view shows one fewer.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(ext.page('dashboard.html'));
    await page.getByTestId('observations-count').waitFor({ timeout: 120_000 });
    const changeSamples: number[] = [];
    const changeBaseline: number[] = [];
    const longestTasks: number[] = [];
    for (let round = 0; round < CHANGE_ROUNDS; round += 1) {
      await page.evaluate(() => {
        const tasks: number[] = [];
        const count = () => document.querySelector('[data-testid="observations-count"]')?.textContent;
        const before = count();
        const longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
        const state: { tasks: number[]; shown?: number; stop: () => void } = { tasks, stop: () => longTasks.disconnect() };
        Object.assign(window, { benchChange: state });
        longTasks.observe({ type: 'longtask' });
        const observer = new MutationObserver(() => {
          if (count() === before) return;
          state.shown = performance.now();
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
      const start = await page.evaluate(() => performance.now());
      await page.getByTestId('record-delete').first().click();
      await page.waitForFunction(() => (window as unknown as { benchChange: { shown?: number } }).benchChange.shown !== undefined, undefined, {
        timeout: 120_000,
      });
      changeSamples.push((await page.evaluate(() => (window as unknown as { benchChange: { shown: number } }).benchChange.shown)) - start);
      longestTasks.push(
        await page.evaluate(() => {
          const { tasks, stop } = (window as unknown as { benchChange: { tasks: number[]; stop: () => void } }).benchChange;
          stop();
          return Math.max(0, ...tasks);
        }),
      );
      changeBaseline.push((await timeBareRead(page)).ms);
    }
    return [
      {
        name: 'Dashboard: first view of 50,000 observations (issue 5)',
        what: `Debian Chromium with the built extension; a regiobeeld of ${OBSERVATIONS.toLocaleString('en')} observations of ${PARTNERS} partners imported into its IndexedDB (${rows.toLocaleString('en')} rows), analysed once by the importing page as after any import. ${ROUNDS} loads of dashboard.html; one sample = navigation start until the header, the regiobeeld's overview figures (the stored overview, current) and the first record rows (the newest 250, read by index) are all in the page.`,
        samples,
        baseline: { what: 'reading every stored row with a bare IndexedDB getAll in the same page', samples: baseline },
        targetMs: 500,
        notes: [
          "The first view reads only what it shows: the overview the last analysis stored under the records' change counter (shown only while that counter is current) and the newest 250 listed records through the updatedAt index; every record is read only after it has painted. Moments are taken by a MutationObserver in the page, so the long task that follows does not delay them.",
          'When records changed since the last analysis (an import, a sync, a clip from another tab), the stored overview is not current: the first view is then the header and the rows, and the figures follow with the analysis.',
        ],
      },
      {
        name: 'Dashboard: whole regiobeeld of 50,000 observations (issue 5)',
        what: `The same loads; one sample = navigation start until the observations view shows its count: every record read after the first view has painted, analysed (overview, observation index, issues, surveys, plan) and the summary, survey charts, plan view and observations view rendered.`,
        samples: fullSamples,
        baseline: { what: 'reading every stored row with a bare IndexedDB getAll in the same page', samples: baseline },
        notes: [
          "Only the first view meets the target. After it the page is busy: taking in the full read's rows, the analysis and rendering still run on the page's thread, so clicks and scrolling wait until the whole regiobeeld is there; \"Het regiobeeld wordt bijgewerkt…\" says so meanwhile. A CPU profile of one load (3.1 s under the profiler): reading the rows through Dexie 0.5 s, the analysis 0.7 s (of it the observation index 0.6 s, and of that normalising 50,000 different source addresses with `URL` 0.35 s — the bench's addresses differ only in a tracking parameter), garbage collection 0.7 s, rendering the views most of the rest. A worker for the read and analysis is not built: the analysis holds functions and maps the page uses directly.",
        ],
      },
      {
        name: 'Dashboard: one clip deleted among 50,000 observations (issue 5)',
        what: `The same regiobeeld, the dashboard open; ${CHANGE_ROUNDS} rounds. One sample = from the click on a record's delete button (the confirmation accepted at once) until the observations view shows one observation fewer: the tombstone written, every record read again, the regiobeeld analysed again and the views rendered, as after any change (a clip, an edit, an import, a sync).`,
        samples: changeSamples,
        baseline: { what: 'reading every stored row with a bare IndexedDB getAll in the same page', samples: changeBaseline },
        notes: [
          `Longest task in the page per round (ms, the page answers no input meanwhile): ${longestTasks.map((ms) => Math.round(ms)).join(', ')}.`,
          'Any change makes the dashboard read every record again and analyse the whole regiobeeld again, so a partner with 50,000 observations waits over a second after each clip, edit or sync before the views agree, and the page takes no input for up to half a second at a time. The page keeps the source addresses it normalised between analyses (`AnalysisMemo`), so after a change only new addresses are parsed: before that, the same bench on the same machine gave 1.8 s median (p90 2.1 s) with longest tasks of 0.7–1.1 s. Not built: reading only what changed, and analysing in a worker.',
        ],
      },
      {
        name: 'Dashboard: HTML report of 50,000 observations (issue 8)',
        what: `The same regiobeeld; one sample = from the click on "Verslag (HTML)" to the file handed to the browser and the page saying so (report made from the dashboard's analysis, in the page, with progress shown meanwhile).`,
        samples: reportSamples,
        baseline: { what: 'the gespreksagenda CSV download, the smallest file, in the same page', samples: reportBaseline },
      },
    ];
  } finally {
    await ext.context.close();
    await rm(folder, { recursive: true, force: true });
  }
}
