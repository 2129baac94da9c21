import { Dexie, type EntityTable } from 'dexie';
import type { RegionRecord } from '../../shared/schema/record.ts';
import type { MetaRow } from './meta.ts';

const DEFAULT_DB_NAME = 'regiobeeld';

export type RegiobeeldDb = Dexie & {
  /** Exactly the RegionRecord objects of shared/schema/record.ts, tombstones included. */
  records: EntityTable<RegionRecord, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/**
 * `deleted` is not indexed: booleans are not IndexedDB keys, so an index on it (alone or in a
 * compound) would silently leave every record out. Listing by type in time order is what the
 * pages need; live and deleted are told apart after reading.
 */
export function openRegiobeeldDb(name: string = DEFAULT_DB_NAME): RegiobeeldDb {
  const db = new Dexie(name) as RegiobeeldDb;
  db.version(1).stores({
    records: 'id, type, updatedAt, origin, [type+updatedAt]',
    meta: 'key',
  });
  return db;
}
