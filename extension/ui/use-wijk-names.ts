import { useEffect, useState } from 'preact/hooks';
import { isWijkCode, wijkNames } from '../../shared/catalog/wijken.ts';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The names of the catalogued wijken among these area codes, for areaName. The wijken are fetched
 * only when a wijk code is among them; until then (and for a code the catalogue lacks) the code shows.
 */
export function useWijkNames(codes: Iterable<string>): ReadonlyMap<string, string> {
  const key = [...new Set([...codes].filter(isWijkCode))].sort().join(' ');
  const [names, setNames] = useState(NONE);
  useEffect(() => {
    if (key === '') return;
    let live = true;
    wijkNames(key.split(' '))
      .then((found) => live && setNames(found))
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
