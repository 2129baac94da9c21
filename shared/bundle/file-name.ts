import { regionCodeFromName } from '../schema/region.ts';

/** "regiobeeld-helmond-de-peel-ggz-oost-brabant-2026-11-22.json": sorts by region, partner and day. */
export function bundleFileName(region: string, organisation: string, exportedAt: Date): string {
  const partner = regionCodeFromName(organisation) || 'partner';
  return `regiobeeld-${region}-${partner}-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/** "regiobeeld-helmond-de-peel-regiobeeld-1-0-3f2a9c01b7de.json": a released version, named by its name and its digest's first 12 hex. */
export function releaseFileName(region: string, name: string, digest: string): string {
  return `regiobeeld-${region}-${regionCodeFromName(name) || 'versie'}-${digest.slice(0, 12)}.json`;
}
