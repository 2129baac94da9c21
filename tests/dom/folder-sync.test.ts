import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { createFolderSync } from '../../extension/features/exchange/folder-sync.ts';
import { clipBody, PARTNER_A, PARTNER_B, START, testStore } from './support/test-store.ts';
import { memoryFolder } from './support/memory-folder.ts';

async function partner(seed: number, input = PARTNER_A) {
  const test = testStore({ seed });
  await test.store.setupPartner(input);
  return { ...test, sync: createFolderSync(test.db, test.store, () => START) };
}

describe('sync through a shared folder', () => {
  it("writes only this partner's own versions to its own file and reads the other partners' files", async () => {
    const folder = memoryFolder();
    const a = await partner(1, PARTNER_A);
    const b = await partner(2, PARTNER_B);
    await a.store.addObservation(clipBody('Wachtlijst ggz jeugd is 14 weken.'));
    await b.store.addObservation(clipBody('Eenzaamheid bij 75-plussers stijgt.'));

    const first = await a.sync.sync(folder);
    expect(first).toMatchObject({ status: 'done', read: [] });
    const second = await b.sync.sync(folder);
    expect(second.status === 'done' && second.read.map((summary) => [summary.ok, summary.added])).toEqual([[true, 2]]);
    const third = await a.sync.sync(folder);
    expect(third.status === 'done' && third.read.map((summary) => [summary.ok, summary.added])).toEqual([[true, 2]]);

    const quotes = async (store: typeof a.store) => (await store.listLive('observation')).map((record) => record.body.quote).sort();
    expect(await quotes(a.store)).toEqual(await quotes(b.store));
    expect(await quotes(a.store)).toHaveLength(2);

    // Each file holds its writer's versions only: A's file never carries B's clip back.
    const { origin: originA } = await a.store.getIdentity();
    const fileA = folder.files.get(`partner-${originA}.json`) ?? '';
    const decoded = decodeBundle(fileA, { now: START });
    expect(decoded.ok && decoded.bundle.records.every((record) => record.origin === originA)).toBe(true);
    expect([...folder.files.keys()].filter((name) => name.startsWith('partner-'))).toHaveLength(2);
  });

  it('reads no file but partner files, and refuses a broken one with its name while the others still merge', async () => {
    const folder = memoryFolder();
    const a = await partner(3);
    const b = await partner(4, PARTNER_B);
    await b.store.addObservation(clipBody('Huisartsenpraktijk in Deurne sluit.'));
    await b.sync.sync(folder);
    folder.files.set('notities.txt', 'geen bundel');
    folder.files.set('partner-01a1f640-0000-7000-8000-0000000000ff.json', '{"format": "regiobeeld-bundle", "records": [');
    const result = await a.sync.sync(folder);
    if (result.status !== 'done') throw new Error('sync refused');
    expect(result.read.map((summary) => [summary.fileName.startsWith('partner-01a1f640-0000'), summary.ok])).toEqual(
      expect.arrayContaining([
        [true, false],
        [false, true],
      ]),
    );
    expect(result.read).toHaveLength(2);
    expect((await a.store.listLive('observation')).map((record) => record.body.quote)).toEqual(['Huisartsenpraktijk in Deurne sluit.']);
  });

  it('asks for permission again, and does nothing without it', async () => {
    const folder = memoryFolder();
    const a = await partner(5);
    folder.permission = 'prompt';
    folder.grantOnRequest = false;
    expect(await a.sync.sync(folder)).toEqual({ status: 'no-permission' });
    expect(folder.files.size).toBe(0);
    folder.grantOnRequest = true;
    expect((await a.sync.sync(folder)).status).toBe('done');
  });

  it('keeps the earlier file whole when a write fails midway', async () => {
    const folder = memoryFolder();
    const a = await partner(6);
    await a.sync.sync(folder);
    const { origin } = await a.store.getIdentity();
    const before = folder.files.get(`partner-${origin}.json`);
    await a.store.addObservation(clipBody('Nieuwe waarneming.'));
    folder.failNextWrite = true;
    await expect(a.sync.sync(folder)).rejects.toThrow('the drive went away');
    expect(folder.files.get(`partner-${origin}.json`)).toBe(before);
  });

  // Keeping the folder itself needs a real handle, which IndexedDB clones: tests/e2e/folder-sync.test.ts.
  it('remembers the time of the last sync', async () => {
    const a = await partner(7);
    expect(await a.sync.lastSync()).toBeUndefined();
    await a.sync.sync(memoryFolder());
    expect(await a.sync.lastSync()).toBe(new Date(START).toISOString());
  });
});
