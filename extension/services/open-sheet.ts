/** The ways a browser can show the capture sheet next to the page. */
export interface SheetOpeners {
  /** Chrome's side panel. */
  readonly sidePanel?: { open(options: { tabId: number; windowId?: number }): Promise<void> } | undefined;
  /** Firefox's sidebar. */
  readonly sidebarAction?: { open(): Promise<void> } | undefined;
  /** Any other browser: the sheet in a small window of its own. */
  readonly openWindow: () => Promise<unknown>;
}

/**
 * Shows the sheet for a tab. Browsers allow this only in direct response to the user (a menu
 * click, a shortcut, a button), so it must be called before anything is awaited in the handler.
 */
export function openCaptureSheet(openers: SheetOpeners, target: { readonly tabId: number; readonly windowId?: number | undefined }): Promise<unknown> {
  if (openers.sidePanel !== undefined)
    return openers.sidePanel.open({ tabId: target.tabId, ...(target.windowId === undefined ? {} : { windowId: target.windowId }) });
  if (openers.sidebarAction !== undefined) return openers.sidebarAction.open();
  return openers.openWindow();
}
