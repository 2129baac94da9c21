import { compareText } from '../canonical/compare-text.ts';
import type { Area } from './area.ts';
import { GEMEENTEN } from './gemeenten.ts';
import { currentGemeente } from './mergers.ts';
import { KNOWN_REGIONS } from './regions.ts';
import { escapeRegExp } from '../wording/escape-reg-exp.ts';

export type { Area } from './area.ts';

const GEMEENTE_NAMES = new Map(GEMEENTEN.map((gemeente) => [gemeente.code, gemeente.name]));

const GEMEENTE_CODE = /^GM\d{4}$/;

/** A CBS gemeentecode ("GM0794"), as a wijk's is `isWijkCode` in wijken.ts. */
export function isGemeenteCode(value: string): boolean {
  return GEMEENTE_CODE.test(value);
}

/**
 * The gemeenten of each known region, by region code (shared/catalog/regions.ts). A clip stores
 * the code, so partners who write a name differently still agree. The samenwerkingsregio keeps
 * its own order; the regions of a division are listed by name.
 */
const REGION_AREAS = new Map(
  KNOWN_REGIONS.map((region) => {
    const areas = region.gemeenten.map((code): Area => ({ code, name: GEMEENTE_NAMES.get(code) ?? code }));
    return [region.code, region.division === 'samenwerkingsregio' ? areas : areas.sort((a, b) => compareText(a.name, b.name))];
  }),
);

/** The catalogued gemeenten of a region; empty for a region the catalogue does not know. */
export function areasOfRegion(region: string): readonly Area[] {
  return REGION_AREAS.get(region) ?? [];
}

/**
 * The name to show for a stored area: a gemeente code becomes its name (an old code the name of
 * the gemeente it merged into), a wijk code its name when `wijken` holds it (wijkNames in
 * shared/catalog/wijken.ts loads them), and free text stays as typed.
 */
export function areaName(value: string, wijken?: ReadonlyMap<string, string>): string {
  return GEMEENTE_NAMES.get(currentGemeente(value)) ?? wijken?.get(value) ?? value;
}

/**
 * Gemeenten of the region named in a text, in catalogue order: a first guess the partner can undo.
 * Names match as written (capitals included): several gemeenten are also Dutch words ("Best",
 * "Beek", "Putten"), and "het best bereikbaar" must not tick Best.
 */
export function areasNamedIn(text: string, areas: readonly Area[]): Area[] {
  return areas.filter((area) => new RegExp(`(^|[^\\p{L}-])${escapeRegExp(area.name)}($|[^\\p{L}-])`, 'u').test(text));
}
