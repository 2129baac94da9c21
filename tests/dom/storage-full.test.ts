import { beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import type { RecordFinding } from '../../shared/privacy/scan-records.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import type { RegiobeeldDb } from '../../extension/db/schema.ts';
import { isQuotaError, isStorageFull } from '../../extension/services/store-error.ts';
import { installFullDisk, quotaExceeded } from './support/full-disk.ts';
import { clipBody, PARTNER_A, PARTNER_B, START, type TestStore, testStore } from './support/test-store.ts';

/** Every row of every table, in key order: what "unchanged" is checked against. */
async function everything(db: RegiobeeldDb) {
  return { records: await db.records.toArray(), meta: await db.meta.toArray(), anchors: await db.anchors.toArray() };
}

interface Context {
  readonly id?: RecordId;
  readonly finding?: RecordFinding;
}

interface Scenario {
  readonly name: string;
  /** The fewest writes the action makes: more than one proves a failure halfway is undone. */
  readonly minWrites: number;
  prepare(test: TestStore): Promise<Context>;
  act(test: TestStore, context: Context): Promise<unknown>;
}

let bundleText = '';

beforeAll(async () => {
  const other = testStore({ seed: 99 });
  await other.store.setupPartner(PARTNER_B);
  await other.store.addObservation(clipBody('Wachttijd jeugd-ggz in Deurne: 26 weken.'));
  await other.store.addObservation(clipBody('Meer mantelzorgers melden zich bij het steunpunt.'));
  bundleText = (await other.store.exportBundle()).text;
});

async function setUpWithClip(test: TestStore): Promise<Context> {
  await test.store.setupPartner(PARTNER_A);
  await test.store.addObservation(clipBody('Huisartsen in Asten nemen geen patiënten meer aan.'));
  const clip = await test.store.addObservation({
    ...clipBody('Mevrouw Jansen belt met 06-12345678 over de wachtlijst.'),
    interpretation: 'Wachtlijst wijkverpleging loopt op.',
  });
  const [finding] = await test.store.privacyFindings();
  return { id: clip.id, ...(finding === undefined ? {} : { finding }) };
}

const required = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('the scenario prepared nothing to act on');
  return value;
};

const SCENARIOS: Scenario[] = [
  {
    name: 'the first-run setup, storing two clips that waited for it',
    minWrites: 4,
    async prepare(test) {
      await test.store.saveClip({ body: clipBody('Wachtlijst huisarts Helmond'), tabId: 3 });
      await test.store.saveClip({ body: clipBody('Tekort aan wijkverpleging in Gemert') });
      return {};
    },
    act: (test) => test.store.setupPartner(PARTNER_A),
  },
  {
    name: 'saving a clip from the sheet with a new issue',
    minWrites: 3,
    prepare: setUpWithClip,
    act: (test) => test.store.saveObservation({ body: clipBody('Jongeren wachten maanden op jeugdhulp.'), newIssueTitle: 'Wachttijden jeugdhulp' }),
  },
  {
    name: 'editing a clip and making a new issue for it',
    minWrites: 3,
    prepare: setUpWithClip,
    act: (test, { id }) =>
      test.store.updateObservation(required(id), {
        body: { ...clipBody('Huisartsen in Asten nemen geen patiënten meer aan.'), interpretation: 'Ook in Someren.' },
        newIssueTitle: 'Patiëntenstop',
      }),
  },
  {
    name: 'importing a bundle',
    minWrites: 2,
    prepare: setUpWithClip,
    act: (test) => test.store.importBundleText(bundleText, 'welzijn.json'),
  },
  {
    name: 'redacting a personal detail',
    minWrites: 2,
    prepare: setUpWithClip,
    act: (test, { finding }) => test.store.redactFinding(required(finding)),
  },
  {
    name: 'deleting a clip',
    minWrites: 2,
    prepare: setUpWithClip,
    act: (test, { id }) => test.store.deleteRecord(required(id)),
  },
  {
    name: 'confirming a finding as harmless',
    minWrites: 1,
    prepare: setUpWithClip,
    act: (test, { finding }) => test.store.confirmFinding(required(finding)),
  },
];

/** 'storage-full' when the action was refused for lack of space, as a rejection or (imports) a refused summary. */
async function outcome(action: Promise<unknown>): Promise<'storage-full' | 'done'> {
  try {
    const result = await action;
    const refused =
      typeof result === 'object' &&
      result !== null &&
      'errors' in result &&
      Array.isArray(result.errors) &&
      result.errors.some((e: { code?: unknown }) => e.code === 'storage-full');
    return refused ? 'storage-full' : 'done';
  } catch (error) {
    if (isStorageFull(error)) return 'storage-full';
    throw error;
  }
}

/** A fresh installation prepared for the scenario, with the disk filling up at its `nth` write. */
async function runFull(scenario: Scenario, nth: number, error: () => unknown = quotaExceeded) {
  const test = testStore({ seed: 7 });
  const disk = installFullDisk(test.db);
  const context = await scenario.prepare(test);
  const before = await everything(test.db);
  disk.fill(nth, error);
  const result = await outcome(scenario.act(test, context));
  const written = disk.written;
  disk.free();
  return { test, context, disk, before, after: await everything(test.db), result, written };
}

describe('a full disk during a write', () => {
  it.each(SCENARIOS)('$name: refused as storage-full at each of its writes, every stored row as it was', async (scenario) => {
    const dry = testStore({ seed: 7 });
    const dryDisk = installFullDisk(dry.db);
    const dryContext = await scenario.prepare(dry);
    dryDisk.free();
    expect(await outcome(scenario.act(dry, dryContext))).toBe('done');
    const writes = dryDisk.written;
    expect(writes).toBeGreaterThanOrEqual(scenario.minWrites);

    for (let nth = 1; nth <= writes; nth += 1) {
      const run = await runFull(scenario, nth);
      expect(run.result, `write ${nth} of ${writes}`).toBe('storage-full');
      expect(run.written, `write ${nth} of ${writes}`).toBe(nth - 1);
      expect(run.after, `write ${nth} of ${writes}`).toEqual(run.before);
    }

    // Once there is room again, the same action goes through on the same database.
    const retried = await runFull(scenario, writes);
    expect(await outcome(scenario.act(retried.test, retried.context))).toBe('done');
    expect(await everything(retried.test.db)).not.toEqual(retried.before);
  });

  it.each([
    ['a QuotaExceededError from IndexedDB', quotaExceeded],
    ["Dexie's QuotaExceededError", () => new Dexie.QuotaExceededError('Quota exceeded', quotaExceeded())],
    ['an AbortError caused by the quota', () => new Dexie.AbortError('Transaction aborted', quotaExceeded())],
    ['a DatabaseClosedError caused by the quota', () => new Dexie.DatabaseClosedError(quotaExceeded())],
    ['a bulk write failing for the quota', () => new Dexie.BulkError('bulkPut failed', { 0: quotaExceeded() })],
  ])('recognises %s halfway through the setup, and undoes it', async (_, error) => {
    const run = await runFull(SCENARIOS[0] as Scenario, 2, error);
    expect(run.result).toBe('storage-full');
    expect(run.after).toEqual(run.before);
  });

  it('does not call other failures a full disk, and still undoes them', async () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    const test = testStore({ seed: 7 });
    const disk = installFullDisk(test.db);
    const context = await (SCENARIOS[1] as Scenario).prepare(test);
    const before = await everything(test.db);
    disk.fill(2, () => new Dexie.ConstraintError('Key already exists'));
    await expect((SCENARIOS[1] as Scenario).act(test, context)).rejects.toMatchObject({ name: 'ConstraintError' });
    disk.free();
    expect(await everything(test.db)).toEqual(before);
  });

  it('still exports the backup the advice asks for; only the date of the export is not kept', async () => {
    const test = testStore({ seed: 7 });
    const disk = installFullDisk(test.db);
    await setUpWithClip(test);
    disk.fill(1);
    const { text } = await test.store.exportBundle();
    expect(disk.written).toBe(0);
    disk.free();
    const decoded = decodeBundle(text, { now: START + 60_000 });
    expect(decoded.ok && decoded.bundle.records.length).toBe(3);
    expect(await test.db.meta.get('lastExportAt')).toBeUndefined();
  });
});
