import type { WxtBrowser } from 'wxt/browser';
import { t } from '../i18n/t.ts';
import type { CaptureSource } from '../messaging/capture-session.ts';

/** Menu item ids and the capture path each starts. */
export const MENU_ITEMS = {
  'add-to-regiobeeld': { source: 'menu', contexts: ['selection'], title: 'menuAddToRegiobeeld' },
  'add-page-to-regiobeeld': { source: 'page-menu', contexts: ['page'], title: 'menuAddPageToRegiobeeld' },
} as const satisfies Record<string, { source: CaptureSource; contexts: readonly string[]; title: 'menuAddToRegiobeeld' | 'menuAddPageToRegiobeeld' }>;

export function menuSource(menuItemId: string | number): CaptureSource | undefined {
  return typeof menuItemId === 'string' && menuItemId in MENU_ITEMS ? MENU_ITEMS[menuItemId as keyof typeof MENU_ITEMS].source : undefined;
}

/** (Re)creates the menu items; an update keeps the old items in some browsers, so they go first. */
export async function createMenus(menus: WxtBrowser['contextMenus']): Promise<void> {
  await menus.removeAll();
  for (const [id, item] of Object.entries(MENU_ITEMS)) {
    menus.create({ id, title: t(item.title), contexts: [...item.contexts] });
  }
}
