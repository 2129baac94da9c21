import { compareText } from '../canonical/compare-text.ts';
import type { RegionRecord } from '../schema/record.ts';

/** A partner's records in the regiobeeld that carry no signature: nothing shows that partner wrote them. */
export interface UnsignedRecords {
  readonly partnerId: string;
  readonly count: number;
}

/**
 * Unsigned records per writer, most first. They are in the regiobeeld only because the coordinator
 * let them in (records from before signatures), so the report says how many and whose.
 */
export function unsignedRecords(records: readonly RegionRecord[]): UnsignedRecords[] {
  const counts = new Map<string, number>();
  for (const record of records) if (record.signature === undefined) counts.set(record.origin, (counts.get(record.origin) ?? 0) + 1);
  return [...counts].map(([partnerId, count]) => ({ partnerId, count })).sort((a, b) => b.count - a.count || compareText(a.partnerId, b.partnerId));
}
