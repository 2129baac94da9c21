/** The ways regions are drawn: each gemeente lies in exactly one region of a complete division. */
export const DIVISIONS = ['samenwerkingsregio', 'ggd'] as const;
export type Division = (typeof DIVISIONS)[number];

/** A division's regions, each named as its division names it and listing its gemeentecodes. */
export interface RegionDivision {
  readonly division: Division;
  readonly regions: ReadonlyArray<{ readonly name: string; readonly gemeenten: readonly string[] }>;
}
