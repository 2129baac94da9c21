import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { formatHlc } from '../../shared/clock/hlc.ts';
import { liveVersion } from '../../shared/records/versions.ts';
import { uuidV7 } from '../../shared/schema/ids.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../../shared/schema/record.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { latestVersions } from '../../shared/survey/own-progress.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { signingInstallation } from '../support/signed-bundles.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { ARTIFACTS, screenshot } from './support/screenshots.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { currentPage, fillByKeyboard, TYPED_ANSWER } from './support/survey-keyboard.ts';

// What a partner is offered and answers: the newest version of each survey.
const definitions = latestVersions(loadDefinitions(DEFINITION_SOURCES).definitions);
const SURVEYS = ['knelpunten-en-prioriteiten', 'samenwerking-en-gedeelde-urgentie', 'perspectief-van-de-ander'] as const;
const REGION = 'helmond-de-peel';
const KNELPUNTEN = definitions.find((d) => d.header.id === 'knelpunten-en-prioriteiten');

const setup = e2eSetup();
let browser: ExtensionBrowser;
let dashboard: Page;

const ids = (n: number) => uuidV7(Date.UTC(2026, 10, 20) + n, new Uint8Array(16).fill(n));
const stamp = (n: number) => ({ region: REGION, origin: ids(100 + n), updatedAt: formatHlc({ ms: Date.UTC(2026, 10, 20, 10) + n, counter: 0 }) });
const ISSUES = [
  { id: ids(1), title: 'Wachttijden ggz voor jongeren' },
  { id: ids(2), title: 'Eenzaamheid onder 75-plussers' },
  { id: ids(3), title: 'Tekort aan huisartsen in de kleine kernen' },
];
/** An issue title from a hostile bundle: shown as a ranking choice and in the Delphi notes. */
const PAYLOAD = '<img src=x onerror="document.title=\'pwned\'"><svg onload="alert(1)"></svg>';

/** A reason the municipality gave beside its rating: shown in round 2 without its name, as text. */
// The braces would make SurveyJS put this partner's own answer in the text, were they not kept inert.
const REASON = 'Vacatures in de wijkverpleging blijven maanden open {urgentie-personeelstekort}.';

/**
 * What two other partners brought in: three issues to rank, and their completed first round of
 * "Knelpunten en prioriteiten", the group the Delphi feedback of round 2 shows.
 */
async function othersBundle(): Promise<string> {
  if (KNELPUNTEN === undefined) throw new Error('the knelpunten survey is not shipped');
  const partners = [
    await signingInstallation({ organisation: 'Gemeente Helmond', domain: 'sociaal-domein', regionName: 'Helmond-De Peel' }, stamp(1)),
    await signingInstallation({ organisation: 'Zorgkantoor Zuidoost-Brabant', domain: 'verzekeraar', regionName: 'Helmond-De Peel' }, stamp(2)),
  ];
  const issues = [...ISSUES, { id: ids(4), title: PAYLOAD }].map((issue, index) =>
    liveVersion('issue', issue.id, { title: issue.title, description: '', themes: [], areas: [] }, stamp(1 + (index % 2))),
  );
  const responses = [4, 5].map((urgency, index) =>
    liveVersion(
      'surveyResponse',
      ids(20 + index),
      {
        survey: definitionRef(KNELPUNTEN),
        status: 'completed',
        completedAt: '2026-11-20T10:00:00.000Z',
        answers: {
          rol: 'beleid',
          'urgentie-personeelstekort': urgency,
          'top-knelpunten': [ISSUES[1]?.id ?? '', ISSUES[0]?.id ?? '', ids(4)],
          ...(index === 0 ? { 'urgentie-personeelstekort-Comment': `${REASON} ${PAYLOAD}` } : {}),
        },
      },
      stamp(1 + index),
    ),
  );
  // Each version signed by the partner who wrote it, as a coordinator's merge carries them.
  const writerOf = (record: RegionRecord) => {
    const writer = partners.find((partner) => partner.partner.origin === record.origin);
    if (writer === undefined) throw new Error(`no installation writes as ${record.origin}`);
    return writer;
  };
  const signed = await Promise.all([...issues, ...responses].map((record) => writerOf(record).sign(record)));
  const records: RegionRecord[] = [...partners.map((partner) => partner.partner), ...signed];
  return encodeBundle(
    makeBundle({
      region: REGION,
      producer: { kind: 'merge', partnerIds: [ids(101), ids(102)] },
      exportedAt: '2026-11-21T09:00:00.000Z',
      records,
      surveyDefinitions: [definitionRef(KNELPUNTEN)],
    }),
  );
}

async function surveyState(id: string): Promise<{ state: string | null; round: string | null; text: string }> {
  await dashboard.reload();
  const item = dashboard.locator(`[data-testid="survey-item"][data-survey-id="${id}"]`);
  return {
    state: await item.getAttribute('data-state'),
    round: await item.getAttribute('data-round'),
    text: (await item.getByTestId('survey-state').textContent()) ?? '',
  };
}

async function openSurvey(id: string, round?: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.page(`survey.html?survey=${id}${round === undefined ? '' : `&round=${round}`}`));
  await page.locator('.sd-question').first().waitFor();
  return page;
}

/** This partner's response to a survey as IndexedDB holds it, read in the dashboard page. */
async function storedResponse(surveyId: string): Promise<LiveRecord<'surveyResponse'>> {
  const rows = await dashboard.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('regiobeeld');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
  const found = (rows as RegionRecord[]).find(
    (record): record is LiveRecord<'surveyResponse'> =>
      record.type === 'surveyResponse' &&
      isLive(record) &&
      record.body.survey.id === surveyId &&
      !record.body.round &&
      record.region === REGION &&
      record.origin !== ids(101) &&
      record.origin !== ids(102),
  );
  if (found === undefined) throw new Error(`no stored response to ${surveyId}`);
  return found;
}

async function savedAnswers(page: Page): Promise<void> {
  await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
}

beforeAll(async () => {
  browser = await setup.launch();
  dashboard = await setUpPartner(browser, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'other-partners-round-1.json');
  await writeFile(file, await othersBundle());
  await dashboard.getByTestId('import-input').setInputFiles(file);
  await dashboard.locator('[data-testid="import-summary-item"][data-ok="true"]').waitFor();
});

describe('a partner fills the three surveys with the keyboard', () => {
  it('lists every survey as not started', async () => {
    for (const id of SURVEYS) expect(await surveyState(id)).toMatchObject({ state: 'not-started', round: '1', text: 'Nog niet begonnen' });
    await screenshot(dashboard, 'survey-list');
    await expectNoSeriousViolations(dashboard, 'dashboard with surveys');
  });

  for (const id of SURVEYS) {
    it(`fills "${id}" up to page 2, closes the tab, resumes there and completes it`, async () => {
      const first = await openSurvey(id);
      await expectNoSeriousViolations(first, `${id}, first page`);
      await fillByKeyboard(first, { untilPage: 2 });
      await savedAnswers(first);
      await first.close();
      expect(await surveyState(id)).toMatchObject({ state: 'in-progress' });

      const again = await openSurvey(id);
      expect(await currentPage(again)).toBe(2);
      await fillByKeyboard(again);
      await again.getByTestId('survey-done').waitFor();
      if (id === 'knelpunten-en-prioriteiten') await screenshot(again, 'survey-completed');
      await again.close();
      const after = await surveyState(id);
      expect(after.state).toBe('completed');
      expect(after.text).toMatch(/^Ingevuld op /);
    });
  }

  it("offers the region's issues as ranking choices, and exports all three responses", async () => {
    await dashboard.reload();
    const downloading = dashboard.waitForEvent('download');
    await dashboard.getByTestId('export-button').click();
    await screenshot(dashboard, 'survey-export');
    const download = await downloading;
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const decoded = decodeBundle(await readFile(path), { now: Date.now() });
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
    const { producer, records } = decoded.bundle;
    const partnerId = producer.kind === 'partner' ? producer.partnerId : '';
    const own = records.filter(
      (record): record is LiveRecord<'surveyResponse'> => record.type === 'surveyResponse' && isLive(record) && record.origin === partnerId,
    );
    expect(own.map((record) => record.body.survey.id).sort()).toEqual([...SURVEYS].sort());
    for (const record of own) {
      const definition = definitions.find((d) => d.header.id === record.body.survey.id);
      if (definition === undefined) throw new Error(`unknown survey ${record.body.survey.id}`);
      expect(record.body.status).toBe('completed');
      expect(record.body.completedAt).toBeDefined();
      expect(record.body.survey).toEqual(definitionRef(definition));
      expect(Object.values(record.body.answers)).toContain(TYPED_ANSWER);
    }
    const answers = own.find((record) => record.body.survey.id === 'knelpunten-en-prioriteiten')?.body.answers ?? {};
    // Ranked with Space: three of the region's issues, by their record ids.
    expect(answers['top-knelpunten']).toHaveLength(3);
    for (const value of answers['top-knelpunten'] as string[]) expect([...ISSUES.map((issue) => issue.id), ids(4)]).toContain(value);
    expect(answers['urgentie-personeelstekort']).toBe(2);
    expect(decoded.bundle.surveyDefinitions.map((ref) => ref.id)).toEqual([...SURVEYS].sort());
  });
});

describe('a completed survey', () => {
  it('reopens for amending, keeps its completed state and saves the change as a new version', async () => {
    const id = 'samenwerking-en-gedeelde-urgentie';
    const before = await storedResponse(id);
    const page = await openSurvey(id);
    await page.getByTestId('survey-amending').waitFor();
    await page.getByTestId('survey-language-en').click();
    expect(await page.getByTestId('survey-heading').textContent()).toBe('Collaboration and shared urgency');
    await page.getByTestId('survey-language-nl').click();
    expect(await page.getByTestId('survey-heading').textContent()).toBe('Samenwerking en gedeelde urgentie');

    // The answer typed before, once SurveyJS has put it in: typed into earlier, the text would be lost
    // under it, and the page may also hold a field left empty (one that appeared after it was passed).
    const answered = () =>
      page.locator('textarea').evaluateAll((fields, text) => fields.findIndex((field) => (field as HTMLTextAreaElement).value === text), TYPED_ANSWER);
    await expect.poll(answered, { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
    await page
      .locator('textarea')
      .nth(await answered())
      .focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' (aangepast)');
    // A status already "saved" from before the typing would let a plain wait pass early: wait for the text itself.
    await expect.poll(async () => Object.values((await storedResponse(id)).body.answers), { timeout: 15_000 }).toContain(`${TYPED_ANSWER} (aangepast)`);
    await savedAnswers(page);
    await page.close();
    const after = await storedResponse(id);
    expect(after.id).toBe(before.id);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.body.status).toBe('completed');
    expect(after.body.completedAt).toBe(before.body.completedAt);
    expect(Object.values(after.body.answers)).toContain(`${TYPED_ANSWER} (aangepast)`);
    expect((await surveyState(id)).state).toBe('completed');
  });
});

describe('a Delphi round', () => {
  it("starts from the partner's own answers of round 1 and shows the group result beside each rating", async () => {
    await dashboard.reload();
    const next = dashboard.locator('[data-testid="survey-item"][data-survey-id="knelpunten-en-prioriteiten"]').getByTestId('survey-next-round');
    await next.waitFor();
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`a script opened a dialog: ${dialog.message()}`);
    });
    await page.goto(browser.page(`survey.html${(await next.getAttribute('href'))?.replace(/^survey\.html/, '') ?? ''}`));
    await page.getByTestId('survey-delphi-intro').waitFor();
    expect(await page.getByTestId('survey-round').textContent()).toBe('Ronde 2');
    // Round 2 starts from this partner's own round-1 answers, and says so.
    expect(await page.getByTestId('survey-prefilled').textContent()).toMatch(
      /^Uw eigen antwoorden uit de vorige ronde \(ronde 1\) staan al ingevuld als vertrekpunt\./,
    );
    await fillByKeyboard(page, { untilPage: 2 });
    const ownRating = page.locator('[data-name="urgentie-personeelstekort"] input[type="radio"]:checked');
    expect(await ownRating.getAttribute('value')).toBe('2');
    const note = page.locator('[data-name="urgentie-personeelstekort"] .sd-question__description');
    // Round 1: the two other partners answered 4 and 5, this partner 2.
    expect(await note.textContent()).toBe(
      `Vorige ronde (partners: 3): mediaan 4, middelste helft 3–4,5. De meningen liepen uiteen. Uw antwoord toen: 2.\n\nRedenen die partners vorige ronde gaven (zonder naam):\n• ${REASON.replace('{', '{\u2060')} ${PAYLOAD}`,
    );
    // A next round asks for a reason beside each answer, in SurveyJS's own comment area.
    const reasonField = page.locator('[data-name="urgentie-personeelstekort"] textarea');
    expect(await reasonField.count()).toBe(1);
    expect(await reasonField.getAttribute('aria-label')).toBe('Waarom? Een korte reden (niet verplicht; in de volgende ronde zonder naam getoond)');
    expect(await page.locator('[data-name="urgentie-personeelstekort"]').textContent()).toContain(
      'Waarom? Een korte reden (niet verplicht; in de volgende ronde zonder naam getoond)',
    );
    await screenshot(page, 'survey-delphi-round-2');
    await expectNoSeriousViolations(page, 'Delphi round 2');
    await fillByKeyboard(page, { untilPage: 3 });
    const ranking = await page.locator('[data-name="top-knelpunten"] .sd-question__description').textContent();
    expect(ranking).toContain('Eenzaamheid onder 75-plussers: 1');
    // Text from a bundle stays text: in the choices and in the notes, nothing is parsed or run.
    expect(ranking).toContain(`${PAYLOAD}: 3`);
    expect(await page.locator('[data-name="top-knelpunten"] .sv-ranking-item').allTextContents()).toContainEqual(expect.stringContaining(PAYLOAD));
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await savedAnswers(page);
    await page.close();
    expect(await surveyState('knelpunten-en-prioriteiten')).toMatchObject({ state: 'in-progress', round: '2' });
    expect(await surveyState('samenwerking-en-gedeelde-urgentie')).toMatchObject({ state: 'completed', round: '1' });
  });

  it('refuses a round that is not open, with a message and a way back', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.page('survey.html?survey=knelpunten-en-prioriteiten&round=5'));
    await page.getByTestId('survey-problem').waitFor();
    expect(await page.getByTestId('survey-problem').getAttribute('data-reason')).toBe('no-such-round');
    await page.goto(browser.page('survey.html?survey=bestaat-niet'));
    expect(await page.getByTestId('survey-problem').getAttribute('data-reason')).toBe('unknown-survey');
    await page.close();
  });
});

describe('the regiobeeld taken along', () => {
  it('draws the survey charts on the dashboard with a hostile issue title as text', async () => {
    await dashboard.reload();
    const ranking = dashboard.locator('[data-testid="survey-chart"][data-question="top-knelpunten"]');
    await ranking.locator('svg g[data-mark="bar"] rect').first().waitFor();
    expect(await ranking.locator('svg').textContent()).toContain(PAYLOAD);
    expect(await dashboard.getByTestId('survey-results').locator('img, script, svg [onload], [onerror]').count()).toBe(0);
    expect(await dashboard.title()).not.toBe('pwned');
  });

  it('downloads the HTML report from the dashboard: the agenda and the survey results, hostile titles as text, no script', async () => {
    await dashboard.reload();
    const downloading = dashboard.waitForEvent('download');
    await dashboard.getByTestId('download-report').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^regiobeeld-helmond-de-peel-\d{4}-\d{2}-\d{2}\.html$/);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    expect(await dashboard.getByTestId('download-status').textContent()).toBe(`Opgeslagen als ${download.suggestedFilename()}`);
    const html = await readFile(path, 'utf8');
    expect(html).toContain('Gespreksagenda');
    expect(html).toContain('Eenzaamheid onder 75-plussers');
    expect(html).toContain('&lt;img src=x onerror=');
    // The payload stands in the file only escaped; the page's elements are checked below.
    expect(html).not.toMatch(/<script|<img|<svg onload/i);

    const report = await browser.context.newPage();
    report.on('dialog', (dialog) => {
      throw new Error(`a script opened a dialog: ${dialog.message()}`);
    });
    await report.goto(`file://${path}`);
    expect(await report.locator('h1').first().textContent()).toBeTruthy();
    expect(await report.locator('img, script, iframe, [onerror], [onload]').count()).toBe(0);
    // The charts Plot drew in the dashboard's page are in the file, with their marks, and on screen.
    const bars = report.locator('figure.survey-chart[data-kind="bars"] svg[role="img"] g[data-mark="bar"] rect');
    expect(await bars.count()).toBeGreaterThan(10);
    const first = report.locator('figure.survey-chart svg').first();
    await first.scrollIntoViewIfNeeded();
    expect((await first.boundingBox())?.width).toBeGreaterThan(300);
    await screenshot(report, 'report');
    await report.locator('#vragenlijsten').screenshot({ path: join(ARTIFACTS, 'report-survey-charts.png') });
    await report.close();
  });

  it('downloads the gespreksagenda as CSV for Dutch Excel', async () => {
    const downloading = dashboard.waitForEvent('download');
    await dashboard.locator('[data-testid="download-csv"][data-file="gespreksagenda.csv"]').click();
    const download = await downloading;
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toContain(';');
  });
});
