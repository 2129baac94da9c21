import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORDS_STEP } from '../../extension/features/regiobeeld/record-list.tsx';
import { regionOverview } from '../../shared/regiobeeld/overview.ts';
import { createAnchorStore } from '../../extension/services/anchor-store.ts';
import { createStorageDurability } from '../../extension/services/storage-durability.ts';
import { installFullDisk } from './support/full-disk.ts';
import { renderDashboard } from './support/render-dashboard.tsx';
import { clipBody, PARTNER_A, PARTNER_B, type TestStore, testStore } from './support/test-store.ts';

afterEach(cleanup);

/** `navigator.storage` as a browser answers it: already persisted or not, and whether `persist()` is granted. */
function fakeStorage({ persisted, grants }: { persisted: boolean; grants: boolean }) {
  let kept = persisted;
  return {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => {
      kept = grants;
      return grants;
    }),
  };
}

function fillInSetup() {
  fireEvent.input(screen.getByTestId('setup-organisation'), { target: { value: 'GGZ Oost-Brabant' } });
  fireEvent.change(screen.getByTestId('setup-domain'), { target: { value: 'zorg' } });
  fireEvent.input(screen.getByTestId('setup-region'), { target: { value: 'Helmond-De Peel' } });
  fireEvent.click(screen.getByTestId('setup-save'));
}

const FULL = 'De opslag van de browser is vol. Exporteer een bundel als back-up en maak ruimte vrij op de schijf';

describe('dashboard', () => {
  it('sets up on first run, stores the waiting clip and tells the background its tab', async () => {
    const test = testStore();
    await test.store.saveClip({ body: clipBody('Wachtlijst huisarts Helmond'), tabId: 12 });
    const { clipsSaved } = renderDashboard(test);
    fireEvent.input(await screen.findByTestId('setup-organisation'), { target: { value: 'GGZ Oost-Brabant' } });
    fireEvent.change(screen.getByTestId('setup-domain'), { target: { value: 'zorg' } });
    fireEvent.input(screen.getByTestId('setup-region'), { target: { value: 'Helmond-De Peel' } });
    fireEvent.click(screen.getByTestId('setup-save'));

    expect((await screen.findByTestId('header-region')).textContent).toBe('Helmond-De Peel');
    expect(screen.getByTestId('header-organisation').textContent).toBe('GGZ Oost-Brabant');
    expect(screen.getByTestId('header-domain').textContent).toContain('Zorg');
    expect((await screen.findByTestId('record-text')).textContent).toBe('Wachtlijst huisarts Helmond');
    expect(clipsSaved).toHaveBeenCalledWith([12]);
  });

  it('lists records as they are stored, links only web sources, and deletes after confirmation', async () => {
    const test = testStore();
    const { store } = test;
    await store.setupPartner(PARTNER_A);
    const confirm = vi.fn(() => false);
    renderDashboard(test, confirm);
    expect(await screen.findByTestId('records-empty')).toBeTruthy();

    await store.addObservation(clipBody('Een <b>vette</b> bewering', 'https://example.org/bron'));
    const row = await screen.findByTestId('record-row');
    expect(row.dataset.recordType).toBe('observation');
    expect(screen.getByTestId('record-text').textContent).toBe('Een <b>vette</b> bewering');
    expect(row.querySelector('b')).toBeNull();
    expect(screen.getByTestId('record-source').getAttribute('href')).toBe('https://example.org/bron');
    expect(row.querySelector('time')?.textContent).toMatch(/22 nov 2026/);

    fireEvent.click(screen.getByTestId('record-delete'));
    expect(confirm).toHaveBeenCalledOnce();
    expect(screen.getByTestId('record-row')).toBeTruthy();

    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByTestId('record-delete'));
    await screen.findByTestId('records-empty');
    expect(await store.countLive('observation')).toBe(0);
  });

  it('exports through a download named by region, organisation and day', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const { download } = renderDashboard(test);
    fireEvent.click(await screen.findByTestId('export-button'));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('regiobeeld-helmond-de-peel-ggz-oost-brabant-2026-11-22.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'regiobeeld-bundle', region: 'helmond-de-peel' });
    expect((await screen.findByTestId('export-status')).textContent).toContain(fileName);
  });

  it('imports several files, each whole or not at all, and shows the new records', async () => {
    const a = testStore({ seed: 11 });
    await a.store.setupPartner(PARTNER_A);
    await a.store.addObservation(clipBody('Tekort aan wijkverpleging in Gemert-Bakel'));
    const { text, fileName } = await a.store.exportBundle();

    const b = testStore({ seed: 22 });
    await b.store.setupPartner(PARTNER_B);
    renderDashboard(b);
    const files = [new File([text], fileName, { type: 'application/json' }), new File(['{"format":'], 'afgebroken.json', { type: 'application/json' })];
    fireEvent.change(await screen.findByTestId('import-input'), { target: { files } });

    await waitFor(() => expect(screen.getAllByTestId('import-summary-item')).toHaveLength(2));
    const [taken, refused] = screen.getAllByTestId('import-summary-item');
    expect(taken?.textContent).toContain('2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd');
    expect(refused?.dataset.ok).toBe('false');
    expect(screen.getByTestId('import-error').dataset.code).toBe('not-json');
    expect((await screen.findByTestId('record-text')).textContent).toBe('Tekort aan wijkverpleging in Gemert-Bakel');
    expect(screen.getByTestId('record-row').textContent).toContain('GGZ Oost-Brabant');
  });
});

describe('dashboard: clips', () => {
  it('reopens a clip in the sheet and saves the edit as a new version of the same record', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const clip = await test.store.addObservation({
      ...clipBody('Wachtlijst huisarts Deurne', 'https://www.peelnieuws.example/x'),
      selector: { exact: 'Wachtlijst huisarts Deurne', prefix: '', suffix: '' },
    });
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('record-edit'));
    const interpretation = await screen.findByTestId('sheet-interpretation');
    fireEvent.input(interpretation, { target: { value: 'Ook in Asten een patiëntenstop.' } });
    fireEvent.click(document.querySelector('[data-testid="areas-option"][data-value="GM0743"]') as Element);
    fireEvent.keyDown(document, { key: 'Enter', ctrlKey: true });

    expect((await screen.findByTestId('edit-status')).textContent).toBe('De wijziging is opgeslagen.');
    expect(screen.queryByTestId('edit-observation')).toBeNull();
    const stored = await test.store.getObservation(clip.id);
    expect(stored?.body).toMatchObject({ interpretation: 'Ook in Asten een patiëntenstop.', areas: ['GM0743'] });
    expect((stored?.updatedAt ?? '') > clip.updatedAt).toBe(true);
    expect(await test.db.records.count()).toBe(2);
    await waitFor(() => expect(screen.getByTestId('record-meta').textContent).toBe('Signaal of knelpunt · Asten'));
    expect(screen.getByTestId('record-interpretation').textContent).toBe('Ook in Asten een patiëntenstop.');
  });

  it('cancels an edit with Esc and leaves the record as it was', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const clip = await test.store.addObservation(clipBody('Tekort aan wijkverpleegkundigen'));
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('record-edit'));
    fireEvent.input(await screen.findByTestId('sheet-interpretation'), { target: { value: 'weg ermee' } });
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(await screen.findByTestId('sheet-discard')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('edit-observation')).toBeNull());
    expect(await test.store.getObservation(clip.id)).toEqual(clip);
  });

  it('shows whether each clip was found on its source, with a link to the passage', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const selector = { exact: 'Een op de zes volwassenen geeft mantelzorg', prefix: '', suffix: '' };
    const lost = await test.store.addObservation({ ...clipBody(selector.exact, 'https://www.ggdbzo.nl/monitor'), selector });
    const whole = await test.store.addObservation({ ...clipBody('De beschrijving van de pagina', 'https://www.cbs.nl/'), captureNote: 'whole-page' });
    await createAnchorStore(test.db).record([], [lost.id], Date.now());
    renderDashboard(test);
    const row = (id: string) => document.querySelector(`[data-record-id="${id}"]`) as HTMLElement;
    await waitFor(() => expect(row(lost.id).querySelector('[data-testid="record-anchor"]')?.getAttribute('data-status')).toBe('lost'));
    expect(row(lost.id).querySelector('[data-testid="record-anchor"]')?.textContent).toBe('niet meer gevonden op de bron');
    expect(row(lost.id).querySelector('[data-testid="record-open-source"]')?.getAttribute('href')).toBe(
      'https://www.ggdbzo.nl/monitor#:~:text=Een%20op%20de%20zes%20volwassenen%20geeft%20mantelzorg',
    );
    expect(row(whole.id).querySelector('[data-testid="record-anchor"]')?.getAttribute('data-status')).toBe('whole-page');
    expect(row(whole.id).querySelector('[data-testid="record-open-source"]')?.getAttribute('href')).toBe('https://www.cbs.nl/');
  });
});

describe('dashboard: durable storage', () => {
  it('asks the browser to keep the data right after the first-run setup, and says it will', async () => {
    const storage = fakeStorage({ persisted: false, grants: true });
    renderDashboard(testStore(), () => true, createStorageDurability({ storage, exemptFromEviction: async () => false }));
    await screen.findByTestId('setup-form');
    expect(storage.persist).not.toHaveBeenCalled();
    fillInSetup();
    const status = await screen.findByTestId('storage-status');
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(status.dataset.status).toBe('persistent');
    expect(status.textContent).toBe('Opslag is blijvend: de browser wist uw gegevens niet bij ruimtegebrek.');
  });

  it('does not ask again when the storage is already kept', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const storage = fakeStorage({ persisted: true, grants: false });
    renderDashboard(test, () => true, createStorageDurability({ storage, exemptFromEviction: async () => false }));
    expect((await screen.findByTestId('storage-status')).dataset.status).toBe('persistent');
    expect(storage.persisted).toHaveBeenCalledOnce();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('advises a backup when the browser may clear the data, and asks again at the next opening', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const storage = fakeStorage({ persisted: false, grants: false });
    const durability = createStorageDurability({ storage, exemptFromEviction: async () => false });
    renderDashboard(test, () => true, durability);
    const status = await screen.findByTestId('storage-status');
    expect(status.dataset.status).toBe('best-effort');
    expect(status.textContent).toBe(
      'Opslag is niet blijvend: bij ruimtegebrek mag de browser uw gegevens wissen. Exporteer daarom regelmatig een bundel als back-up.',
    );
    cleanup();
    renderDashboard(test, () => true, durability);
    await screen.findByTestId('storage-status');
    expect(storage.persist).toHaveBeenCalledTimes(2);
  });

  it('counts the unlimitedStorage permission as kept: Chromium never evicts it though persist() says no', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const storage = fakeStorage({ persisted: false, grants: false });
    renderDashboard(test, () => true, createStorageDurability({ storage, exemptFromEviction: async () => true }));
    expect((await screen.findByTestId('storage-status')).dataset.status).toBe('persistent');
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('advises a backup where the browser has no storage manager at all', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    renderDashboard(test, () => true, createStorageDurability({ storage: undefined, exemptFromEviction: async () => false }));
    expect((await screen.findByTestId('storage-status')).dataset.status).toBe('best-effort');
  });
});

describe('dashboard: a full disk', () => {
  it('explains it when the first-run setup cannot be stored, and stores nothing', async () => {
    const test = testStore();
    const disk = installFullDisk(test.db);
    await test.store.getIdentity();
    renderDashboard(test);
    await screen.findByTestId('setup-form');
    disk.fill(1);
    fillInSetup();
    expect((await screen.findByTestId('setup-error-save')).textContent).toContain(FULL);
    disk.free();
    expect(await test.db.records.count()).toBe(0);
    expect(screen.getByTestId('setup-form')).toBeTruthy();
  });

  it('explains it when an edit cannot be saved, and keeps the sheet and the old version', async () => {
    const test = testStore();
    const disk = installFullDisk(test.db);
    await test.store.setupPartner(PARTNER_A);
    const clip = await test.store.addObservation(clipBody('Wachtlijst huisarts Deurne'));
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('record-edit'));
    fireEvent.input(await screen.findByTestId('sheet-interpretation'), { target: { value: 'Ook in Asten.' } });
    disk.fill(1);
    fireEvent.keyDown(document, { key: 'Enter', ctrlKey: true });
    expect((await screen.findByTestId('sheet-save-failed')).textContent).toContain(FULL);
    expect(screen.getByTestId('edit-observation')).toBeTruthy();
    expect(await test.store.getObservation(clip.id)).toEqual(clip);
  });

  it('explains it per imported file and when a deletion cannot be stored', async () => {
    const a = testStore({ seed: 11 });
    await a.store.setupPartner(PARTNER_A);
    await a.store.addObservation(clipBody('Tekort aan wijkverpleging in Gemert-Bakel'));
    const { text, fileName } = await a.store.exportBundle();

    const b = testStore({ seed: 22 });
    const disk = installFullDisk(b.db);
    await b.store.setupPartner(PARTNER_B);
    const own = await b.store.addObservation(clipBody('Eigen waarneming'));
    renderDashboard(b);
    await screen.findByTestId('record-row');
    disk.fill(1);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [new File([text], fileName, { type: 'application/json' })] } });
    const problem = await screen.findByTestId('import-error');
    expect(problem.dataset.code).toBe('storage-full');
    expect(problem.textContent).toContain('De opslag van de browser is vol; er is niets ingelezen.');

    fireEvent.click(screen.getByTestId('record-delete'));
    expect((await screen.findByTestId('delete-status')).textContent).toContain(FULL);
    disk.free();
    expect((await b.store.listLive('observation')).map((r) => r.id)).toEqual([own.id]);
  });
});

/** The store as a page sees it while every record is still being read: the full read never answers. */
function stillReading({ store, ...rest }: TestStore): TestStore {
  return { ...rest, store: { ...store, readRegiobeeld: () => new Promise<never>(() => undefined) } };
}

const recordsHeading = () => screen.getByRole('heading', { name: /Opgeslagen gegevens/ });

/** Three clips and an issue, with their overview stored as the dashboard's analysis leaves it. */
async function storeWithOverview(): Promise<TestStore> {
  const test = testStore();
  await test.store.setupPartner(PARTNER_A);
  for (const quote of ['Wachtlijst huisarts', 'Eenzaamheid ouderen', 'Schuldhulp']) await test.store.addObservation(clipBody(quote));
  await test.store.createIssue({ title: 'Druk op de huisartsenpost', description: '', themes: [], areas: [] });
  const { records, changes } = await test.store.readRegiobeeld();
  const { partner } = await test.store.getIdentity();
  if (partner === undefined) throw new Error('not set up');
  await test.store.saveOverview(changes, regionOverview(partner.region, records));
  return test;
}

describe('dashboard first view', () => {
  it('shows the stored overview and the newest rows before every record is read, and says the regiobeeld is being updated', async () => {
    const test = await storeWithOverview();
    renderDashboard(stillReading(test));
    expect((await screen.findByTestId('regiobeeld-counts')).textContent).toBe('3 waarnemingen, 1 knelpunt, 0 ingevulde vragenlijsten');
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('GGZ Oost-Brabant');
    expect((await screen.findAllByTestId('record-row')).length).toBe(4);
    expect(recordsHeading().textContent).toContain('(4)');
    expect(screen.getByTestId('regiobeeld-updating').textContent).toBe('Het regiobeeld wordt bijgewerkt…');
    expect(screen.queryByTestId('issue-row')).toBeNull();
    expect(screen.queryByTestId('observations-count')).toBeNull();
  });

  it('does not show an overview made before the latest change as current, and keeps the new one once analysed', async () => {
    const test = await storeWithOverview();
    await test.store.addObservation(clipBody('Mantelzorgers overbelast'));
    expect((await test.store.storedOverview())?.current).toBe(false);

    renderDashboard(stillReading(test));
    expect((await screen.findAllByTestId('record-row')).map((row) => row.querySelector('[data-testid="record-text"]')?.textContent)).toContain(
      'Mantelzorgers overbelast',
    );
    expect(screen.getByTestId('regiobeeld-updating')).toBeTruthy();
    expect(screen.queryByTestId('regiobeeld-counts')).toBeNull();
    expect(recordsHeading().textContent).toContain('(…)');
    cleanup();

    renderDashboard(test);
    await waitFor(() => expect(screen.getByTestId('regiobeeld-counts').textContent).toBe('4 waarnemingen, 1 knelpunt, 0 ingevulde vragenlijsten'));
    expect(screen.queryByTestId('regiobeeld-updating')).toBeNull();
    await waitFor(async () => expect((await test.store.storedOverview())?.current).toBe(true));
    expect((await test.store.storedOverview())?.stored.overview.counts.observation).toBe(4);
  });

  it('reads only the newest window first and every record after it: nothing is left out', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    for (let i = 0; i < RECORDS_STEP + 5; i += 1) await test.store.addObservation(clipBody(`Signaal ${i}`));
    const { records } = await test.store.readRegiobeeld();
    const newest = await test.store.newestRecords(RECORDS_STEP, (record) => record.type === 'observation');
    expect(newest.records.map((record) => record.id)).toEqual(
      records
        .filter((record) => record.type === 'observation')
        .slice(0, RECORDS_STEP)
        .map((record) => record.id),
    );
    expect(newest.partners.map((record) => record.type)).toEqual(['partner']);

    renderDashboard(stillReading(test));
    expect((await screen.findAllByTestId('record-row')).length).toBe(RECORDS_STEP);
    expect(screen.queryByTestId('records-more')).toBeNull();
    cleanup();

    renderDashboard(test);
    await screen.findByTestId('records-more', {}, { timeout: 10_000 });
    expect(recordsHeading().textContent).toContain(`(${RECORDS_STEP + 5})`);
  });
});
