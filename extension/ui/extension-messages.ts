import { browser } from 'wxt/browser';
import type { RuntimeMessage } from '../messaging/runtime-message.ts';

/** Sends one of the extension's own messages to the background. */
export async function sendToBackground(message: RuntimeMessage): Promise<void> {
  await browser.runtime.sendMessage(message);
}

export function openDashboardTab(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
