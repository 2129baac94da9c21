import '../../zod-jitless.ts';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../apps/popup-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { openCaptureSheet } from '../../services/open-sheet.ts';
import { createRecordStore } from '../../services/record-store.ts';
import { openDashboardTab, sendToBackground } from '../../ui/extension-messages.ts';
import { browserSheetOpeners } from '../../services/sheet-openers.ts';
import '../../ui/theme.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');

// Opening the popup grants activeTab for the tab: its clips are looked for and highlighted now,
// and the tab is known before the partner clicks, so the sheet can open within that click.
let active: { id: number; windowId: number } | undefined;
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  if (tab?.id === undefined || tab.id < 0) return;
  active = { id: tab.id, windowId: tab.windowId };
  return sendToBackground({ type: 'anchor-tab', tabId: tab.id });
});

const app = document.getElementById('app');
if (app) {
  render(
    <PopupApp
      store={createRecordStore(browserStoreDeps())}
      openDashboard={() => void openDashboardTab().then(() => window.close())}
      clip={() => {
        if (active === undefined) return;
        const opened = openCaptureSheet(browserSheetOpeners(), { tabId: active.id, windowId: active.windowId });
        void Promise.allSettled([opened, sendToBackground({ type: 'capture-tab', tabId: active.id, source: 'popup' })]).then(() => window.close());
      }}
    />,
    app,
  );
}
