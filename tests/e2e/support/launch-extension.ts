import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly profileDir: string;
  page(path: string): string;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension, in a fresh profile, with no network but loopback. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'regiobeeld-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'nl-NL',
    acceptDownloads: true,
    // Chromium on Linux takes its UI language, and so the extension's, from the environment, not --lang.
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets a test invoke the toolbar action over DevTools (support/active-tab.ts): the user
      // gesture that grants activeTab.
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    page: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
