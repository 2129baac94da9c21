import type { RegionRecord } from '../../../shared/schema/record.ts';
import type { RegiobeeldDb } from '../../db/schema.ts';

/**
 * Every stored version, tombstones included, newest first. Read forward and reversed here: forward
 * is one `getAll`, while a reverse read walks a cursor row by row where the browser lacks getAll
 * with a direction — seconds at 50,000 rows.
 */
export async function recordsNewestFirst(db: RegiobeeldDb): Promise<RegionRecord[]> {
  return (await db.records.orderBy('updatedAt').toArray()).reverse();
}
