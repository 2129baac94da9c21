import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

/**
 * The latest result of a read-only Dexie query, re-run whenever the tables it read change — also
 * when another context (the background worker, a second tab) wrote them. `inputs` name what the
 * query depends on, as with useEffect.
 */
export function useLiveQuery<T>(query: () => Promise<T>, inputs: Inputs): T | undefined {
  const [value, setValue] = useState<{ current: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (current) => setValue({ current }),
      error: (error: unknown) => console.error(error),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return value?.current;
}
