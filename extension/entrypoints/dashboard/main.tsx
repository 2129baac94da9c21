import '../../zod-jitless.ts';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '../../components/dashboard-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import type { RuntimeMessage } from '../../messaging/runtime-message.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { createRecordStore } from '../../services/record-store.ts';
import { downloadText } from '../../ui/download.ts';
import '../../ui/theme.css';

document.documentElement.lang = uiLanguage();
document.title = t('dashboardTitle');

const app = document.getElementById('app');
if (app) {
  render(
    <DashboardApp
      store={createRecordStore(browserStoreDeps())}
      confirm={(question) => window.confirm(question)}
      download={(fileName, text) => downloadText(document, fileName, text)}
      clipsSaved={async (tabIds) => {
        const message: RuntimeMessage = { type: 'clips-saved', tabIds };
        await browser.runtime.sendMessage(message);
      }}
    />,
    app,
  );
}
