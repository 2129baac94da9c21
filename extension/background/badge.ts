/** The part of `browser.action` a badge needs. */
interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Long enough to notice after the menu closes, short enough not to linger on the next page. */
const SHOW_MS = 4000;

/** A short mark on the toolbar button of the tab a clip came from. */
export function createBadge(action: BadgeApi, schedule: (run: () => void, ms: number) => unknown = setTimeout) {
  async function show(tabId: number, text: string, color: string): Promise<void> {
    await action.setBadgeBackgroundColor({ tabId, color });
    await action.setBadgeText({ tabId, text });
    schedule(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), SHOW_MS);
  }
  return {
    saved: (tabId: number) => show(tabId, '✓', '#1a7f37'),
    failed: (tabId: number) => show(tabId, '!', '#b42318'),
  };
}
