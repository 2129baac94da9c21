import type { RegionRecord } from '../schema/record.ts';
import { formatPath } from '../bundle/errors.ts';
import { type Finding, scanText } from './personal-data.ts';
import { RecordId } from '../schema/ids.ts';
import { Sha256Hex } from '../canonical/hash.ts';

export interface RecordFinding extends Finding {
  readonly recordId: string;
  /** Where in the record the text stands, as `body.interpretation`. */
  readonly field: string;
  /** The same place as keys, to read or replace the text. */
  readonly pathKeys: readonly PropertyKey[];
  /** The version scanned: a finding belongs to one version of a record. */
  readonly updatedAt: string;
}

/** Scans every text a record carries, so nothing leaves the browser unread. */
export function scanRecords(records: readonly RegionRecord[]): RecordFinding[] {
  const findings: RecordFinding[] = [];
  for (const record of records) {
    if (record.deleted || record.body === undefined) continue;
    const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: record.body, path: ['body'] }];
    while (stack.length > 0) {
      const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
      if (typeof value === 'string') {
        if (isIdentifier(value)) continue;
        for (const finding of scanText(value))
          findings.push({ ...finding, recordId: record.id, field: formatPath(path), pathKeys: path, updatedAt: record.updatedAt });
      } else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return findings;
}

/**
 * A whole string that is a record id or a content hash names a record or a definition (an issue a
 * survey answer ranks, the survey answered): its digit runs are no phone or account number.
 */
function isIdentifier(value: string): boolean {
  return RecordId.safeParse(value).success || Sha256Hex.safeParse(value).success;
}
