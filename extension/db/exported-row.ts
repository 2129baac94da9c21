import type { HlcTimestamp } from '../../shared/clock/hlc.ts';
import type { RecordId } from '../../shared/schema/ids.ts';

/** The version of a record the last export carried: what "since my last export" leaves out. */
export interface ExportedRow {
  readonly id: RecordId;
  readonly updatedAt: HlcTimestamp;
}
