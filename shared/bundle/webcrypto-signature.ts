import type { PublicKeyJwk } from '../schema/public-key.ts';
import type { SignatureCrypto } from './signature.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * Bundle signatures with WebCrypto, handed in by the caller (`crypto.subtle` in the extension and
 * in Node), so the core stays free of globals. The private key never leaves its CryptoKey.
 */
export function createWebCryptoSignature(subtle: SubtleCrypto) {
  const encoder = new TextEncoder();
  const encode = (text: string) => encoder.encode(text);
  // Every record is checked against its partner's key: each key is imported once, not per record.
  const imported = new Map<string, Promise<CryptoKey>>();
  const verifyKey = (publicKey: PublicKeyJwk): Promise<CryptoKey> => {
    const name = `${publicKey.x}.${publicKey.y}`;
    let key = imported.get(name);
    if (key === undefined) {
      key = subtle.importKey('jwk', { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y }, ALGORITHM, false, ['verify']);
      imported.set(name, key);
    }
    return key;
  };
  const verifier: SignatureCrypto = {
    async verify(publicKey: PublicKeyJwk, payload: string, signature: string): Promise<boolean> {
      return subtle.verify(SIGNING, await verifyKey(publicKey), fromBase64Url(signature), encode(payload));
    },
  };
  return {
    ...verifier,
    /** A new installation key pair: the private half cannot be exported, only used. */
    async generateKeyPair(): Promise<{ privateKey: CryptoKey; publicKey: PublicKeyJwk }> {
      const pair = await subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
      const { kty, crv, x, y } = await subtle.exportKey('jwk', pair.publicKey);
      if (kty !== 'EC' || crv !== 'P-256' || x === undefined || y === undefined) throw new Error('WebCrypto made an unexpected key');
      return { privateKey: pair.privateKey, publicKey: { kty, crv, x, y } };
    },
    async sign(privateKey: CryptoKey, payload: string): Promise<string> {
      return toBase64Url(new Uint8Array(await subtle.sign(SIGNING, privateKey, encode(payload))));
    },
  };
}
