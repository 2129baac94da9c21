import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { LIMITS } from '../../shared/limits.ts';
import { regionOverview } from '../../shared/regiobeeld/overview.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { createRecordStore } from '../../extension/services/record-store.ts';
import { StoreError } from '../../extension/services/store-error.ts';
import { clipBody, freshDbName, PARTNER_A, PARTNER_B, seededRandom, START, testStore } from './support/test-store.ts';

const byId = (a: RegionRecord, b: RegionRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function snapshot(db: ReturnType<typeof testStore>['db']): Promise<RegionRecord[]> {
  return (await db.records.toArray()).sort(byId);
}

/** Partner A with two observations, one deleted again. */
async function partnerWithRecords() {
  const a = testStore({ seed: 11 });
  await a.store.setupPartner(PARTNER_A);
  a.advance(1000);
  const kept = await a.store.addObservation(clipBody('In Helmond staan 1.200 inwoners op een wachtlijst voor een huisarts.'));
  a.advance(1000);
  const removed = await a.store.addObservation(clipBody('Een passage die later wordt verwijderd.'));
  a.advance(1000);
  await a.store.deleteRecord(removed.id);
  return { a, kept, removed };
}

describe('record store: setup', () => {
  it('makes one origin per installation and keeps it', async () => {
    const { store } = testStore();
    const first = await store.getIdentity();
    const again = await store.getIdentity();
    expect(first.partner).toBeUndefined();
    expect(again.origin).toBe(first.origin);
    expect(first.origin).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('stores the partner under the origin id, in the region named', async () => {
    const { store } = testStore();
    const { partner, savedClips } = await store.setupPartner({ ...PARTNER_A, organisation: '  GGZ Oost-Brabant  ' });
    const { origin, partner: stored } = await store.getIdentity();
    expect(savedClips).toEqual([]);
    expect(partner.id).toBe(origin);
    expect(partner.origin).toBe(origin);
    expect(partner.region).toBe('helmond-de-peel');
    expect(partner.body).toEqual({ organisation: 'GGZ Oost-Brabant', domain: 'zorg', regionName: 'Helmond-De Peel' });
    expect(stored).toEqual(partner);
  });

  it('refuses a second setup and a region name without letters or digits', async () => {
    const { store } = testStore();
    await expect(store.setupPartner({ ...PARTNER_A, regionName: '--' })).rejects.toThrow(StoreError);
    await store.setupPartner(PARTNER_A);
    await expect(store.setupPartner(PARTNER_B)).rejects.toMatchObject({ code: 'already-set-up' });
  });

  it('refuses observations before setup, but keeps a clip for after it', async () => {
    const { store, db } = testStore();
    await expect(store.addObservation(clipBody('te vroeg'))).rejects.toMatchObject({ code: 'not-set-up' });
    expect(await store.saveClip({ body: clipBody('bewaard voor straks'), tabId: 7 })).toEqual({ status: 'pending-setup' });
    expect(await db.records.count()).toBe(0);

    const { savedClips } = await store.setupPartner(PARTNER_A);
    expect(savedClips.map((clip) => clip.tabId)).toEqual([7]);
    const observations = await db.records.where('type').equals('observation').toArray();
    expect(observations.map((r) => r.body)).toEqual([clipBody('bewaard voor straks')]);
    expect(observations[0]?.region).toBe('helmond-de-peel');
    expect(await db.meta.get('pendingClips')).toBeUndefined();
  });
});

describe('record store: writing', () => {
  it('adds observations and deletes them as tombstones', async () => {
    const { a, kept, removed } = await partnerWithRecords();
    const { origin } = await a.store.getIdentity();
    const tomb = await a.db.records.get(removed.id);
    expect(tomb).toEqual({ id: removed.id, type: 'observation', region: 'helmond-de-peel', origin, updatedAt: tomb?.updatedAt, deleted: true });
    expect((tomb?.updatedAt ?? '') > removed.updatedAt).toBe(true);
    expect(await a.store.countLive('observation')).toBe(1);
    const listed = await a.store.listRecords();
    expect(listed.map((r) => r.id)).toEqual([removed.id, kept.id, origin]);
  });

  it('refuses to delete what is gone, unknown, or the partner itself', async () => {
    const { a, removed } = await partnerWithRecords();
    const { origin } = await a.store.getIdentity();
    await expect(a.store.deleteRecord(removed.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(a.store.deleteRecord(origin)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('never issues an equal or lower timestamp across two stores on one database, even when the wall clock goes back', async () => {
    const name = freshDbName();
    const one = testStore({ name, seed: 1 });
    const two = testStore({ name, seed: 2 });
    await one.store.setupPartner(PARTNER_A);
    two.setNow(START - 60_000);
    const stamps: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const writer = i % 2 === 0 ? two : one;
      const record = await writer.store.addObservation(clipBody(`waarneming ${i}`));
      stamps.push(record.updatedAt);
    }
    const deleted = await two.store.deleteRecord(((await one.db.records.where('type').equals('observation').first()) as RegionRecord).id);
    stamps.push(deleted.updatedAt);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    one.db.close();
    two.db.close();
  });
});

describe('record store: export and import', () => {
  it('exports a bundle that decodes, named after region, organisation and day', async () => {
    const { a } = await partnerWithRecords();
    const { origin } = await a.store.getIdentity();
    const { fileName, text } = await a.store.exportBundle();
    expect(fileName).toBe('regiobeeld-helmond-de-peel-ggz-oost-brabant-2026-11-22.json');
    const decoded = decodeBundle(text, { now: START + 10_000 });
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
    expect(decoded.bundle.region).toBe('helmond-de-peel');
    expect(decoded.bundle.producer).toEqual({ kind: 'partner', partnerId: origin, organisation: 'GGZ Oost-Brabant', domain: 'zorg' });
    expect(decoded.bundle.records).toEqual(await snapshot(a.db));
    expect(await a.db.meta.get('lastExportAt')).toEqual({ key: 'lastExportAt', value: decoded.bundle.exportedAt });
  });

  it('imports into a fresh installation the same records, and a second import changes nothing', async () => {
    const { a } = await partnerWithRecords();
    const { text, fileName } = await a.store.exportBundle();
    const b = testStore({ seed: 22 });
    await b.store.setupPartner(PARTNER_B);

    const first = await b.store.importBundleText(text, fileName);
    expect(first).toEqual({ fileName, ok: true, added: 3, updated: 0, unchanged: 0, errors: [] });
    const inB = await snapshot(b.db);
    for (const record of await snapshot(a.db)) expect(inB).toContainEqual(record);

    const again = await b.store.importBundleText(new TextEncoder().encode(text), fileName);
    expect(again).toEqual({ fileName, ok: true, added: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await snapshot(b.db)).toEqual(inB);

    const own = await a.store.importBundleText(text, fileName);
    expect(own).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3 });
  });

  it('takes in newer versions and lets a later local write follow the imported clock', async () => {
    const { a, kept } = await partnerWithRecords();
    const b = testStore({ seed: 22, start: START - 30 * 60_000 });
    await b.store.setupPartner(PARTNER_B);
    await b.store.importBundleText((await a.store.exportBundle()).text, 'a1.json');

    a.advance(1000);
    await a.store.deleteRecord(kept.id);
    const result = await b.store.importBundleText((await a.store.exportBundle()).text, 'a2.json');
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 2 });
    expect((await b.db.records.get(kept.id))?.deleted).toBe(true);

    const tomb = await a.db.records.get(kept.id);
    const later = await b.store.addObservation(clipBody('na de import'));
    expect(later.updatedAt > (tomb?.updatedAt ?? '')).toBe(true);
  });

  it('refuses a bundle of another region and leaves the database untouched', async () => {
    const other = testStore({ seed: 33 });
    await other.store.setupPartner({ ...PARTNER_A, regionName: 'Zuid-Limburg' });
    await other.store.addObservation(clipBody('Heerlen'));
    const { text } = await other.store.exportBundle();

    const { a } = await partnerWithRecords();
    const before = await snapshot(a.db);
    const clockBefore = await a.db.meta.get('lastClock');
    const result = await a.store.importBundleText(text, 'zuid-limburg.json');
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'other-region', detail: 'zuid-limburg', path: 'region' })]);
    expect(await snapshot(a.db)).toEqual(before);
    expect(await a.db.meta.get('lastClock')).toEqual(clockBefore);
  });

  it('refuses a tampered bundle whole and leaves every stored record as it was', async () => {
    const { a } = await partnerWithRecords();
    const { text } = await a.store.exportBundle();
    const b = testStore({ seed: 22 });
    await b.store.setupPartner(PARTNER_B);
    await b.store.importBundleText(text, 'a.json');
    const before = await snapshot(b.db);

    // A newer-looking edit smuggled in, with a brand-new record beside it.
    const bundle = JSON.parse(text) as { records: Array<Record<string, unknown> & { body?: { quote?: string } }> };
    const target = bundle.records.find((r) => r.body?.quote !== undefined);
    if (target?.body === undefined) throw new Error('fixture has no observation');
    target.body.quote = 'In Helmond staat niemand op een wachtlijst.';
    target.updatedAt = '2026-11-22T10:30:00.000Z-0000';
    bundle.records.push({ ...target, id: '019a0000-0000-7000-8000-00000000ffff' });

    const result = await b.store.importBundleText(JSON.stringify(bundle), 'tampered.json');
    expect(result).toMatchObject({ ok: false, added: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map((e) => e.code)).toContain('integrity-mismatch');
    const after = await snapshot(b.db);
    expect(after.length).toBe(before.length);
    before.forEach((record, index) => expect(after[index]).toEqual(record));
  });

  it('refuses a bundle whose timestamps run ahead of a clock that moved back, and rolls back', async () => {
    const { a } = await partnerWithRecords();
    const ahead = '2026-11-22T10:30:00.000Z-0000';
    const records = (await snapshot(a.db)).map((r) => ({ ...r, updatedAt: ahead }));
    const text = encodeBundle(
      makeBundle({
        region: 'helmond-de-peel',
        producer: { kind: 'merge', partnerIds: [] },
        exportedAt: '2026-11-22T10:00:00.000Z',
        records,
        surveyDefinitions: [],
      }),
    );

    const b = testStore({ seed: 22 });
    await b.store.setupPartner(PARTNER_B);
    const before = await snapshot(b.db);
    // The wall clock is read once to decode, then turns back before the clock observes.
    let reads = 0;
    const store = createRecordStore({ db: b.db, now: () => (reads++ === 0 ? START : START - LIMITS.clockDriftMs), random: seededRandom(5) });
    const result = await store.importBundleText(text, 'ahead.json');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'clock-drift', detail: ahead }] });
    expect(await snapshot(b.db)).toEqual(before);
  });

  it('refuses imports before setup', async () => {
    const { a } = await partnerWithRecords();
    const { text } = await a.store.exportBundle();
    const fresh = testStore();
    const result = await fresh.store.importBundleText(text, 'a.json');
    expect(result.errors.map((e) => e.code)).toEqual(['not-set-up']);
    expect(await fresh.db.records.count()).toBe(0);
  });
});

describe('the stored overview and the records change counter', () => {
  it('counts every write of records, not reads or the overview itself, so a stored overview knows when it is behind', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    const region = (await store.getIdentity()).partner?.region ?? '';
    const at = async () => (await store.readRegiobeeld()).changes;
    const first = await at();
    await store.saveOverview(first, regionOverview(region, (await store.readRegiobeeld()).records));
    await store.getIdentity();
    await store.listRecords();
    await store.saveOverview(first, regionOverview(region, []));
    expect(await at()).toBe(first);
    expect(await store.storedOverview()).toMatchObject({ current: true, stored: { changes: first, overview: { counts: { partner: 1 } } } });

    const clip = await store.addObservation(clipBody('Wachtlijst huisarts'));
    expect(await at()).toBe(first + 1);
    expect((await store.storedOverview())?.current).toBe(false);
    await store.deleteRecord(clip.id);
    expect(await at()).toBe(first + 2);
  });

  it('still reads an overview stored before merges of issues existed, counting none of them', async () => {
    const { store, db } = testStore();
    await store.setupPartner(PARTNER_A);
    const { changes } = await store.readRegiobeeld();
    const before = { partner: 1, observation: 0, issue: 0, surveyResponse: 0, planItem: 0, traceLink: 0 };
    await db.meta.put({
      key: 'regiobeeldOverview',
      value: { changes, overview: { region: 'helmond-de-peel', partnersByDomain: [], counts: before, completedResponses: 0, deleted: 0 } },
    });
    expect(await store.storedOverview()).toMatchObject({ current: true, stored: { overview: { counts: { ...before, issueMerge: 0 } } } });
  });
});
