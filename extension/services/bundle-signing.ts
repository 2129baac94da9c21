import type { Bundle } from '../../shared/bundle/format.ts';
import { type AuthenticityOptions, checkAuthenticity } from '../../shared/bundle/record-authenticity.ts';
import { signedRecord } from '../../shared/bundle/record-signature.ts';
import type { PublicKeyJwk } from '../../shared/schema/public-key.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { checkSignature, keyFingerprint, keyTrust, signingPayload } from '../../shared/bundle/signature.ts';
import type { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { readMeta, writeMeta } from '../db/meta-access.ts';
import type { MetaValue } from '../db/meta.ts';
import type { RegiobeeldDb } from '../db/schema.ts';
import type { ImportProblem } from './import-summary.ts';

export type BundleSigner = ReturnType<typeof createWebCryptoSignature>;

export type BundleSigning = ReturnType<typeof createBundleSigning>;

/**
 * Signs exported bundles with this installation's key and checks imported ones: a signature that
 * does not match refuses the file; a partner's bundle signed by another key than the one first
 * seen for that partner (trust on first use, as SSH does) waits for the partner's explicit consent.
 */
export function createBundleSigning({ db, signer }: { readonly db: RegiobeeldDb; readonly signer: BundleSigner }) {
  async function signingKey(): Promise<MetaValue<'signingKey'>> {
    const existing = await readMeta(db, 'signingKey');
    if (existing !== undefined) return existing;
    // WebCrypto's promises would end an IndexedDB transaction: the key is made first, and kept
    // only if no other page or the worker stored one meanwhile.
    const made = await signer.generateKeyPair();
    return db.transaction('rw', db.meta, async () => {
      const raced = await readMeta(db, 'signingKey');
      if (raced !== undefined) return raced;
      await writeMeta(db, 'signingKey', made);
      return made;
    });
  }

  return {
    /** The key this installation's partner record publishes. */
    async publicKey(): Promise<PublicKeyJwk> {
      return (await signingKey()).publicKey;
    },

    /** Signs versions this installation wrote; outside any transaction, as WebCrypto is asynchronous. */
    async signRecords<R extends RegionRecord>(records: readonly R[]): Promise<R[]> {
      const { privateKey } = await signingKey();
      return Promise.all(records.map((record) => signedRecord(record, (payload) => signer.sign(privateKey, payload))));
    },

    /** Which versions their writers really wrote (`checkAuthenticity`); outside any transaction. */
    authenticate(records: readonly RegionRecord[], options: AuthenticityOptions) {
      return checkAuthenticity(records, signer, options);
    },

    async sign(bundle: Bundle): Promise<Bundle> {
      if (bundle.producer.kind !== 'partner') return bundle;
      const { privateKey, publicKey } = await signingKey();
      const keyed: Bundle = { ...bundle, producer: { ...bundle.producer, publicKey } };
      return { ...keyed, integrity: { ...keyed.integrity, signature: await signer.sign(privateKey, signingPayload(keyed)) } };
    },

    /** Verifies outside any transaction (WebCrypto is asynchronous); `trust` is decided inside the import's. */
    async verify(bundle: Bundle): Promise<ImportProblem | undefined> {
      const check = await checkSignature(bundle, signer);
      if (check !== 'invalid') return undefined;
      return { code: 'signature-mismatch', message: 'the signature does not match: the bundle was changed after it was signed', path: 'integrity.signature' };
    },

    /** Trust on first use, read and remembered inside the caller's read-write transaction. */
    async trust(bundle: Bundle, acceptChangedKey: boolean): Promise<ImportProblem | undefined> {
      const { producer } = bundle;
      if (producer.kind !== 'partner' || producer.publicKey === undefined) return undefined;
      const known = (await readMeta(db, 'knownKeys')) ?? {};
      const verdict = keyTrust(new Map(Object.entries(known)), producer.partnerId, producer.publicKey);
      const fingerprint = keyFingerprint(producer.publicKey);
      if (verdict === 'changed' && !acceptChangedKey) {
        return {
          code: 'key-changed',
          message: `${producer.organisation} signed this bundle with another key than before`,
          path: 'producer.publicKey',
          detail: producer.organisation,
        };
      }
      if (verdict !== 'known') await writeMeta(db, 'knownKeys', { ...known, [producer.partnerId]: fingerprint });
      return undefined;
    },
  };
}
