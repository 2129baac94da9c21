import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_RING, encodeKeyRing, parseKeyRing, pinnedKeysOf, ringWith } from '../../../shared/bundle/key-ring.ts';
import { keyFingerprint } from '../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const A = '019a0000-0000-7000-8000-00000000000a' as RecordId;
const B = '019a0000-0000-7000-8000-00000000000b' as RecordId;
const AT = '2026-12-01T10:00:00.000Z';

describe('the key ring', () => {
  it('reads back what it wrote, sorted by partner, and a trusted key replaces the earlier one', async () => {
    const [first, second, third] = await Promise.all([signer.generateKeyPair(), signer.generateKeyPair(), signer.generateKeyPair()]);
    const ring = ringWith(
      EMPTY_KEY_RING,
      [
        { partnerId: B, organisation: 'Gemeente Helmond', key: first.publicKey },
        { partnerId: A, organisation: 'GGZ De Peel', key: second.publicKey },
      ],
      AT,
    );
    const text = encodeKeyRing(ring);
    const read = parseKeyRing(text);
    expect(read.ok && read.ring.partners.map((p) => p.partnerId)).toEqual([A, B]);
    expect(read.ok && encodeKeyRing(read.ring)).toBe(text);
    const replaced = ringWith(ring, [{ partnerId: A, organisation: 'GGZ De Peel', key: third.publicKey }], '2026-12-02T10:00:00.000Z');
    expect(pinnedKeysOf(replaced).get(A)).toEqual(third.publicKey);
    expect(replaced.partners.find((p) => p.partnerId === A)).toMatchObject({
      fingerprint: keyFingerprint(third.publicKey),
      trustedAt: '2026-12-02T10:00:00.000Z',
    });
  });

  it("refuses a ring that is not JSON, of another format, with two keys for one partner, or a fingerprint that is not its key's", async () => {
    const { publicKey } = await signer.generateKeyPair();
    const entry = { partnerId: A, organisation: 'GGZ De Peel', fingerprint: keyFingerprint(publicKey), key: publicKey, trustedAt: AT };
    const ring = (partners: unknown[]) => JSON.stringify({ format: 'regiobeeld-keys', version: 1, partners });
    expect(parseKeyRing('{"format":')).toEqual({ ok: false, reason: 'it is not valid JSON' });
    expect(parseKeyRing('{"format":"regiobeeld-bundle","version":1,"partners":[]}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it is not a Regiobeeld key ring \(format: /),
    });
    expect(parseKeyRing(ring([entry, entry]))).toEqual({
      ok: false,
      reason: 'it is not a Regiobeeld key ring (partners.1.partnerId: holds a second key for this partner)',
    });
    expect(parseKeyRing(ring([{ ...entry, fingerprint: 'a'.repeat(64) }]))).toEqual({
      ok: false,
      reason: 'it is not a Regiobeeld key ring (partners.0.fingerprint: is not the fingerprint of the key beside it)',
    });
    expect(parseKeyRing(ring([entry])).ok).toBe(true);
  });
});
