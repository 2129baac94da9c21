import type { PublicKeyJwk } from './format.ts';
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
  const encode = (text: string) => new TextEncoder().encode(text);
  const verifier: SignatureCrypto = {
    async verify(publicKey: PublicKeyJwk, payload: string, signature: string): Promise<boolean> {
      const key = await subtle.importKey('jwk', { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y }, ALGORITHM, false, ['verify']);
      return subtle.verify(SIGNING, key, fromBase64Url(signature), encode(payload));
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
