import { Dexie, type EntityTable } from 'dexie';
import type { RegionRecord } from '../../shared/schema/record.ts';
import type { AnchorRow } from './anchor-row.ts';
import type { ExportedRow } from './exported-row.ts';
import type { MetaRow } from './meta.ts';

const DEFAULT_DB_NAME = 'regiobeeld';

export type RegiobeeldDb = Dexie & {
  /** Exactly the RegionRecord objects of shared/schema/record.ts, tombstones included. */
  records: EntityTable<RegionRecord, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  /** Local re-anchoring results per observation; not records, never exported. */
  anchors: EntityTable<AnchorRow, 'observationId'>;
  /** Per record, the version the last manual export carried; local, never exported. */
  exported: EntityTable<ExportedRow, 'id'>;
};

/** The source addresses of observations, indexed so a page finds its clips without a scan. */
export const SOURCE_URL_INDEX = 'body.source.url';
export const SOURCE_PAGE_URL_INDEX = 'body.source.pageUrl';

export function openRegiobeeldDb(name: string = DEFAULT_DB_NAME): RegiobeeldDb {
  const db = new Dexie(name) as RegiobeeldDb;
  declareRegiobeeldVersions(db);
  return db;
}

/**
 * Every version of the schema, oldest first. Dexie runs all steps from the stored version up in
 * one versionchange transaction, so a step that fails aborts them all and the database stays at
 * its old version with every record (tests/dom/db-upgrade.test.ts appends a failing step here).
 *
 * `deleted` is not indexed: booleans are not IndexedDB keys, so an index on it (alone or in a
 * compound) would silently leave every record out. Listing by type in time order is what the
 * pages need; live and deleted are told apart after reading.
 *
 * Version 2 adds the source-address indexes (records without them — tombstones, other types —
 * are simply not in those indexes) and the local `anchors` table. Both only add; no stored value
 * changes, so the upgrade needs no data step and a version-1 database opens with every record.
 *
 * Version 3 adds the local `exported` table for exports "since my last export"; it starts empty,
 * so the first such export after the upgrade carries everything.
 */
export function declareRegiobeeldVersions(db: Dexie): void {
  db.version(1).stores({
    records: 'id, type, updatedAt, origin, [type+updatedAt]',
    meta: 'key',
  });
  db.version(2).stores({
    records: `id, type, updatedAt, origin, [type+updatedAt], ${SOURCE_URL_INDEX}, ${SOURCE_PAGE_URL_INDEX}`,
    anchors: 'observationId',
  });
  db.version(3).stores({ exported: 'id' });
}
