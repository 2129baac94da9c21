import { openRegiobeeldDb } from '../db/schema.ts';
import type { RecordStoreDeps } from './record-store.ts';

/** The real clock, WebCrypto and the extension's IndexedDB, for the entrypoints to hand to the store. */
export function browserStoreDeps(): RecordStoreDeps {
  return {
    db: openRegiobeeldDb(),
    now: () => Date.now(),
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
  };
}
