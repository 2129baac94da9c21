import type { RegionRecord } from '../schema/record.ts';
import { compareVersions } from './version-order.ts';

export interface ImportPlan {
  /** The incoming versions that win over what is stored: exactly what must be written. */
  readonly writes: RegionRecord[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
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
  incoming.forEach((record, index) => {
    const local = stored[index];
    if (local === undefined) {
      added += 1;
      writes.push(record);
    } else if (compareVersions(record, local) > 0) {
      updated += 1;
      writes.push(record);
    } else unchanged += 1;
  });
  return { writes, added, updated, unchanged };
}
