import { compareText } from '../../../shared/canonical/compare-text.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import type { RegiobeeldDb } from '../../db/schema.ts';
import { importFiles } from './import-files.ts';
import type { ImportSummary } from '../../services/import-summary.ts';
import type { ImportOptions } from '../../services/record-store/bundle-exchange.ts';
import type { RecordStore } from '../../services/record-store.ts';
import type { SyncDirectory, SyncFileHandle } from '../../services/sync-directory.ts';

/** Every partner writes only its own file: no two partners ever write the same one. */
export const PARTNER_FILE = /^partner-[0-9a-f-]{36}\.json$/;

export type SyncResult =
  | { readonly status: 'no-permission' }
  | { readonly status: 'done'; readonly written: string; readonly read: readonly ImportSummary[]; readonly at: string };

export type FolderSync = ReturnType<typeof createFolderSync>;

/**
 * Sync through a folder the region shares (OneDrive, SharePoint, Nextcloud, Dropbox…): write this
 * partner's own versions as `partner-<id>.json`, then import every other partner's file there,
 * each whole or not at all, with the same checks as a manual import. The drive's own client moves
 * the files between machines; nothing here talks to a network.
 */
export function createFolderSync(db: RegiobeeldDb, store: Pick<RecordStore, 'exportBundle' | 'importBundleText' | 'getIdentity'>, now: () => number) {
  return {
    /** The folder chosen earlier; the browser keeps the handle, and may ask for permission again. */
    async folder(): Promise<SyncDirectory | undefined> {
      return readMeta(db, 'syncFolder');
    },

    async choose(folder: SyncDirectory): Promise<void> {
      await writeMeta(db, 'syncFolder', folder);
    },

    /** Call from a click: asking for permission again needs the user's gesture. */
    async sync(folder: SyncDirectory, onFile: (summary: ImportSummary) => void = () => undefined): Promise<SyncResult> {
      const mode = { mode: 'readwrite' } as const;
      if ((await folder.queryPermission(mode)) !== 'granted' && (await folder.requestPermission(mode)) !== 'granted') return { status: 'no-permission' };
      const { origin } = await store.getIdentity();
      const written = `partner-${origin}.json`;
      const { text } = await store.exportBundle('own');
      const target = await folder.getFileHandle(written, { create: true });
      // A writable stream writes to a side file that replaces the old one only on close, so a
      // partner reading meanwhile never sees half a bundle.
      const stream = await target.createWritable();
      try {
        await stream.write(text);
        await stream.close();
      } catch (error) {
        await stream.abort().catch(() => undefined);
        throw error;
      }
      const others: SyncFileHandle[] = [];
      for await (const entry of folder.values())
        if (entry.kind === 'file' && PARTNER_FILE.test(entry.name) && entry.name !== written) others.push(entry as SyncFileHandle);
      others.sort((a, b) => compareText(a.name, b.name));
      const read: ImportSummary[] = [];
      const files = await Promise.all(others.map((entry) => entry.getFile()));
      await importFiles(files, store, (summary) => {
        read.push(summary);
        onFile(summary);
      });
      const at = new Date(now()).toISOString();
      await writeMeta(db, 'lastSyncAt', at);
      return { status: 'done', written, read, at };
    },

    /** A partner's file refused for a new signing key or for unsigned versions, read again with the partner's consent. */
    async acceptKey(folder: SyncDirectory, fileName: string, consent: ImportOptions = { acceptChangedKey: true }): Promise<ImportSummary | undefined> {
      if (!PARTNER_FILE.test(fileName)) return undefined;
      const file = await (await folder.getFileHandle(fileName)).getFile();
      let summary: ImportSummary | undefined;
      await importFiles([file], store, (result) => (summary = result), consent);
      return summary;
    },

    lastSync(): Promise<string | undefined> {
      return readMeta(db, 'lastSyncAt');
    },
  };
}
