/** A gemeente (or later a wijk) a clip can be about, with its CBS code. */
export interface Area {
  /** CBS code: GMxxxx for a gemeente, WKxxxxxx for a wijk. */
  readonly code: string;
  readonly name: string;
}

/**
 * The gemeenten of each region, by region code (shared/schema/region.ts). Codes are CBS's
 * gemeentecodes; a clip stores the code, so partners who write a name differently still agree.
 */
export const REGION_AREAS: Readonly<Record<string, readonly Area[]>> = {
  'helmond-de-peel': [
    { code: 'GM0794', name: 'Helmond' },
    { code: 'GM0762', name: 'Deurne' },
    { code: 'GM1652', name: 'Gemert-Bakel' },
    { code: 'GM1659', name: 'Laarbeek' },
    { code: 'GM0743', name: 'Asten' },
    { code: 'GM0847', name: 'Someren' },
  ],
};

const CBS_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export function isCbsCode(value: string): boolean {
  return CBS_CODE.test(value);
}

/** The bundled areas of a region; empty for a region the catalogue does not know. */
export function areasOfRegion(region: string): readonly Area[] {
  return REGION_AREAS[region] ?? [];
}

/** The name to show for a stored area: a known code becomes its name, free text stays as typed. */
export function areaName(value: string): string {
  for (const areas of Object.values(REGION_AREAS)) {
    const found = areas.find((area) => area.code === value);
    if (found !== undefined) return found.name;
  }
  return value;
}

/** Gemeenten of the region named in a text, in catalogue order: a first guess the partner can undo. */
export function areasNamedIn(text: string, areas: readonly Area[]): Area[] {
  return areas.filter((area) => new RegExp(`(^|[^\\p{L}-])${escapeRegExp(area.name)}($|[^\\p{L}-])`, 'iu').test(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
