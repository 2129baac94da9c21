import { AnchorRow, type AnchorStatus } from '../db/anchor-row.ts';
import type { RegiobeeldDb } from '../db/schema.ts';
import type { RecordId } from '../../shared/schema/ids.ts';

export type AnchorStore = ReturnType<typeof createAnchorStore>;

/** This browser's record of which clips were found again on their source, and which were not. */
export function createAnchorStore(db: RegiobeeldDb) {
  return {
    async record(found: readonly RecordId[], lost: readonly RecordId[], checkedAt: number): Promise<void> {
      const rows = [
        ...found.map((observationId) => ({ observationId, status: 'found' as const, checkedAt })),
        ...lost.map((observationId) => ({ observationId, status: 'lost' as const, checkedAt })),
      ].map((row) => AnchorRow.parse(row));
      await db.anchors.bulkPut(rows);
    },

    /** Status per observation id; read-only, so it can run inside a live query. */
    async statuses(): Promise<ReadonlyMap<string, AnchorStatus>> {
      const rows = await db.anchors.toArray();
      return new Map(rows.flatMap((row) => (AnchorRow.safeParse(row).success ? [[row.observationId, row.status] as const] : [])));
    },
  };
}
