import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../extension/features/exchange/export-button.tsx';
import { ImportPanel } from '../../extension/features/exchange/import-panel.tsx';
import type { ImportSummary } from '../../extension/services/import-summary.ts';
import { createSurveyResponseStore } from '../../extension/features/surveys/survey-response-store.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { renderDashboard } from './support/render-dashboard.tsx';
import { clipBody, PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

const surveys = loadDefinitions(DEFINITION_SOURCES);

/** A store whose imports finish only when the test says so, one file at a time. */
function heldImports() {
  const waiting: Array<(summary: ImportSummary) => void> = [];
  const importBundleText = vi.fn((_: string | Uint8Array, fileName: string) =>
    new Promise<ImportSummary>((resolve) => waiting.push(resolve)).then((summary) => ({ ...summary, fileName })),
  );
  const finishNext = (ok: boolean) => {
    const resolve = waiting.shift();
    if (resolve === undefined) throw new Error('no import is waiting');
    resolve(
      ok
        ? { fileName: '', ok: true, added: 1, updated: 0, unchanged: 0, errors: [] }
        : { fileName: '', ok: false, added: 0, updated: 0, unchanged: 0, errors: [{ code: 'not-json', message: 'not JSON' }] },
    );
  };
  return { store: { importBundleText }, finishNext, waiting: () => waiting.length };
}

const bundleFile = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('feedback on long work', () => {
  it('counts the files of an import as it reads them and cannot be started again meanwhile', async () => {
    const held = heldImports();
    render(<ImportPanel store={held.store} localRegion="helmond-de-peel" />);
    const input = screen.getByTestId('import-input') as HTMLInputElement;
    const files = ['a.json', 'b.json', 'c.json'].map(bundleFile);
    fireEvent.change(input, { target: { files } });

    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toBe('Bestand 1 van 3 wordt ingelezen…'));
    expect(input.disabled).toBe(true);
    await waitFor(() => expect(held.waiting()).toBe(1));
    fireEvent.change(input, { target: { files: [bundleFile('d.json')] } });

    held.finishNext(true);
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toBe('Bestand 2 van 3 wordt ingelezen…'));
    await waitFor(() => expect(held.waiting()).toBe(1));
    held.finishNext(false);
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toBe('Bestand 3 van 3 wordt ingelezen…'));
    await waitFor(() => expect(held.waiting()).toBe(1));
    held.finishNext(true);

    expect((await screen.findByTestId('import-done')).textContent).toContain('3 bestanden gelezen, 2 overgenomen, 1 geweigerd');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(input.disabled).toBe(false);
    expect(held.store.importBundleText.mock.calls.map(([, name]) => name)).toEqual(['a.json', 'b.json', 'c.json']);
  });
});

describe('every change says what it did', () => {
  it('names the deleted record', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    await test.store.addObservation(clipBody('Wachtlijst huisarts Helmond loopt op tot zes weken'));
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('record-delete'));
    expect((await screen.findByTestId('delete-done')).textContent).toBe(
      'Waarneming verwijderd: “Wachtlijst huisarts Helmond loopt op tot zes weken”. Bij de volgende export gaat de verwijdering ook naar de andere partners.',
    );
    expect(screen.getByTestId('delete-done').getAttribute('role')).toBe('status');
  });

  it('says what redacting and confirming a personal-data finding did, and then that the export was saved', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    await store.addObservation({ ...clipBody('Wachtlijst GGZ jongeren'), interpretation: 'Bel 06-12345678 of mail j.jansen@ggz.nl.' });
    render(<ExportButton store={store} download={vi.fn()} />);
    fireEvent.click(screen.getByTestId('export-button'));
    await waitFor(() => expect(screen.getAllByTestId('privacy-finding')).toHaveLength(2));

    const phone = screen.getAllByTestId('privacy-finding').find((item) => item.dataset.kind === 'phone');
    fireEvent.click(phone?.querySelector('[data-testid="privacy-redact"]') as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Weggelakt: in de opgeslagen tekst staat nu [weggelakt].'));

    fireEvent.click(screen.getByTestId('privacy-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toMatch(
        /^Bevestigd als geen persoonsgegeven: dit wordt niet meer gemeld\. Opgeslagen als regiobeeld-.*\.json$/,
      ),
    );
  });
});

describe('empty states explain the next step', () => {
  it('explains how to clip while nothing is stored and how to start while no survey is answered', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    renderDashboard(test);
    expect((await screen.findByTestId('records-empty')).textContent).toContain('kies “Toevoegen aan regiobeeld”');
    // The survey list follows once every record is read, after the first view.
    expect((await screen.findByTestId('surveys-empty')).textContent).toContain('Begin met “Knelpunten en prioriteiten” via Invullen hieronder');

    const [first] = surveys.definitions;
    if (first === undefined) throw new Error('no survey shipped');
    await createSurveyResponseStore(test.db, test.store).save({
      body: { survey: definitionRef(first), status: 'in-progress', answers: { rol: 'beleid' } },
      page: 0,
    });
    await waitFor(() => expect(screen.queryByTestId('surveys-empty')).toBeNull());
  });
});
