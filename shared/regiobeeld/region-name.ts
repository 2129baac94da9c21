import { compareText } from '../canonical/compare-text.ts';
import { isCoordinator } from '../schema/partner.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';

/**
 * The region's name as people write it ("Helmond-De Peel"), for titles: the coordinator's when
 * the regiobeeld holds one (the latest, should there be several), else the one most partners
 * gave, ties by name; null without partner records, and the region code stands in.
 */
export function regionNameOf(records: readonly RegionRecord[]): string | null {
  let coordinator: { name: string; at: string } | undefined;
  const counts = new Map<string, number>();
  for (const record of records) {
    if (record.type !== 'partner' || !isLive(record)) continue;
    const name = record.body.regionName;
    if (isCoordinator(record.body)) {
      if (coordinator === undefined || compareText(record.updatedAt, coordinator.at) > 0) coordinator = { name, at: record.updatedAt };
    } else counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (coordinator !== undefined) return coordinator.name;
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b));
  return ranked[0]?.[0] ?? null;
}
