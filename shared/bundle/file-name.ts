import { regionCodeFromName } from '../schema/region.ts';

/** "regiobeeld-helmond-de-peel-ggz-oost-brabant-2026-11-22.json": sorts by region, partner and day. */
export function bundleFileName(region: string, organisation: string, exportedAt: Date): string {
  const partner = regionCodeFromName(organisation) || 'partner';
  return `regiobeeld-${region}-${partner}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
