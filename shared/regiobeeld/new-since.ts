import { compareText } from '../canonical/compare-text.ts';
import type { RecordType, RegionRecord } from '../schema/record.ts';

/** Per writing installation, the newest version of its that this partner has looked at. */
export type SeenVersions = Readonly<Record<string, string>>;

/** What one other partner wrote since this partner last looked: versions per record type. */
export interface NewFromPartner {
  readonly partnerId: string;
  readonly counts: Readonly<Partial<Record<RecordType, number>>>;
  readonly total: number;
}

/**
 * The versions other partners wrote after the newest of theirs this partner had looked at
 * (`seen`). An installation's clock never runs back, and every bundle carries a partner's versions
 * whole, so what is newer than its newest seen version is exactly what came in since. A partner
 * not seen before counts with everything it wrote. Deletions count too: they changed the picture.
 */
export function newSince(records: readonly RegionRecord[], seen: SeenVersions, self: string): NewFromPartner[] {
  const out = new Map<string, { counts: Partial<Record<RecordType, number>>; total: number }>();
  for (const record of records) {
    if (record.origin === self) continue;
    const last = Object.hasOwn(seen, record.origin) ? seen[record.origin] : undefined;
    if (last !== undefined && compareText(record.updatedAt, last) <= 0) continue;
    const entry = out.get(record.origin) ?? { counts: {}, total: 0 };
    entry.counts[record.type] = (entry.counts[record.type] ?? 0) + 1;
    entry.total += 1;
    out.set(record.origin, entry);
  }
  return [...out].map(([partnerId, entry]) => ({ partnerId, ...entry })).sort((a, b) => compareText(a.partnerId, b.partnerId));
}

/** The newest version of every installation among the records: what "looked at" means after this look. */
export function seenNow(records: readonly RegionRecord[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const record of records) {
    const held = Object.hasOwn(out, record.origin) ? out[record.origin] : undefined;
    if (held === undefined || compareText(record.updatedAt, held) > 0) out[record.origin] = record.updatedAt;
  }
  return out;
}
