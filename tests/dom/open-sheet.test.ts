import { describe, expect, it, vi } from 'vitest';
import { openCaptureSheet } from '../../extension/services/open-sheet.ts';

describe('opening the capture sheet', () => {
  it('uses Chrome’s side panel for the tab, Firefox’s sidebar, or else a window of its own', async () => {
    const sidePanel = { open: vi.fn(async () => undefined) };
    const sidebarAction = { open: vi.fn(async () => undefined) };
    const openWindow = vi.fn(async () => undefined);
    await openCaptureSheet({ sidePanel, sidebarAction, openWindow }, { tabId: 3, windowId: 1 });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 3, windowId: 1 });
    await openCaptureSheet({ sidePanel: undefined, sidebarAction, openWindow }, { tabId: 3 });
    expect(sidebarAction.open).toHaveBeenCalledOnce();
    await openCaptureSheet({ openWindow }, { tabId: 3 });
    expect(openWindow).toHaveBeenCalledOnce();
  });
});
