import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.ts';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
export type Sha256Hex = z.infer<typeof Sha256Hex>;

/** SHA-256 over UTF-8 text fed in pieces, so a large bundle is hashed without joining it into one string. */
export interface TextDigest {
  update(text: string): void;
  hex(): string;
}

/**
 * Makes a fresh SHA-256 digest. The default is pure JavaScript and synchronous; a caller with a
 * faster one (Node's `crypto.createHash`, several times faster on a coordinator's hundreds of
 * megabytes) hands it in, so `shared/` stays free of Node and of globals.
 */
export type Sha256 = () => TextDigest;

export const pureSha256: Sha256 = () => {
  const digest = sha256.create();
  return {
    update: (text) => {
      digest.update(utf8ToBytes(text));
    },
    hex: () => bytesToHex(digest.digest()),
  };
};

/** Synchronous on purpose: merge compares content hashes inside tight loops and Dexie transactions. */
export function sha256Hex(text: string, hash: Sha256 = pureSha256): Sha256Hex {
  const digest = hash();
  digest.update(text);
  return digest.hex();
}

export function contentHash(value: unknown, hash: Sha256 = pureSha256): Sha256Hex {
  return sha256Hex(canonicalJson(value), hash);
}
