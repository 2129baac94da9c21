import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';

/** Record ids are UUIDs: version 7 when made locally, version 8 when derived from content. */
export const RecordId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[78][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a lowercase UUID (v7 or v8)');
export type RecordId = z.infer<typeof RecordId>;

function formatUuid(bytes: Uint8Array, version: 7 | 8): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | (version << 4);
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Time-ordered ids keep
 * IndexedDB inserts append-mostly. The caller supplies the randomness (WebCrypto in the browser).
 */
export function uuidV7(unixMs: number, random: Uint8Array): RecordId {
  if (random.length < 16) throw new RangeError('uuidV7 needs 16 random bytes');
  const bytes = Uint8Array.from(random.subarray(0, 16));
  let ms = Math.floor(unixMs);
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  return formatUuid(bytes, 7);
}

/**
 * The id of a record that is one per something (a link per pair of ends, a merge or an outcome
 * per issue, a recognition per partner and target): a UUIDv8 from the SHA-256 of
 * "regiobeeld-<purpose>", NUL and the parts joined by NUL, so every installation derives the same id.
 */
export function derivedId(purpose: string, ...parts: readonly string[]): RecordId {
  return uuidFromDigest(sha256(utf8ToBytes(`regiobeeld-${purpose}\u0000${parts.join('\u0000')}`)));
}

/** A UUIDv8 whose bits come from a digest, so equal inputs give equal ids on every machine. */
export function uuidFromDigest(digest: Uint8Array): RecordId {
  if (digest.length < 16) throw new RangeError('uuidFromDigest needs at least 16 bytes');
  return formatUuid(digest, 8);
}
