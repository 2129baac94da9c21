import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { toBase64Url } from '../../shared/bundle/webcrypto-signature.ts';
import type { PublicKeyJwk } from '../../shared/schema/public-key.ts';

/**
 * Every example partner's private key is the SHA-256 of this label and its slug, so anyone can
 * rebuild it: demo keys, to show signed bundles, never to sign real data.
 */
export const DEMO_KEY_LABEL = 'regiobeeld example demo key, public, never for real data: ';

export interface DemoKey {
  /** The JWK the extension's partner record and export publish: WebCrypto's fields, nothing more. */
  readonly publicKey: PublicKeyJwk;
  /** ECDSA P-256 / SHA-256 in IEEE P1363 form (r ‖ s), base64url: what WebCrypto's sign gives. */
  sign(payload: string): string;
}

/**
 * A partner's demo key. WebCrypto signs with a random nonce and only asynchronously; noble signs
 * with RFC 6979's nonce derived from key and message, so the examples come out the same bytes on
 * every run, and synchronously.
 */
export function demoKey(slug: string): DemoKey {
  const secretKey = sha256(utf8ToBytes(`${DEMO_KEY_LABEL}${slug}`));
  const point = p256.getPublicKey(secretKey, false);
  return {
    publicKey: { kty: 'EC', crv: 'P-256', x: toBase64Url(point.subarray(1, 33)), y: toBase64Url(point.subarray(33, 65)) },
    sign: (payload) => toBase64Url(p256.sign(utf8ToBytes(payload), secretKey, { prehash: true, format: 'compact' })),
  };
}
