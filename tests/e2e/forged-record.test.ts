import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { liveVersion } from '../../shared/records/versions.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import { observationBody, ORIGIN_B, recordId, REGION } from '../support/fake-records.ts';
import { signingInstallation } from '../support/signed-bundles.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { deliver, FOLDER, syncNow } from './support/shared-folder.ts';

const ORIGIN_C = recordId(0xc);
const B_CLIP = recordId(0x101);
const C_CLIP = recordId(0x201);
const ORIGINAL = 'In Deurne sloot de laatste huisartsenpraktijk in het centrum.';
const FORGED = 'In Deurne gingen drie nieuwe huisartsenpraktijken open.';
const C_QUOTE = 'In Gemert wachten 80 gezinnen op schuldhulp.';

/** An installation's file in the shared folder, under the name the extension gives it. */
function folderFile(origin: RecordId, text: string): Record<string, string> {
  return { [`partner-${origin}.json`]: text };
}

/** A message as the Dutch interface shows it, from the extension's own catalogue. */
async function dutch(key: string, partner: string): Promise<string> {
  const catalogue = JSON.parse(await readFile('extension/public/_locales/nl/messages.json', 'utf8')) as Record<string, { message: string }>;
  const entry = catalogue[key];
  if (entry === undefined) throw new Error(`no Dutch message ${key}`);
  return entry.message.replace('$PARTNER$', partner);
}

/** The quote a clip shows in the record list and under its source, or undefined where it is not listed. */
async function shownQuotes(page: Page, id: RecordId): Promise<{ list: string | undefined; source: string | undefined }> {
  const row = page.locator(`[data-testid="record-row"][data-record-id="${id}"] [data-testid="record-text"]`);
  const clip = page.locator(`[data-testid="source-clip"][data-observation-id="${id}"] [data-testid="clip-quote"]`);
  return {
    list: (await row.count()) === 1 ? ((await row.textContent()) ?? '') : undefined,
    source: (await clip.count()) === 1 ? ((await clip.textContent()) ?? '').trim() : undefined,
  };
}

const setup = e2eSetup();
let browser: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  browser = await setup.launch({ sharedFolder: true });
  dashboard = await setUpPartner(browser, 'Gemeente Helmond', 'sociaal-domein');
  await dashboard.getByTestId('sync-choose').click();
  await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
});

describe("a version forged in another partner's name arrives through the shared folder", () => {
  it('is left out with its reason, the rest of the file comes in, and the original stays, also after a reload', async () => {
    const ggz = await signingInstallation({ organisation: 'GGZ Oost-Brabant', domain: 'zorg', regionName: 'Helmond-De Peel' }, { origin: ORIGIN_B });
    const welzijn = await signingInstallation(
      { organisation: 'Welzijn De Peel', domain: 'sociaal-domein', regionName: 'Helmond-De Peel' },
      { origin: ORIGIN_C },
    );
    const clip = liveVersion('observation', B_CLIP, observationBody({ quote: ORIGINAL }), {
      region: REGION,
      origin: ORIGIN_B,
      updatedAt: '2026-10-01T10:00:00.000Z-0000',
    });
    await deliver(dashboard, folderFile(ORIGIN_B, await ggz.bundleText([clip], '2026-10-01T11:00:00.000Z')));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 1\.$/);
    await expect.poll(() => shownQuotes(dashboard, B_CLIP)).toEqual({ list: ORIGINAL, source: ORIGINAL });

    // Welzijn's file is sound as a whole, signed by Welzijn's own key; inside it, GGZ's clip in a
    // later version with another quote, which only GGZ's key could sign.
    const forged = liveVersion('observation', B_CLIP, observationBody({ quote: FORGED }), {
      region: REGION,
      origin: ORIGIN_B,
      updatedAt: '2026-10-02T10:00:00.000Z-0000',
    });
    const own = liveVersion('observation', C_CLIP, observationBody({ quote: C_QUOTE }), {
      region: REGION,
      origin: ORIGIN_C,
      updatedAt: '2026-10-02T09:00:00.000Z-0000',
    });
    const fromWelzijn = `partner-${ORIGIN_C}.json`;
    await deliver(dashboard, folderFile(ORIGIN_C, await welzijn.bundleText([own, forged], '2026-10-02T11:00:00.000Z')));
    expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 2\.$/);

    const item = dashboard.locator(`[data-testid="import-summary-item"][data-file="${fromWelzijn}"]`);
    expect(await item.getAttribute('data-ok')).toBe('true');
    expect(await item.getByTestId('import-counts').textContent()).toBe('2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd');
    expect(await item.getByTestId('import-left-out').textContent()).toBe('1 weggelaten:');
    const reason = item.getByTestId('import-error');
    expect(await reason.count()).toBe(1);
    expect(await reason.getAttribute('data-code')).toBe('bad-signature');
    const text = (await reason.textContent()) ?? '';
    expect(text).toContain(await dutch('importError_bad_signature', 'GGZ Oost-Brabant'));
    expect(text).toContain(B_CLIP);
    expect(await dashboard.locator(`[data-testid="import-summary-item"][data-file="partner-${ORIGIN_B}.json"]`).getAttribute('data-ok')).toBe('true');

    await expect.poll(() => shownQuotes(dashboard, C_CLIP)).toEqual({ list: C_QUOTE, source: C_QUOTE });
    expect(await shownQuotes(dashboard, B_CLIP)).toEqual({ list: ORIGINAL, source: ORIGINAL });
    await screenshot(dashboard, 'dashboard-forged-record');

    await dashboard.reload();
    await expect.poll(() => shownQuotes(dashboard, C_CLIP)).toEqual({ list: C_QUOTE, source: C_QUOTE });
    expect(await shownQuotes(dashboard, B_CLIP)).toEqual({ list: ORIGINAL, source: ORIGINAL });
    expect(await dashboard.getByText(FORGED).count()).toBe(0);
  });
});
