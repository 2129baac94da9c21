import type { Area } from './area.ts';

const WIJK_CODE = /^WK\d{6}$/;

export function isWijkCode(value: string): boolean {
  return WIJK_CODE.test(value);
}

/** The wijken of one gemeente, as the capture sheet lists them under it. */
export interface GemeenteWijken {
  readonly gemeente: string;
  readonly wijken: readonly Area[];
}

type WijkTable = Readonly<Record<string, readonly Area[]>>;

// A dynamic import: the bundler puts the wijken in a chunk of their own, fetched the first time a
// partner asks for the wijken of the region or a stored wijk code is shown.
const table = async (): Promise<WijkTable> => (await import('./wijken-data.ts')).WIJKEN;

/** The wijken of these gemeenten that the catalogue holds, in the order of the gemeenten given. */
export async function wijkenOf(gemeenten: readonly string[]): Promise<readonly GemeenteWijken[]> {
  const wijken = await table();
  return gemeenten.flatMap((gemeente) => {
    const list = wijken[gemeente];
    return list === undefined || list.length === 0 ? [] : [{ gemeente, wijken: list }];
  });
}

/** Code → name of every wijk in a table; Node callers (the CLI) may pass the WIJKEN of wijken-data.ts directly. */
export function wijkNameMap(wijken: WijkTable): ReadonlyMap<string, string> {
  return new Map(Object.values(wijken).flatMap((list) => list.map((wijk) => [wijk.code, wijk.name] as const)));
}

// Every view and every analysis asks again: the table is read into one map once per page.
let allNames: Promise<ReadonlyMap<string, string>> | undefined;

/** The names of those codes that are catalogued wijken, for areaName; loads the wijken only when one is asked for. */
export async function wijkNames(codes: Iterable<string>): Promise<ReadonlyMap<string, string>> {
  const wanted = new Set([...codes].filter(isWijkCode));
  if (wanted.size === 0) return new Map();
  allNames ??= table().then(wijkNameMap);
  // A failed fetch is not kept: the next call tries again.
  const all = await allNames.catch((error: unknown) => {
    allNames = undefined;
    throw error;
  });
  return new Map([...wanted].flatMap((code) => (all.has(code) ? [[code, all.get(code) ?? code] as const] : [])));
}
