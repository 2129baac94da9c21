import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.ts';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
export type Sha256Hex = z.infer<typeof Sha256Hex>;

/** Synchronous on purpose: merge compares content hashes inside tight loops and Dexie transactions. */
export function sha256Hex(text: string): Sha256Hex {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function contentHash(value: unknown): Sha256Hex {
  return sha256Hex(canonicalJson(value));
}
