import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LIMITS } from '../../shared/limits.ts';
import { openRegiobeeldDb } from '../../extension/db/schema.ts';
import { createRecordStore } from '../../extension/services/record-store.ts';
import { clipBody, freshDbName, PARTNER_A, seededRandom, START, testStore } from './support/test-store.ts';

const GGD = 'https://www.ggdbzo.nl/monitor';

describe('record store: observations from the capture sheet', () => {
  it('saves an observation and a new issue in one step, the observation linked to the issue', async () => {
    const { store, db } = testStore();
    await store.setupPartner(PARTNER_A);
    const body = { ...clipBody('Huisartsen in Deurne nemen geen patiënten meer aan.'), areas: ['GM0762'], themes: ['zorgaanbod-arbeidsmarkt'] };
    const saved = await store.saveObservation({ body, newIssueTitle: 'Patiëntenstop huisartsen' });
    if (saved.status !== 'saved' || saved.issue === undefined) throw new Error(JSON.stringify(saved));
    expect(saved.record.body.issueIds).toEqual([saved.issue.id]);
    expect(await db.records.get(saved.issue.id)).toMatchObject({
      type: 'issue',
      deleted: false,
      body: { title: 'Patiëntenstop huisartsen', description: '', areas: ['GM0762'], themes: ['zorgaanbod-arbeidsmarkt'] },
    });
    expect(saved.issue.updatedAt < saved.record.updatedAt).toBe(true);
    expect(await store.listLive('issue')).toEqual([saved.issue]);
  });

  it('stores neither when one of them is invalid: the issue is rolled back with the observation', async () => {
    const { store, db } = testStore();
    await store.setupPartner(PARTNER_A);
    const tooLong = { ...clipBody('x'), interpretation: 'y'.repeat(LIMITS.longText + 1) };
    await expect(store.saveObservation({ body: tooLong, newIssueTitle: 'Wachtlijsten' })).rejects.toThrow();
    expect(await db.records.where('type').anyOf('issue', 'observation').count()).toBe(0);
  });

  it('keeps an observation for after setup, but not a new issue', async () => {
    const { store, db } = testStore();
    expect(await store.saveObservation({ body: clipBody('Wachttijd GGZ loopt op') })).toEqual({ status: 'pending-setup' });
    await expect(store.saveObservation({ body: clipBody('Nog een'), newIssueTitle: 'GGZ' })).rejects.toMatchObject({ code: 'not-set-up' });
    expect(await db.records.count()).toBe(0);
    const { savedClips } = await store.setupPartner(PARTNER_A);
    expect(savedClips.map((clip) => clip.body.quote)).toEqual(['Wachttijd GGZ loopt op']);
  });

  it('edits by writing a new version of the same id, by this installation, with a later clock', async () => {
    const first = testStore({ seed: 3 });
    await first.store.setupPartner(PARTNER_A);
    const saved = await first.store.saveObservation({ body: clipBody('Vergrijzing in Asten') });
    if (saved.status !== 'saved') throw new Error('not saved');
    first.advance(60_000);
    const { record, issue } = await first.store.updateObservation(saved.record.id, {
      body: { ...saved.record.body, interpretation: 'Vraagt om meer mantelzorgondersteuning.' },
      newIssueTitle: 'Mantelzorg',
    });
    expect(record.id).toBe(saved.record.id);
    expect(record.updatedAt > saved.record.updatedAt).toBe(true);
    expect(record.origin).toBe(saved.record.origin);
    expect(record.body.issueIds).toEqual([issue?.id]);
    expect(await first.db.records.get(saved.record.id)).toEqual(record);
    expect(await first.db.records.where('type').equals('observation').count()).toBe(1);
  });

  it('refuses to edit what is deleted or not an observation', async () => {
    const { store } = testStore();
    const partner = (await store.setupPartner(PARTNER_A)).partner;
    const saved = await store.saveObservation({ body: clipBody('Weg ermee') });
    if (saved.status !== 'saved') throw new Error('not saved');
    await store.deleteRecord(saved.record.id);
    await expect(store.updateObservation(saved.record.id, { body: clipBody('terug?') })).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.updateObservation(partner.id, { body: clipBody('partner?') })).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.getObservation(saved.record.id)).toBeUndefined();
  });

  it('finds the live clips of a page by canonical address or by the page they were clipped on', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    const canonical = await store.addObservation(clipBody('Op de canonieke pagina', GGD));
    const onPage = await store.addObservation({
      ...clipBody('Op een andere url', 'https://www.ggdbzo.nl/elders'),
      source: { ...clipBody('').source, url: 'https://www.ggdbzo.nl/elders', pageUrl: GGD },
    });
    const deleted = await store.addObservation(clipBody('Verwijderd', GGD));
    await store.deleteRecord(deleted.id);
    await store.addObservation(clipBody('Andere bron', 'https://www.cbs.nl/'));
    const found = await store.observationsAt([GGD]);
    expect(found.map((r) => r.id).sort()).toEqual([canonical.id, onPage.id].sort());
    expect(await store.observationsAt([])).toEqual([]);
  });

  it('creates an issue on its own', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    const issue = await store.createIssue({ title: 'Druk op de huisartsenpost', description: '', themes: ['druk-acute-zorg'], areas: [] });
    expect(await store.listLive('issue')).toEqual([issue]);
  });
});

describe('the current database version', () => {
  it('opens a version-1 database with every record, adds the local anchors and exported tables and indexes sources', async () => {
    const name = freshDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ records: 'id, type, updatedAt, origin, [type+updatedAt]', meta: 'key' });
    await v1.open();
    const old = createRecordStore({ db: openRegiobeeldDb(`${name}-scratch`), now: () => START, random: seededRandom(9) });
    await old.setupPartner(PARTNER_A);
    const observation = await old.addObservation(clipBody('Van voor de upgrade', GGD));
    const all = await old.listRecords();
    await v1.table('records').bulkPut(all);
    await v1.table('meta').put({ key: 'lastClock', value: observation.updatedAt });
    v1.close();

    const db = openRegiobeeldDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.records.toArray()).length).toBe(all.length);
    expect(await db.anchors.count()).toBe(0);
    expect(await db.exported.count()).toBe(0);
    const store = createRecordStore({ db, now: () => START, random: seededRandom(9) });
    expect((await store.observationsAt([GGD])).map((r) => r.id)).toEqual([observation.id]);
    db.close();
  });
});
