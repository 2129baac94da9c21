import '../../zod-jitless.ts';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '../../apps/side-panel-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { createAnchorStore } from '../../services/anchor-store.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { createRecordStore } from '../../services/record-store.ts';
import { createSessionStore } from '../../services/session-store.ts';
import { openDashboardTab, sendToBackground } from '../../ui/extension-messages.ts';
import '../../ui/theme.css';

document.documentElement.lang = uiLanguage();
document.title = t('panelTitle');

// The panel opening is a moment to look for the active page's clips (where the extension may).
void browser.tabs
  .query({ active: true, currentWindow: true })
  .then(([tab]) => (tab?.id === undefined || tab.id < 0 ? undefined : sendToBackground({ type: 'anchor-tab', tabId: tab.id })));

// Tab switches in other windows do not concern this window's panel, nor does the panel's own tab
// coming to the front where it is shown as a tab (tests, browsers without a side panel).
const panelPlace = Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]).then(([window, tab]) => ({ windowId: window.id, tabId: tab?.id }));
function watchActiveTab(onSwitch: () => void): () => void {
  const listener = (info: { tabId: number; windowId: number }) =>
    void panelPlace.then(({ windowId, tabId }) => ((windowId === undefined || windowId === info.windowId) && info.tabId !== tabId ? onSwitch() : undefined));
  browser.tabs.onActivated.addListener(listener);
  return () => browser.tabs.onActivated.removeListener(listener);
}

const deps = browserStoreDeps();
const app = document.getElementById('app');
if (app) {
  render(
    <SidePanelApp
      store={createRecordStore(deps)}
      anchors={createAnchorStore(deps.db)}
      session={createSessionStore(browser.storage.session, browser.storage.onChanged)}
      requestCapture={(tabId) => sendToBackground({ type: 'capture-tab', tabId, source: 'panel' })}
      requestAnchor={(tabId) => sendToBackground({ type: 'anchor-tab', tabId })}
      clipsSaved={(tabIds) => sendToBackground({ type: 'clips-saved', tabIds })}
      openDashboard={() => void openDashboardTab()}
      watchActiveTab={watchActiveTab}
    />,
    app,
  );
}
