import type { RegionRecord } from '../schema/record.ts';
import { type ClashCode, clashOf } from './version-clashes.ts';
import { compareVersions } from './version-order.ts';

export interface ImportPlan {
  /** The incoming versions that win over what is stored: exactly what must be written. */
  readonly writes: RegionRecord[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Incoming versions in a clash with the stored one (`clashOf`), left out: what is stored stays. */
  readonly clashes: ReadonlyArray<{ readonly record: RegionRecord; readonly code: ClashCode }>;
}

/**
 * Decides what an import changes in a local store, by the same order as `mergeRecords`, so
 * importing a bundle equals merging it into the store. `stored[i]` is the local version of
 * `incoming[i]`, if any.
 */
export function planImport(incoming: readonly RegionRecord[], stored: ReadonlyArray<RegionRecord | undefined>): ImportPlan {
  const writes: RegionRecord[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const clashes: Array<{ record: RegionRecord; code: ClashCode }> = [];
  incoming.forEach((record, index) => {
    const local = stored[index];
    const clash = local === undefined ? undefined : clashOf(record, local);
    if (clash !== undefined) clashes.push({ record, code: clash });
    else if (local === undefined) {
      added += 1;
      writes.push(record);
    } else if (compareVersions(record, local) > 0) {
      updated += 1;
      writes.push(record);
    } else unchanged += 1;
  });
  return { writes, added, updated, unchanged, clashes };
}
