import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { declareRegiobeeldVersions, openRegiobeeldDb, SOURCE_URL_INDEX } from '../../extension/db/schema.ts';
import { deleted, fakeIssue, fakeObservation, ORIGIN_A, ORIGIN_B, recordId } from '../support/fake-records.ts';
import { liveVersion } from '../../shared/records/versions.ts';
import { freshDbName } from './support/test-store.ts';

/** The version-1 schema as it shipped, frozen here: a database made by that release. */
const VERSION_1 = { records: 'id, type, updatedAt, origin, [type+updatedAt]', meta: 'key' };

const ROWS = 600;
/** Record numbers start above the partners' ids (ORIGIN_A is record 10). */
const FIRST = 0x1000;

/** Partners, observations from several sources, issues and tombstones, in key order. */
function oldRecords(): RegionRecord[] {
  const records: RegionRecord[] = [
    liveVersion(
      'partner',
      ORIGIN_A,
      { organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', regionName: 'Helmond-De Peel' },
      { region: 'helmond-de-peel', origin: ORIGIN_A, updatedAt: '2026-09-01T08:00:00.000Z-0000' },
    ),
    liveVersion(
      'partner',
      ORIGIN_B,
      { organisation: 'Gemeente Helmond', domain: 'sociaal-domein', regionName: 'Helmond-De Peel' },
      { region: 'helmond-de-peel', origin: ORIGIN_B, updatedAt: '2026-09-01T08:00:00.000Z-0001' },
    ),
  ];
  for (let n = 1; n <= ROWS; n += 1) {
    const at = {
      updatedAt: `2026-10-01T09:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000Z-0000`,
      origin: n % 2 === 0 ? ORIGIN_A : ORIGIN_B,
    };
    const record =
      n % 5 === 0
        ? fakeIssue(FIRST + n, { title: `Knelpunt ${n}` }, at)
        : fakeObservation(
            FIRST + n,
            {
              quote: `Waarneming ${n}: wachtlijst in de Peel.`,
              source: { url: `https://www.example.org/bron-${n % 7}`, title: `Bron ${n % 7}`, accessedAt: '2026-10-01T09:00:00.000Z' },
            },
            at,
          );
    records.push(n % 11 === 0 ? deleted(record, { ...at, updatedAt: `${at.updatedAt.slice(0, -4)}0001` }) : record);
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const OLD_META = [
  { key: 'lastClock', value: '2026-10-01T09:59:59.000Z-0001' },
  { key: 'origin', value: ORIGIN_A },
];

async function versionOneDatabase(): Promise<{ name: string; records: RegionRecord[] }> {
  const name = freshDbName();
  const v1 = new Dexie(name);
  v1.version(1).stores(VERSION_1);
  const records = oldRecords();
  await v1.table('records').bulkPut(records);
  await v1.table('meta').bulkPut(OLD_META);
  v1.close();
  return { name, records };
}

/** Opens whatever is on disk without declaring a schema: the version and tables as stored. */
async function asStored(name: string) {
  const db = new Dexie(name);
  await db.open();
  const stored = {
    version: db.verno,
    tables: db.tables.map((table) => table.name).sort(),
    records: await db.table('records').toArray(),
    meta: await db.table('meta').toArray(),
  };
  db.close();
  return stored;
}

describe('database upgrades', () => {
  it('upgrades a version-1 database full of records to the current version with every record as it was', async () => {
    const { name, records } = await versionOneDatabase();
    const db = openRegiobeeldDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.records.toArray()).toEqual(records);
    expect(await db.meta.toArray()).toEqual(OLD_META);
    expect(await db.anchors.count()).toBe(0);
    expect(await db.exported.count()).toBe(0);
    const fromSource = records.filter((r) => r.type === 'observation' && r.body?.source.url === 'https://www.example.org/bron-3');
    expect(fromSource.length).toBeGreaterThan(10);
    expect((await db.records.where(SOURCE_URL_INDEX).equals('https://www.example.org/bron-3').primaryKeys()).sort()).toEqual(fromSource.map((r) => r.id));
    db.close();
  });

  it('leaves a version-1 database as it was when an upgrade step fails halfway, and the current version still opens it afterwards', async () => {
    const { name, records } = await versionOneDatabase();
    const failing = new Dexie(name);
    declareRegiobeeldVersions(failing);
    let rewritten = 0;
    // A later release's step that rewrites every record and breaks on the record in the middle.
    failing
      .version(4)
      .stores({ records: 'id, type, updatedAt, origin, [type+updatedAt], body.source.url, body.source.pageUrl, region' })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((record: RegionRecord & { region: string }) => {
            rewritten += 1;
            if (rewritten > records.length / 2) throw new Error('upgrade step failed halfway');
            record.region = 'herschreven';
          }),
      );
    await expect(failing.open()).rejects.toThrow(/upgrade step failed halfway/);
    failing.close();
    expect(rewritten).toBeGreaterThan(records.length / 2);

    const stored = await asStored(name);
    expect(stored.version).toBe(1);
    expect(stored.tables).toEqual(['meta', 'records']);
    expect(stored.records).toEqual(records);
    expect(stored.meta).toEqual(OLD_META);

    const db = openRegiobeeldDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.records.toArray()).toEqual(records);
    expect(await db.records.get(recordId(FIRST + 5))).toMatchObject({ type: 'issue', region: 'helmond-de-peel' });
    db.close();
  });
});
