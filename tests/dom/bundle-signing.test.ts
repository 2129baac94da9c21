import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { openRegiobeeldDb } from '../../extension/db/schema.ts';
import { createBundleSigning } from '../../extension/services/bundle-signing.ts';
import { createRecordStore } from '../../extension/services/record-store.ts';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { checkSignature, signingPayload } from '../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { clipBody, freshDbName, PARTNER_A, PARTNER_B, START, seededRandom } from './support/test-store.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

/** An installation as the extension runs it: a store that signs its exports and checks imports. */
function signingStore(seed: number, name = freshDbName()) {
  const db = openRegiobeeldDb(name);
  return { db, store: createRecordStore({ db, now: () => START, random: seededRandom(seed), signing: createBundleSigning({ db, signer }) }) };
}

/** An installation from before signatures: it has no key, and its bundle and versions are unsigned. */
async function legacyInstallation(name: string) {
  const db = openRegiobeeldDb(name);
  const store = createRecordStore({ db, now: () => START, random: seededRandom(6) });
  await store.setupPartner(PARTNER_A);
  await store.addObservation(clipBody('In Deurne sloot de laatste huisartsenpraktijk in het centrum.'));
  const text = (await store.exportBundle()).text;
  db.close();
  return text;
}

function decoded(text: string): Bundle {
  const result = decodeBundle(text, { now: START + 60_000 });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.bundle;
}

async function exported(seed: number) {
  const partner = signingStore(seed);
  await partner.store.setupPartner(PARTNER_A);
  await partner.store.addObservation(clipBody('In Deurne sloot de laatste huisartsenpraktijk in het centrum.'));
  return { ...partner, text: (await partner.store.exportBundle()).text };
}

/** The same partner's bundle, signed again by another key: what an impostor could send. */
async function resignedByAnotherKey(text: string): Promise<string> {
  const bundle = decoded(text);
  if (bundle.producer.kind !== 'partner') throw new Error('expected a partner bundle');
  const keys = await signer.generateKeyPair();
  const keyed: Bundle = { ...bundle, producer: { ...bundle.producer, publicKey: keys.publicKey } };
  return encodeBundle({ ...keyed, integrity: { ...keyed.integrity, signature: await signer.sign(keys.privateKey, signingPayload(keyed)) } });
}

describe('signed bundles', () => {
  it('exports a bundle signed with a key that stays the same across exports', async () => {
    const { store, text } = await exported(3);
    const bundle = decoded(text);
    expect(await checkSignature(bundle, signer)).toBe('valid');
    const again = decoded((await store.exportBundle()).text);
    expect(again.producer).toEqual(bundle.producer);
  });

  it('imports a signed bundle and trusts its key on first use; refuses one changed after signing, storing nothing', async () => {
    const { text } = await exported(3);
    const coordinator = signingStore(4);
    await coordinator.store.setupPartner(PARTNER_B);
    const before = await coordinator.db.records.toArray();
    const forged = text.replace('laatste huisartsenpraktijk', 'enige huisartsenpraktijk');
    const bundle = decoded(text);
    const forgedHeader = encodeBundle({ ...bundle, exportedAt: '2026-11-22T10:00:30.000Z' });
    expect((await coordinator.store.importBundleText(forged, 'vervalst.json')).errors.map((e) => e.code)).toEqual(['integrity-mismatch']);
    expect((await coordinator.store.importBundleText(forgedHeader, 'vervalst.json')).errors.map((e) => e.code)).toEqual(['signature-mismatch']);
    expect(await coordinator.db.records.toArray()).toEqual(before);

    const taken = await coordinator.store.importBundleText(text, 'ggz.json');
    expect(taken).toMatchObject({ ok: true, added: 2 });
    expect(Object.keys((await coordinator.db.meta.get('knownKeys'))?.value as object)).toHaveLength(1);
  });

  it('holds a bundle of a known partner signed by another key until the coordinator accepts it', async () => {
    const { text } = await exported(3);
    const coordinator = signingStore(5);
    await coordinator.store.setupPartner(PARTNER_B);
    await coordinator.store.importBundleText(text, 'ggz.json');
    const stored = await coordinator.db.records.toArray();
    const impostor = await resignedByAnotherKey(text);

    const held = await coordinator.store.importBundleText(impostor, 'ggz-nieuw.json');
    expect(held).toMatchObject({ ok: false, errors: [{ code: 'key-changed', detail: 'GGZ Oost-Brabant' }] });
    expect(await coordinator.db.records.toArray()).toEqual(stored);

    const accepted = await coordinator.store.importBundleText(impostor, 'ggz-nieuw.json', { acceptChangedKey: true });
    expect(accepted.ok).toBe(true);
    // Accepted once, the new key is the one known from now on.
    expect((await coordinator.store.importBundleText(impostor, 'ggz-nieuw.json')).ok).toBe(true);
    expect((await coordinator.store.importBundleText(text, 'ggz.json')).errors.map((e) => e.code)).toEqual(['key-changed']);
  });
});

describe('authenticity per record in the extension', () => {
  it('signs every version it writes, and leaves out a version forged in its name while the rest comes in', async () => {
    const { text } = await exported(3);
    const bundle = decoded(text);
    expect(bundle.records.every((record) => record.signature !== undefined)).toBe(true);
    const partner = bundle.records.find((record) => record.type === 'partner');
    expect(partner?.type === 'partner' && partner.body?.publicKey).toEqual(bundle.producer.kind === 'partner' ? bundle.producer.publicKey : undefined);

    const coordinator = signingStore(5);
    await coordinator.store.setupPartner(PARTNER_B);
    expect(await coordinator.store.importBundleText(text, 'ggz.json')).toMatchObject({ ok: true, added: 2, errors: [] });
    const before = await coordinator.db.records.toArray();

    // Another partner re-sends the clip in GGZ's name with another quote and a later clock, in an unsigned file of its own.
    const clip = bundle.records.find((record) => record.type === 'observation');
    if (clip?.type !== 'observation' || clip.body === undefined) throw new Error('expected a clip');
    const forgedClip = { ...clip, updatedAt: '2026-11-22T10:00:30.000Z-0000', body: { ...clip.body, quote: 'Vervalst citaat.' } };
    const extra = { ...clip, id: '019aa000-0000-7000-8000-000000000099', updatedAt: '2026-11-22T10:00:31.000Z-0000', signature: undefined };
    const { signature: _none, ...unsignedExtra } = extra;
    const forged = encodeBundle(
      makeBundle({
        region: bundle.region,
        producer: { kind: 'partner', partnerId: '019aa000-0000-7000-8000-0000000000bb', organisation: 'Iemand', domain: 'zorg' },
        exportedAt: bundle.exportedAt,
        records: [forgedClip, unsignedExtra],
        surveyDefinitions: [],
      }),
    );
    const summary = await coordinator.store.importBundleText(forged, 'vervalst.json');
    expect(summary.ok).toBe(false);
    expect(summary.errors.map((e) => [e.code, e.recordId]).sort()).toEqual([
      ['bad-signature', clip.id],
      ['unsigned', extra.id],
    ]);
    expect(await coordinator.db.records.toArray()).toEqual(before);

    const letIn = await coordinator.store.importBundleText(forged, 'vervalst.json', { acceptUnsigned: true });
    expect(letIn).toMatchObject({ ok: true, added: 1, errors: [{ code: 'bad-signature', recordId: clip.id }] });
    expect((await coordinator.db.records.get(clip.id))?.body).toEqual(clip.body);
  });

  it('leaves out the unsigned versions of a partner without any key too, until the coordinator lets them in', async () => {
    const text = await legacyInstallation(freshDbName());
    const bundle = decoded(text);
    expect(bundle.producer.kind === 'partner' && bundle.producer.publicKey).toBeUndefined();
    expect(bundle.records.every((record) => record.signature === undefined)).toBe(true);

    const coordinator = signingStore(7);
    await coordinator.store.setupPartner(PARTNER_B);
    const before = await coordinator.db.records.toArray();
    const held = await coordinator.store.importBundleText(text, 'ggz-oud.json');
    expect(held.ok).toBe(false);
    expect(held.errors.map((e) => [e.code, e.recordId, e.detail]).sort()).toEqual(
      bundle.records.map((record) => ['unsigned', record.id, PARTNER_A.organisation]).sort(),
    );
    expect(await coordinator.db.records.toArray()).toEqual(before);

    const letIn = await coordinator.store.importBundleText(text, 'ggz-oud.json', { acceptUnsigned: true });
    expect(letIn).toMatchObject({ ok: true, added: 2, errors: [] });
  });

  it('signs the versions it wrote before it had a key when it exports, so they need no consent', async () => {
    const name = freshDbName();
    await legacyInstallation(name);
    const updated = signingStore(8, name);
    const { text } = await updated.store.exportBundle();
    expect(decoded(text).records.every((record) => record.signature !== undefined)).toBe(true);

    const coordinator = signingStore(9);
    await coordinator.store.setupPartner(PARTNER_B);
    expect(await coordinator.store.importBundleText(text, 'ggz.json')).toMatchObject({ ok: true, added: 2, errors: [] });
  });
});
