import { type RegionCode, regionCodeFromName } from '../schema/region.ts';
import { GGD_REGIONS } from './ggd-regions.ts';
import type { Division, RegionDivision } from './region-division.ts';

/**
 * The samenwerkingsregio the demo and examples/ are made for. Its name stays "Helmond-De Peel" so
 * its code stays "helmond-de-peel", the code existing bundles carry.
 */
const SAMENWERKINGSREGIO: RegionDivision = {
  division: 'samenwerkingsregio',
  regions: [{ name: 'Helmond-De Peel', gemeenten: ['GM0794', 'GM0762', 'GM1652', 'GM1659', 'GM0743', 'GM0847'] }],
};

/**
 * How a region of each division is called in setup. The word is part of the stored name (except for
 * the samenwerkingsregio above), so regions of two divisions that share a name get distinct codes.
 * Zorgkantoorregio's, IZA regions and ROAZ regions are not listed: no public source with their
 * gemeenten by CBS code was found (see docs/architecture.md, "The area catalogue").
 */
const PREFIX: Readonly<Record<Division, string>> = { samenwerkingsregio: '', ggd: 'GGD-regio ' };

export interface KnownRegion {
  readonly code: RegionCode;
  /** What setup fills in and the partner record stores as the region name. */
  readonly name: string;
  readonly division: Division;
  readonly gemeenten: readonly string[];
}

export const KNOWN_REGIONS: readonly KnownRegion[] = [SAMENWERKINGSREGIO, GGD_REGIONS].flatMap(({ division, regions }) =>
  regions.map((region) => {
    const name = `${PREFIX[division]}${region.name}`;
    return { code: regionCodeFromName(name), name, division, gemeenten: region.gemeenten };
  }),
);

const BY_CODE = new Map(KNOWN_REGIONS.map((region) => [region.code, region]));

/** The catalogued region with this code; undefined for a region a partner named themselves. */
export function knownRegion(code: string): KnownRegion | undefined {
  return BY_CODE.get(code);
}
