import { LIMITS } from '../../../shared/limits.ts';
import { type ImportSummary, refusedImport } from '../../services/import-summary.ts';
import type { ImportOptions } from '../../services/record-store/bundle-exchange.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { readBytes } from './read-bytes.ts';

/**
 * Imports files one after another, each whole or not at all, reporting each as it finishes.
 * Reading stops one byte past the size limit, so an oversized file is refused without loading it.
 */
export async function importFiles(
  files: readonly File[],
  store: Pick<RecordStore, 'importBundleText'>,
  report: (summary: ImportSummary) => void,
  options: ImportOptions = {},
): Promise<void> {
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file.slice(0, LIMITS.bundleBytes + 1));
    } catch (error) {
      report(refusedImport(file.name, [{ code: 'unreadable-file', message: String(error) }]));
      continue;
    }
    try {
      report(await store.importBundleText(bytes, file.name, options));
    } catch (error) {
      report(refusedImport(file.name, [{ code: 'store-failed', message: String(error) }]));
    }
  }
}
