import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import type { Bundle } from '../../../shared/bundle/format.ts';
import { checkAuthenticity } from '../../../shared/bundle/record-authenticity.ts';
import { checkSignature } from '../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { committedExamples } from '../cli/support/examples.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

const bundles: Array<[string, Bundle]> = [...committedExamples()].map(([path, text]) => {
  const result = decodeBundle(text, { now: Date.now() });
  if (!result.ok) throw new Error(`${path}: ${result.errors.map((e) => e.message).join('; ')}`);
  return [path, result.bundle];
});

describe('the example bundles are signed as a real installation exports them', () => {
  it('are the five examples', () => {
    expect(bundles).toHaveLength(5);
  });

  it.each(bundles)('%s is signed as a whole by its producer, with the key its partner record publishes', async (_path, bundle) => {
    if (bundle.producer.kind !== 'partner') throw new Error('expected a partner bundle');
    const { partnerId, publicKey } = bundle.producer;
    const partner = bundle.records.find((record) => record.id === partnerId);
    expect(partner?.type === 'partner' ? partner.body?.publicKey : undefined).toEqual(publicKey);
    expect(await checkSignature(bundle, signer)).toBe('valid');
  });

  it.each(bundles)("%s: every version, the copies of other partners' records too, is its writer's", async (_path, bundle) => {
    const origins = new Set(bundle.records.map((record) => record.origin));
    const verdict = await checkAuthenticity(bundle.records, signer, { pinned: new Map() });
    expect(verdict.refused).toEqual([]);
    expect(verdict.unsigned).toEqual([]);
    expect(bundle.records.every((record) => record.signature !== undefined)).toBe(true);
    // Each writer's self-signed partner record travels along and offers its key for the first time.
    expect(new Set(verdict.firstUse.keys())).toEqual(origins);
  });

  it('publish one key per partner across all five, so a coordinator merging them pins each once', async () => {
    const versions = bundles.flatMap(([, bundle]) => bundle.records);
    const verdict = await checkAuthenticity(versions, signer, { pinned: new Map() });
    expect(verdict.refused).toEqual([]);
    expect(verdict.unsigned).toEqual([]);
    expect(verdict.firstUse.size).toBe(5);
    const producerKeys = new Map(
      bundles.map(([path, { producer }]) => {
        if (producer.kind !== 'partner') throw new Error(`${path}: expected a partner bundle`);
        return [producer.partnerId, producer.publicKey];
      }),
    );
    expect(new Map(verdict.firstUse)).toEqual(producerKeys);
  });

  it('refuse a version changed after its writer signed it, so the check above is not vacuous', async () => {
    const [, bundle] = bundles[0] as [string, Bundle];
    const index = bundle.records.findIndex((record) => record.type === 'observation');
    const record = bundle.records[index];
    if (record?.type !== 'observation' || record.body === undefined) throw new Error('expected a live observation');
    const changed: RegionRecord = { ...record, body: { ...record.body, interpretation: 'Vervalst: dit schreef de partner niet.' } };
    const forged = bundle.records.map((version, i) => (i === index ? changed : version));
    const verdict = await checkAuthenticity(forged, signer, { pinned: new Map() });
    expect(verdict.refused).toEqual([{ index, recordId: record.id, origin: record.origin, code: 'bad-signature' }]);
  });
});
