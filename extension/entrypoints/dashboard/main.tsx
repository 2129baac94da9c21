import '../../zod-jitless.ts';
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { DashboardApp } from '../../apps/dashboard-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { createAnchorStore } from '../../services/anchor-store.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { createRecordStore } from '../../services/record-store.ts';
import { createStorageDurability } from '../../services/storage-durability.ts';
import { createFolderSync } from '../../features/exchange/index.ts';
import { directoryPicker } from '../../services/sync-directory.ts';
import { downloadText } from '../../ui/download.ts';
import { sendToBackground } from '../../ui/extension-messages.ts';
import '../../ui/theme.css';

document.documentElement.lang = uiLanguage();
document.title = t('dashboardTitle');

const deps = browserStoreDeps();
const store = createRecordStore(deps);
const app = document.getElementById('app');
if (app) {
  render(
    <DashboardApp
      store={store}
      anchors={createAnchorStore(deps.db)}
      confirm={(question) => window.confirm(question)}
      download={(fileName, text, type) => downloadText(document, fileName, text, type)}
      clipsSaved={(tabIds) => sendToBackground({ type: 'clips-saved', tabIds })}
      surveys={loadDefinitions(DEFINITION_SOURCES)}
      folderSync={{ sync: createFolderSync(deps.db, store, () => Date.now()), pickFolder: directoryPicker(window) }}
      durability={createStorageDurability({
        storage: navigator.storage,
        exemptFromEviction: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
      })}
    />,
    app,
  );
}
