import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncPanel } from '../../extension/features/exchange/sync-panel.tsx';
import { createFolderSync, type FolderSync } from '../../extension/features/exchange/folder-sync.ts';
import type { SyncDirectory } from '../../extension/services/sync-directory.ts';
import { clipBody, PARTNER_A, START, testStore } from './support/test-store.ts';
import { memoryFolder } from './support/memory-folder.ts';

afterEach(cleanup);

/**
 * The real sync over fake-indexeddb, keeping the chosen folder in memory: IndexedDB clones a real
 * folder handle, not the in-memory one (tests/e2e/folder-sync.test.ts keeps a real one).
 */
function keptInMemory(sync: FolderSync): FolderSync {
  let chosen: SyncDirectory | undefined;
  return { ...sync, folder: async () => chosen, choose: async (folder) => void (chosen = folder) };
}

async function setUp() {
  const test = testStore();
  await test.store.setupPartner(PARTNER_A);
  const folder = memoryFolder();
  const sync = keptInMemory(createFolderSync(test.db, test.store, () => START));
  render(<SyncPanel sync={sync} store={test.store} pickFolder={async () => folder} localRegion="helmond-de-peel" />);
  fireEvent.click(screen.getByTestId('sync-choose'));
  await waitFor(() => expect(screen.getByTestId('sync-folder').textContent).toBe('Map: Regiobeeld Helmond-De Peel'));
  await waitFor(() => expect((screen.getByTestId('sync-run') as HTMLButtonElement).disabled).toBe(false));
  return { ...test, folder };
}

describe('the sync panel', () => {
  it('explains the export and import route where the browser has no folder access', () => {
    const test = testStore();
    render(<SyncPanel sync={createFolderSync(test.db, test.store, () => START)} store={test.store} pickFolder={undefined} localRegion="helmond-de-peel" />);
    expect(screen.getByTestId('sync-unsupported').textContent).toMatch(/^Deze browser kan geen gedeelde map gebruiken \(Firefox\)\. Gebruik Exporteren/);
    expect(screen.queryByTestId('sync-run')).toBeNull();
  });

  it('holds the sync for the personal-data review of what it writes, then writes once all is resolved', async () => {
    const { store, folder } = await setUp();
    await store.addObservation({ ...clipBody('Bel de wijkverpleging op 06-12345678.') });
    fireEvent.click(screen.getByTestId('sync-run'));
    await waitFor(() => expect(screen.getAllByTestId('privacy-finding')).toHaveLength(1));
    expect(folder.files.size).toBe(0);
    fireEvent.click(screen.getByTestId('privacy-redact'));
    await waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toMatch(/^Uw bestand partner-.*\.json is bijgewerkt\. Gelezen bestanden van andere partners: 0\.$/),
    );
    const [text] = [...folder.files.values()];
    expect(text).toContain('Bel de wijkverpleging op [weggelakt].');
    expect(text).not.toContain('06-12345678');
  });

  it('says so when the browser withholds permission, and writes nothing', async () => {
    const { folder } = await setUp();
    folder.permission = 'denied';
    folder.grantOnRequest = false;
    fireEvent.click(screen.getByTestId('sync-run'));
    await waitFor(() => expect(screen.getByTestId('sync-status').getAttribute('role')).toBe('alert'));
    expect(screen.getByTestId('sync-status').textContent).toMatch(/^De browser gaf geen toestemming/);
    expect(folder.files.size).toBe(0);
  });
});
