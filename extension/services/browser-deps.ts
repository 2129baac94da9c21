import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { openRegiobeeldDb } from '../db/schema.ts';
import { createBundleSigning } from './bundle-signing.ts';
import type { RecordStoreDeps } from './record-store.ts';

/** The real clock, WebCrypto and the extension's IndexedDB, for the entrypoints to hand to the store. */
export function browserStoreDeps(): RecordStoreDeps {
  const db = openRegiobeeldDb();
  return {
    db,
    now: () => Date.now(),
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
    signing: createBundleSigning({ db, signer: createWebCryptoSignature(crypto.subtle) }),
  };
}
