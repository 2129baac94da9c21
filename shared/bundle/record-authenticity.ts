import type { RecordId } from '../schema/ids.ts';
import type { PublicKeyJwk } from '../schema/public-key.ts';
import type { RegionRecord } from '../schema/record.ts';
import { recordSigningPayload } from './record-signature.ts';
import { keyFingerprint, type SignatureCrypto } from './signature.ts';

/** Keys trusted before this check, by partner id (= installation origin): a key ring, or the partner records already stored. */
export type PinnedKeys = ReadonlyMap<RecordId, PublicKeyJwk>;

export interface AuthenticityOptions {
  readonly pinned: PinnedKeys;
  /** Partners whose new key the user accepted in place of the pinned one. */
  readonly acceptKeyOf?: (partnerId: RecordId) => boolean;
  /**
   * Versions without a signature are let in, listed as unsigned. Nothing shows who wrote such a
   * version, whether or not its partner has a key, so only the user's word lets it in.
   */
  readonly acceptUnsigned?: boolean;
}

export type AuthenticityCode = 'bad-signature' | 'no-key' | 'key-changed' | 'keys-disagree' | 'unsigned';

export interface RecordRefusal {
  /** Index of the version in the list checked. */
  readonly index: number;
  readonly recordId: RecordId;
  /** The partner the version says wrote it. */
  readonly origin: RecordId;
  readonly code: AuthenticityCode;
}

export interface Authenticity {
  readonly refused: readonly RecordRefusal[];
  /** Indexes of versions let in without a signature: only with `acceptUnsigned`, else they are refused as 'unsigned'. */
  readonly unsigned: readonly number[];
  /** Keys first met here, published by a self-signed partner record: to pin. */
  readonly firstUse: ReadonlyMap<RecordId, PublicKeyJwk>;
  /** Pinned keys replaced by an accepted new one. */
  readonly changed: ReadonlyMap<RecordId, { readonly was: PublicKeyJwk; readonly now: PublicKeyJwk }>;
}

/** Signatures checked at once: enough to keep WebCrypto's threads busy, few enough to hold. */
const BATCH = 2048;

/**
 * Whether each version was written by the installation it names as its origin. A version is
 * signed with the key its origin's partner record publishes, and that record signs itself; which
 * key speaks for a partner is decided once, before any version is judged: the pinned one; else the
 * one key the partner records here publish. A different key than the pinned one, or two keys for
 * one partner with none pinned, is not decided here but refused, with every version of that
 * partner that needs it. A version without a signature shows nothing of its writer: it is refused
 * unless the user lets such versions in (`acceptUnsigned`), for a partner with a key and one from
 * before signatures alike. The verdict depends only on the set of versions and the pinned keys.
 */
export async function checkAuthenticity(versions: readonly RegionRecord[], crypto: SignatureCrypto, options: AuthenticityOptions): Promise<Authenticity> {
  const refused = new Map<number, RecordRefusal>();
  const refuse = (index: number, code: AuthenticityCode) => {
    const record = versions[index] as RegionRecord;
    if (!refused.has(index)) refused.set(index, { index, recordId: record.id, origin: record.origin, code });
  };
  const verifyAll = async (jobs: ReadonlyArray<{ index: number; key: PublicKeyJwk }>): Promise<void> => {
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batch = jobs.slice(start, start + BATCH);
      const results = await Promise.all(batch.map(({ index, key }) => verifyOne(crypto, key, versions[index] as RegionRecord)));
      results.forEach((ok, i) => {
        if (!ok) refuse((batch[i] as { index: number }).index, 'bad-signature');
      });
    }
  };

  // Partner records sign themselves with the key they publish: only such a record offers a key.
  const selfSigned: Array<{ index: number; key: PublicKeyJwk }> = [];
  versions.forEach((record, index) => {
    if (record.type === 'partner' && record.body?.publicKey !== undefined && record.signature !== undefined)
      selfSigned.push({ index, key: record.body.publicKey });
  });
  await verifyAll(selfSigned);
  const offered = new Map<RecordId, Map<string, { key: PublicKeyJwk; indexes: number[] }>>();
  for (const { index, key } of selfSigned) {
    if (refused.has(index)) continue;
    const origin = (versions[index] as RegionRecord).origin;
    const byKey = offered.get(origin) ?? new Map<string, { key: PublicKeyJwk; indexes: number[] }>();
    const fingerprint = keyFingerprint(key);
    const entry = byKey.get(fingerprint) ?? { key, indexes: [] };
    entry.indexes.push(index);
    byKey.set(fingerprint, entry);
    offered.set(origin, byKey);
  }

  const keys = new Map<RecordId, PublicKeyJwk>(options.pinned);
  const undecided = new Set<RecordId>();
  const firstUse = new Map<RecordId, PublicKeyJwk>();
  const changed = new Map<RecordId, { was: PublicKeyJwk; now: PublicKeyJwk }>();
  for (const [origin, byKey] of offered) {
    const pinned = options.pinned.get(origin);
    const others = [...byKey].filter(([fingerprint]) => pinned === undefined || fingerprint !== keyFingerprint(pinned));
    if (others.length === 0) continue;
    const [only] = others;
    if (pinned === undefined && others.length === 1 && only !== undefined) {
      keys.set(origin, only[1].key);
      firstUse.set(origin, only[1].key);
    } else if (pinned !== undefined && others.length === 1 && only !== undefined && options.acceptKeyOf?.(origin) === true) {
      keys.set(origin, only[1].key);
      changed.set(origin, { was: pinned, now: only[1].key });
    } else if (pinned !== undefined) {
      for (const [, entry] of others) entry.indexes.forEach((index) => refuse(index, 'key-changed'));
    } else {
      keys.delete(origin);
      undecided.add(origin);
    }
  }

  const jobs: Array<{ index: number; key: PublicKeyJwk }> = [];
  const unsigned: number[] = [];
  versions.forEach((record, index) => {
    if (refused.has(index)) return;
    if (undecided.has(record.origin)) return refuse(index, 'keys-disagree');
    if (record.signature === undefined) {
      // Anyone can write an unsigned version in the name of a partner without a key as easily as
      // of one with a key: an installation from before signatures needs the user's word too.
      if (options.acceptUnsigned === true) unsigned.push(index);
      else refuse(index, 'unsigned');
      return;
    }
    const key = keys.get(record.origin);
    if (key === undefined) return refuse(index, 'no-key');
    // A self-signed partner record with the chosen key was verified above.
    if (record.type === 'partner' && record.body?.publicKey !== undefined && keyFingerprint(record.body.publicKey) === keyFingerprint(key)) return;
    jobs.push({ index, key });
  });
  await verifyAll(jobs);
  return { refused: [...refused.values()].sort((a, b) => a.index - b.index), unsigned, firstUse, changed };
}

async function verifyOne(crypto: SignatureCrypto, key: PublicKeyJwk, record: RegionRecord): Promise<boolean> {
  if (record.signature === undefined) return false;
  try {
    return await crypto.verify(key, recordSigningPayload(record), record.signature);
  } catch {
    return false;
  }
}

/** Why a version was refused, in words for a coordinator; `partner` names its origin. */
export function authenticityReason(code: AuthenticityCode, partner: string): string {
  switch (code) {
    case 'bad-signature':
      return `its signature does not verify against the key of ${partner}, whom it names as its writer: it was changed or made by someone else`;
    case 'no-key':
      return `it is signed, but no key of ${partner}, whom it names as its writer, is known (their partner record is in no file read and not among the trusted keys)`;
    case 'key-changed':
      return `${partner} publishes another key than the one trusted for them`;
    case 'keys-disagree':
      return `${partner} is published with more than one key and none is trusted yet`;
    case 'unsigned':
      return `it is not signed (written before records were signed, or by someone posing as ${partner})`;
  }
}
