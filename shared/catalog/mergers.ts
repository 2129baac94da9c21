/**
 * Gemeenten that merged into another since 2022: the old CBS code, its name, the code it became
 * and the day it did. A clip tagged with an old code shows and counts as the gemeente of today.
 *
 * Source: the reclassified-municipality mapping of the VWS corona dashboard database (old and new
 * GM code per merged gemeente, 2022–2023), with the dates CBS announced (nd.nl, December 2021:
 * four mergers on 1 January 2022 and Weesp into Amsterdam on 24 March 2022; Voorne aan Zee formed
 * on 1 January 2023). CBS's 2025 indeling still has the 342 gemeenten of 2023, so there was no
 * merger in 2024 or 2025; none effective 1 January 2026 was found in a source, so none is listed.
 */
export interface Merger {
  readonly code: string;
  readonly name: string;
  readonly into: string;
  readonly since: string;
}

export const MERGERS: readonly Merger[] = [
  { code: 'GM0756', name: 'Boxmeer', into: 'GM1982', since: '2022-01-01' },
  { code: 'GM0786', name: 'Grave', into: 'GM1982', since: '2022-01-01' },
  { code: 'GM0815', name: 'Mill en Sint Hubert', into: 'GM1982', since: '2022-01-01' },
  { code: 'GM1684', name: 'Cuijk', into: 'GM1982', since: '2022-01-01' },
  { code: 'GM1702', name: 'Sint Anthonis', into: 'GM1982', since: '2022-01-01' },
  { code: 'GM0856', name: 'Uden', into: 'GM1991', since: '2022-01-01' },
  { code: 'GM1685', name: 'Landerd', into: 'GM1991', since: '2022-01-01' },
  { code: 'GM0398', name: 'Heerhugowaard', into: 'GM1980', since: '2022-01-01' },
  { code: 'GM0416', name: 'Langedijk', into: 'GM1980', since: '2022-01-01' },
  { code: 'GM0370', name: 'Beemster', into: 'GM0439', since: '2022-01-01' },
  { code: 'GM0457', name: 'Weesp', into: 'GM0363', since: '2022-03-24' },
  { code: 'GM0501', name: 'Brielle', into: 'GM1992', since: '2023-01-01' },
  { code: 'GM0530', name: 'Hellevoetsluis', into: 'GM1992', since: '2023-01-01' },
  { code: 'GM0614', name: 'Westvoorne', into: 'GM1992', since: '2023-01-01' },
];

const INTO = new Map(MERGERS.map((merger) => [merger.code, merger.into]));

/** The code a stored area stands for today: a merged gemeente's code becomes its successor's; any other stays. */
export function currentGemeente(code: string): string {
  return INTO.get(code) ?? code;
}
