import '../../zod-jitless.ts';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { createRecordStore } from '../../services/record-store.ts';
import '../../ui/theme.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');

const app = document.getElementById('app');
if (app) {
  render(
    <PopupApp
      store={createRecordStore(browserStoreDeps())}
      openDashboard={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
      }}
    />,
    app,
  );
}
