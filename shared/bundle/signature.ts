import { canonicalJson } from '../canonical/canonical-json.ts';
import { sha256Hex } from '../canonical/hash.ts';
import type { Bundle } from './format.ts';
import type { PublicKeyJwk } from '../schema/public-key.ts';

/**
 * What a signature covers: the whole bundle but its records and the signature itself. The records
 * are covered through `integrity.recordsHash`, which decoding has already checked against them,
 * so signing stays cheap however large the bundle.
 */
export function signingPayload(bundle: Bundle): string {
  const { records, integrity, ...header } = bundle;
  const { signature, ...unsigned } = integrity;
  return canonicalJson({ ...header, integrity: unsigned });
}

/** The operations a signature needs, done by WebCrypto where the caller lives (browser or Node). */
export interface SignatureCrypto {
  verify(publicKey: PublicKeyJwk, payload: string, signature: string): Promise<boolean>;
}

export type SignatureCheck = 'unsigned' | 'valid' | 'invalid';

export async function checkSignature(bundle: Bundle, crypto: SignatureCrypto): Promise<SignatureCheck> {
  const signature = bundle.integrity.signature;
  const publicKey = bundle.producer.kind === 'partner' ? bundle.producer.publicKey : undefined;
  if (signature === undefined || publicKey === undefined) return signature === undefined && publicKey === undefined ? 'unsigned' : 'invalid';
  try {
    return (await crypto.verify(publicKey, signingPayload(bundle), signature)) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** A short, stable name for a key (RFC 7638 thumbprint input), to remember and compare keys. */
export function keyFingerprint(key: PublicKeyJwk): string {
  return sha256Hex(canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y }));
}

export type KeyTrust = 'first-use' | 'known' | 'changed';

/**
 * Trust on first use, as SSH does: the first key seen for a partner is remembered; a later bundle
 * signed by another key for the same partner needs the coordinator's explicit acceptance.
 */
export function keyTrust(known: ReadonlyMap<string, string>, partnerId: string, key: PublicKeyJwk): KeyTrust {
  const remembered = known.get(partnerId);
  if (remembered === undefined) return 'first-use';
  return remembered === keyFingerprint(key) ? 'known' : 'changed';
}
