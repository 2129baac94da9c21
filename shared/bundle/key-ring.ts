import { z } from 'zod';
import { compareText } from '../canonical/compare-text.ts';
import { LIMITS } from '../limits.ts';
import { RecordId } from '../schema/ids.ts';
import { PublicKeyJwk } from '../schema/public-key.ts';
import { IsoDateTime } from '../schema/text.ts';
import type { PinnedKeys } from './record-authenticity.ts';
import { keyFingerprint } from './signature.ts';

export const KEY_RING_FORMAT = 'regiobeeld-keys';

/**
 * The keys a coordinator trusts, one per partner, kept between runs as SSH keeps known_hosts: the
 * first key a partner's self-signed record publishes is written here, and from then on every
 * version in that partner's name must verify against it. The fingerprint is stored beside the key
 * so a coordinator can compare it with the partner by phone.
 */
const KeyRingEntry = z.strictObject({
  partnerId: RecordId,
  organisation: z.string().max(LIMITS.shortText),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  key: PublicKeyJwk,
  trustedAt: IsoDateTime,
});
export type KeyRingEntry = z.infer<typeof KeyRingEntry>;

export const KeyRing = z
  .strictObject({
    format: z.literal(KEY_RING_FORMAT),
    version: z.literal(1),
    partners: z.array(KeyRingEntry).max(LIMITS.records),
  })
  .superRefine((ring, context) => {
    const seen = new Set<string>();
    ring.partners.forEach((entry, index) => {
      if (seen.has(entry.partnerId))
        context.addIssue({ code: 'custom', path: ['partners', index, 'partnerId'], message: 'holds a second key for this partner' });
      seen.add(entry.partnerId);
      if (entry.fingerprint !== keyFingerprint(entry.key))
        context.addIssue({ code: 'custom', path: ['partners', index, 'fingerprint'], message: 'is not the fingerprint of the key beside it' });
    });
  });
export type KeyRing = z.infer<typeof KeyRing>;

export const EMPTY_KEY_RING: KeyRing = { format: KEY_RING_FORMAT, version: 1, partners: [] };

/** The ring in a file's text, or why it cannot be read: never a guess, as a wrong ring trusts the wrong keys. */
export function parseKeyRing(text: string): { readonly ok: true; readonly ring: KeyRing } | { readonly ok: false; readonly reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const parsed = KeyRing.safeParse(value);
  if (parsed.success) return { ok: true, ring: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  return { ok: false, reason: `it is not a Regiobeeld key ring (${where}${issue?.message ?? 'unknown'})` };
}

/** The ring as its file holds it: sorted by partner, one key per line group, so a diff shows what changed. */
export function encodeKeyRing(ring: KeyRing): string {
  const partners = [...ring.partners].sort((a, b) => compareText(a.partnerId, b.partnerId));
  return `${JSON.stringify({ ...ring, partners }, null, 2)}\n`;
}

export function pinnedKeysOf(ring: KeyRing): PinnedKeys {
  return new Map(ring.partners.map((entry) => [entry.partnerId, entry.key]));
}

export interface TrustedKey {
  readonly partnerId: RecordId;
  readonly organisation: string;
  readonly key: PublicKeyJwk;
}

/** The ring with these keys trusted from `at` on, each in place of the partner's earlier key. */
export function ringWith(ring: KeyRing, trusted: readonly TrustedKey[], at: string): KeyRing {
  const byPartner = new Map(ring.partners.map((entry) => [entry.partnerId, entry]));
  for (const { partnerId, organisation, key } of trusted)
    byPartner.set(partnerId, { partnerId, organisation, fingerprint: keyFingerprint(key), key, trustedAt: at });
  return { ...ring, partners: [...byPartner.values()].sort((a, b) => compareText(a.partnerId, b.partnerId)) };
}
