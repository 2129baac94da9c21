import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import type { Bundle } from '../../../shared/bundle/format.ts';
import { checkSignature, keyFingerprint, keyTrust, signingPayload } from '../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import { fakeIssue, fakeObservation, ORIGIN_A, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

async function signedBundle(): Promise<{ bundle: Bundle; keys: Awaited<ReturnType<typeof signer.generateKeyPair>> }> {
  const keys = await signer.generateKeyPair();
  const unsigned = makeBundle({
    region: REGION,
    producer: { kind: 'partner', partnerId: ORIGIN_A, organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', publicKey: keys.publicKey },
    exportedAt: '2026-10-02T10:00:00.000Z',
    records: [fakeObservation(1), fakeIssue(2)],
    surveyDefinitions: [],
  });
  const signature = await signer.sign(keys.privateKey, signingPayload(unsigned));
  return { bundle: { ...unsigned, integrity: { ...unsigned.integrity, signature } }, keys };
}

function roundTrip(text: string): Bundle {
  const decoded = decodeBundle(text, { now: NOW });
  if (!decoded.ok) throw new Error(decoded.errors.map((e) => e.message).join('; '));
  return decoded.bundle;
}

describe('bundle signatures', () => {
  it('verifies a bundle signed by its producer, after a trip through a file', async () => {
    const { bundle } = await signedBundle();
    expect(await checkSignature(roundTrip(encodeBundle(bundle)), signer)).toBe('valid');
  });

  it('detects a changed header field and a re-hashed record change', async () => {
    const { bundle } = await signedBundle();
    expect(await checkSignature({ ...bundle, exportedAt: '2026-10-03T10:00:00.000Z' }, signer)).toBe('invalid');
    const edited = makeBundle({ ...bundle, records: [fakeObservation(1, { quote: 'Vervalst' }), fakeIssue(2)] });
    expect(await checkSignature({ ...edited, integrity: { ...edited.integrity, signature: bundle.integrity.signature ?? '' } }, signer)).toBe('invalid');
  });

  it('calls a bundle without key and signature unsigned, and half of them invalid', async () => {
    const { bundle } = await signedBundle();
    const { signature, ...withoutSignature } = bundle.integrity;
    expect(signature).toBeDefined();
    expect(await checkSignature({ ...bundle, integrity: withoutSignature }, signer)).toBe('invalid');
    const producer =
      bundle.producer.kind === 'partner' ? { kind: 'partner' as const, partnerId: ORIGIN_A, organisation: 'X', domain: 'zorg' as const } : bundle.producer;
    expect(await checkSignature({ ...bundle, producer, integrity: withoutSignature }, signer)).toBe('unsigned');
  });

  it('trusts a partner key on first use and flags a different key later', async () => {
    const first = await signer.generateKeyPair();
    const second = await signer.generateKeyPair();
    const known = new Map<string, string>();
    expect(keyTrust(known, ORIGIN_A, first.publicKey)).toBe('first-use');
    known.set(ORIGIN_A, keyFingerprint(first.publicKey));
    expect(keyTrust(known, ORIGIN_A, first.publicKey)).toBe('known');
    expect(keyTrust(known, ORIGIN_A, second.publicKey)).toBe('changed');
  });
});
