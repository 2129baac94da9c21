import type { RecordId } from '../../../shared/schema/ids.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import type { RegiobeeldDb } from '../../db/schema.ts';

/** A whole export, what changed since the last one, or only this installation's own versions (the file it writes to a sync folder). */
export type ExportScope = 'all' | 'changed' | 'own';

/**
 * What an export of this scope carries. `own`: the versions this installation wrote (its partner
 * record, clips, answers, edits, redactions and deletions); `changed`: every record whose version
 * the last export did not carry, imported ones included. Callers run inside a transaction over
 * records, meta and exported.
 */
export async function outgoingRecords(db: RegiobeeldDb, scope: ExportScope, origin: RecordId | undefined): Promise<RegionRecord[]> {
  // Every sync exports its own versions: read through the origin index, not the whole table.
  if (scope === 'own') return origin === undefined ? [] : db.records.where('origin').equals(origin).toArray();
  const records = await db.records.toArray();
  if (scope === 'all') return records;
  const carried = new Map((await db.exported.toArray()).map((row) => [row.id, row.updatedAt]));
  return records.filter((record) => carried.get(record.id) !== record.updatedAt);
}
