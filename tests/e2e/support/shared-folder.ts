import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension.ts';

export const FOLDER = 'Regiobeeld gedeelde map';

/**
 * Headless Chromium cannot answer the folder picker's native dialog, so `showDirectoryPicker`
 * hands back a folder of the origin's private file system: a real FileSystemDirectoryHandle, which
 * the extension writes, lists, reads and keeps in IndexedDB as it would a folder on disk.
 */
export async function withFolderPicker(browser: ExtensionBrowser): Promise<void> {
  await browser.context.addInitScript((name: string) => {
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }) });
  }, FOLDER);
}

/** The files in a partner's folder: what the region's drive client would carry to the others. */
export function folderFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (name: string) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const out: Record<string, string> = {};
    for await (const entry of (folder as unknown as { values(): AsyncIterable<FileSystemFileHandle | FileSystemDirectoryHandle> }).values()) {
      if (entry.kind === 'file') out[entry.name] = await (await entry.getFile()).text();
    }
    return out;
  }, FOLDER);
}

/** The drive client at work: files written elsewhere appear in this partner's folder. */
export function deliver(page: Page, files: Record<string, string>): Promise<void> {
  return page.evaluate(
    async ({ name, files: incoming }) => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
      for (const [fileName, text] of Object.entries(incoming)) {
        const writable = await (await folder.getFileHandle(fileName, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name: FOLDER, files },
  );
}

/** Syncs from a freshly loaded dashboard, so the status read is this sync's, not the one before. */
export async function syncNow(page: Page): Promise<string> {
  await page.reload();
  await page.locator('[data-testid="sync-run"]:not([disabled])').waitFor();
  await page.getByTestId('sync-run').click();
  const status = page.getByTestId('sync-status');
  await status.filter({ hasText: /bijgewerkt|niet gelukt|geen toestemming/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** The file a partner wrote itself: the region's drive carries only that one on, not the older copies of others' files it holds. */
export function ownFile(files: Record<string, string>, organisation: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).filter(([, text]) => (JSON.parse(text) as { producer?: { organisation?: string } }).producer?.organisation === organisation),
  );
}
