import { browser } from 'wxt/browser';
import type { SheetOpeners } from './open-sheet.ts';

/** Side panel in Chrome, sidebar in Firefox, a small window elsewhere. */
export function browserSheetOpeners(): SheetOpeners {
  const sidebar = (browser as unknown as { sidebarAction?: SheetOpeners['sidebarAction'] }).sidebarAction;
  return {
    sidePanel: browser.sidePanel,
    sidebarAction: sidebar,
    openWindow: () => browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 440, height: 760 }),
  };
}
