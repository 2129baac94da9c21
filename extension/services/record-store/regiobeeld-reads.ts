import type { RegionOverview } from '../../../shared/regiobeeld/overview.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import { type StoredOverview, StoredOverviewFigures } from '../../db/stored-overview.ts';
import { rethrowAsStoreError } from '../store-error.ts';
import { recordsNewestFirst } from './newest-first.ts';
import type { StoreKernel } from './store-kernel.ts';

/** The reads the dashboard's regiobeeld is made from, and the overview it keeps between visits. */
export function createRegiobeeldReads({ db }: StoreKernel) {
  return {
    /**
     * Every record with the change counter they were read at, in one read-only transaction, so a
     * summary made from them can be stored under the counter that says how current it is.
     */
    readRegiobeeld(): Promise<{ records: RegionRecord[]; changes: number }> {
      return db.transaction('r', db.records, db.meta, async () => {
        const changes = (await readMeta(db, 'recordChanges')) ?? 0;
        return { records: await recordsNewestFirst(db), changes };
      });
    },

    /**
     * The newest `limit` live records that `shown` accepts, in listRecords' order, and the partner
     * records: read through the updatedAt index, so the first rows show without reading them all.
     */
    newestRecords(limit: number, shown: (record: RegionRecord) => boolean): Promise<{ records: RegionRecord[]; partners: RegionRecord[] }> {
      return db.transaction('r', db.records, async () => ({
        records: await db.records
          .orderBy('updatedAt')
          .reverse()
          .filter((record) => !record.deleted && shown(record))
          .limit(limit)
          .toArray(),
        partners: await db.records.where('type').equals('partner').toArray(),
      }));
    },

    /** The stored overview and whether it was made from the records as they are now. */
    storedOverview(): Promise<{ stored: StoredOverview; current: boolean } | undefined> {
      return db.transaction('r', db.meta, async () => {
        const stored = await readMeta(db, 'regiobeeldOverview');
        if (stored === undefined) return undefined;
        return { stored, current: stored.changes === ((await readMeta(db, 'recordChanges')) ?? 0) };
      });
    },

    /** Keeps the overview an analysis of the records at change counter `changes` made; no record write, so the counter stays. */
    saveOverview(changes: number, overview: RegionOverview): Promise<void> {
      return db
        .transaction('rw', db.meta, async () => {
          if ((await readMeta(db, 'regiobeeldOverview'))?.changes === changes) return;
          await writeMeta(db, 'regiobeeldOverview', { changes, overview: StoredOverviewFigures.parse(overview) });
        })
        .catch(rethrowAsStoreError);
    },
  };
}
