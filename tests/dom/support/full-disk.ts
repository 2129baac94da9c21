import type { Dexie } from 'dexie';

export interface FullDisk {
  /** Every write from the `nth` on (counting from 1 at this call) fails with `error`. */
  fill(nth?: number, error?: () => unknown): void;
  /** Writes succeed again, and are counted from zero. */
  free(): void;
  /** Writes that reached the database since the last `fill` or `free`. */
  readonly written: number;
}

export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * A disk that runs full on command: a DBCore middleware that makes the chosen write reject as
 * IndexedDB does when the quota is reached. Dexie then aborts the transaction that issued it,
 * so the earlier writes of that transaction are what the tests watch being undone. Install it
 * before the database is first used: Dexie builds its middleware stack when it opens.
 */
export function installFullDisk(db: Dexie): FullDisk {
  let seen = 0;
  let failFrom = Number.POSITIVE_INFINITY;
  let makeError: () => unknown = quotaExceeded;
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            seen += 1;
            return seen >= failFrom ? Promise.reject(makeError()) : table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    fill(nth = 1, error = quotaExceeded) {
      seen = 0;
      failFrom = nth;
      makeError = error;
    },
    free() {
      seen = 0;
      failFrom = Number.POSITIVE_INFINITY;
    },
    get written() {
      return Math.min(seen, failFrom - 1);
    },
  };
}
