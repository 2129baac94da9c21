import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { DashboardApp } from '../../../extension/apps/dashboard-app.tsx';
import { createAnchorStore } from '../../../extension/services/anchor-store.ts';
import { createFolderSync } from '../../../extension/features/exchange/folder-sync.ts';
import { createStorageDurability, type StorageDurabilityCheck } from '../../../extension/services/storage-durability.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { type TestStore, testStore } from './test-store.ts';

const SURVEYS = loadDefinitions(DEFINITION_SOURCES);

const keptStorage = () =>
  createStorageDurability({ storage: { persisted: async () => true, persist: async () => true }, exemptFromEviction: async () => false });

/** The dashboard over a test store, as the page mounts it: kept storage, no folder picker unless given. */
export function renderDashboard({ store, db }: TestStore = testStore(), confirm = () => true, durability: StorageDurabilityCheck = keptStorage()) {
  const download = vi.fn();
  const clipsSaved = vi.fn(async () => undefined);
  const rendered = render(
    <DashboardApp
      store={store}
      anchors={createAnchorStore(db)}
      confirm={confirm}
      download={download}
      clipsSaved={clipsSaved}
      durability={durability}
      surveys={SURVEYS}
      folderSync={{ sync: createFolderSync(db, store, () => 0), pickFolder: undefined }}
    />,
  );
  return { ...rendered, download, clipsSaved };
}
