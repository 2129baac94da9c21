import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '../../extension/components/dashboard-app.tsx';
import { clipBody, PARTNER_A, PARTNER_B, testStore } from './support/test-store.ts';

afterEach(cleanup);

function renderDashboard(store = testStore().store, confirm = () => true) {
  const download = vi.fn();
  const clipsSaved = vi.fn(async () => undefined);
  render(<DashboardApp store={store} confirm={confirm} download={download} clipsSaved={clipsSaved} />);
  return { download, clipsSaved };
}

describe('dashboard', () => {
  it('sets up on first run, stores the waiting clip and tells the background its tab', async () => {
    const { store } = testStore();
    await store.saveClip({ body: clipBody('Wachtlijst huisarts Helmond'), tabId: 12 });
    const { clipsSaved } = renderDashboard(store);
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
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    const confirm = vi.fn(() => false);
    renderDashboard(store, confirm);
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
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    const { download } = renderDashboard(store);
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

    const { store } = testStore({ seed: 22 });
    await store.setupPartner(PARTNER_B);
    renderDashboard(store);
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
