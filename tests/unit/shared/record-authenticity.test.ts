import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAuthenticity } from '../../../shared/bundle/record-authenticity.ts';
import { signedRecord } from '../../../shared/bundle/record-signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import { HlcTimestamp } from '../../../shared/clock/hlc.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { PartnerRecord, type RegionRecord } from '../../../shared/schema/record.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const REGION = 'helmond-de-peel';
const A = '019a0000-0000-7000-8000-00000000000a' as RecordId;
const B = '019a0000-0000-7000-8000-00000000000b' as RecordId;
const CLIP = '019a0000-0000-7000-8000-000000000001' as RecordId;

async function installation(origin: RecordId, organisation: string) {
  const { privateKey, publicKey } = await signer.generateKeyPair();
  const sign = <R extends RegionRecord>(record: R) => signedRecord(record, (payload) => signer.sign(privateKey, payload));
  const partner = await sign(
    liveVersion(
      'partner',
      origin,
      { organisation, domain: 'zorg', regionName: 'Helmond-De Peel', publicKey },
      { region: REGION, origin, updatedAt: '2026-11-01T09:00:00.000Z-0000' },
    ),
  );
  return { origin, publicKey, sign, partner };
}

const clipBody = (quote: string) => ({
  quote,
  source: { url: 'https://example.org/', title: 'Bron', accessedAt: '2026-11-01T09:00:00.000Z' },
  kind: 'signal' as const,
  areas: [],
  themes: [],
  interpretation: '',
  issueIds: [],
});

describe('authenticity per record', () => {
  it("lets in what each installation signed, and refuses a version forged in another partner's name", async () => {
    const a = await installation(A, 'GGZ De Peel');
    const b = await installation(B, 'Gemeente Helmond');
    const clip = await a.sign(liveVersion('observation', CLIP, clipBody('echt'), { region: REGION, origin: A, updatedAt: '2026-11-02T09:00:00.000Z-0000' }));
    // B writes a later version in A's name and signs it with its own key.
    const forged = await b.sign(
      liveVersion('observation', CLIP, clipBody('vervalst'), { region: REGION, origin: A, updatedAt: '2026-11-03T09:00:00.000Z-0000' }),
    );
    const deletion = await b.sign(tombstone(clip, { origin: A, updatedAt: '2026-11-04T09:00:00.000Z-0000' }));
    const edited = { ...clip, body: clipBody('bewerkt') };
    const versions = [a.partner, b.partner, clip, forged, deletion, edited];
    const result = await checkAuthenticity(versions, signer, { pinned: new Map() });
    expect(result.refused.map((r) => [r.index, r.code])).toEqual([
      [3, 'bad-signature'],
      [4, 'bad-signature'],
      [5, 'bad-signature'],
    ]);
    expect([...result.firstUse.keys()].sort()).toEqual([A, B]);
  });

  it('refuses a partner record with another key than the pinned one, unless accepted, and a partner with two keys and none pinned', async () => {
    const a = await installation(A, 'GGZ De Peel');
    const impostor = await installation(A, 'GGZ De Peel');
    const clip = await impostor.sign(
      liveVersion('observation', CLIP, clipBody('nieuw'), { region: REGION, origin: A, updatedAt: '2026-11-02T09:00:00.000Z-0000' }),
    );
    const pinned = new Map([[A, a.publicKey]]);
    const held = await checkAuthenticity([impostor.partner, clip], signer, { pinned });
    expect(held.refused.map((r) => r.code)).toEqual(['key-changed', 'bad-signature']);
    const accepted = await checkAuthenticity([impostor.partner, clip], signer, { pinned, acceptKeyOf: (id) => id === A });
    expect(accepted.refused).toEqual([]);
    expect(accepted.changed.get(A)?.now).toEqual(impostor.publicKey);
    const { signature: _old, ...later } = { ...impostor.partner, updatedAt: '2026-11-01T09:00:00.000Z-0001' };
    const twoKeys = await checkAuthenticity([a.partner, await impostor.sign(later), clip], signer, { pinned: new Map() });
    expect(twoKeys.refused.map((r) => r.code)).toEqual(['keys-disagree', 'keys-disagree', 'keys-disagree']);
  });

  it('refuses unsigned versions unless they are let in, and then counts them', async () => {
    const a = await installation(A, 'GGZ De Peel');
    const legacy = liveVersion('observation', CLIP, clipBody('oud'), { region: REGION, origin: A, updatedAt: '2026-10-02T09:00:00.000Z-0000' });
    expect((await checkAuthenticity([a.partner, legacy], signer, { pinned: new Map() })).refused.map((r) => r.code)).toEqual(['unsigned']);
    expect((await checkAuthenticity([a.partner, legacy], signer, { pinned: new Map(), acceptUnsigned: true })).unsigned).toEqual([1]);
    const signedWithoutKey = await a.sign(legacy);
    expect((await checkAuthenticity([signedWithoutKey], signer, { pinned: new Map() })).refused.map((r) => r.code)).toEqual(['no-key']);
  });

  it("refuses the unsigned versions of a partner without a key anywhere too, and lets them in only on the user's word", async () => {
    // An installation from before signatures: no partner record with a key, none pinned.
    const keyless = liveVersion(
      'partner',
      B,
      { organisation: 'Gemeente Helmond', domain: 'zorg', regionName: 'Helmond-De Peel' },
      { region: REGION, origin: B, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    );
    const legacy = liveVersion('observation', CLIP, clipBody('oud'), { region: REGION, origin: B, updatedAt: '2026-10-02T09:00:00.000Z-0000' });
    const held = await checkAuthenticity([keyless, legacy], signer, { pinned: new Map() });
    expect(held.refused).toEqual([
      { index: 0, recordId: B, origin: B, code: 'unsigned' },
      { index: 1, recordId: CLIP, origin: B, code: 'unsigned' },
    ]);
    expect(held.unsigned).toEqual([]);
    const letIn = await checkAuthenticity([keyless, legacy], signer, { pinned: new Map(), acceptUnsigned: true });
    expect(letIn.refused).toEqual([]);
    expect(letIn.unsigned).toEqual([0, 1]);
    expect(letIn.firstUse.size).toBe(0);
  });
});

describe('record invariants', () => {
  it("a partner record is its own installation's and is never deleted", () => {
    const body = { organisation: 'GGZ De Peel', domain: 'zorg' as const, regionName: 'Helmond-De Peel' };
    expect(
      PartnerRecord.safeParse({ id: A, type: 'partner', region: REGION, origin: B, updatedAt: '2026-11-01T09:00:00.000Z-0000', deleted: false, body }).success,
    ).toBe(false);
    expect(
      PartnerRecord.safeParse({ id: A, type: 'partner', region: REGION, origin: A, updatedAt: '2026-11-01T09:00:00.000Z-0000', deleted: true }).success,
    ).toBe(false);
    expect(
      PartnerRecord.safeParse({ id: A, type: 'partner', region: REGION, origin: A, updatedAt: '2026-11-01T09:00:00.000Z-0000', deleted: false, body }).success,
    ).toBe(true);
  });

  it('a clock time is a real calendar time', () => {
    expect(HlcTimestamp.safeParse('2026-02-30T09:00:00.000Z-0000').success).toBe(false);
    expect(HlcTimestamp.safeParse('2028-02-29T09:00:00.000Z-0000').success).toBe(true);
  });
});
