import { createHlc, type HybridLogicalClock } from '../../../shared/clock/hlc.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { type RecordId, uuidV7 } from '../../../shared/schema/ids.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import type { RegiobeeldDb } from '../../db/schema.ts';
import { rethrowAsStoreError, StoreError } from '../store-error.ts';

/** What every part of the record store is made over: the database, the clock transaction and who this installation is. */
export interface StoreKernel {
  readonly db: RegiobeeldDb;
  /** Wall-clock milliseconds. */
  readonly now: () => number;
  readonly newId: () => RecordId;
  /**
   * Every read-write transaction goes through here. A full disk aborts it — IndexedDB then keeps
   * none of its writes — and surfaces as StoreError('storage-full'), which the pages explain.
   */
  readonly readWrite: <T>(work: () => Promise<T>) => Promise<T>;
  /** Runs `work` in one read-write transaction with a clock that is saved when the work is done. */
  readonly writing: <T>(work: (clock: HybridLogicalClock) => Promise<T>) => Promise<T>;
  /** The origin is made on first use; callers run inside a read-write transaction. */
  readonly ensureOrigin: () => Promise<RecordId>;
  readonly partnerOf: (origin: RecordId) => Promise<LiveRecord<'partner'> | undefined>;
  /** This installation's partner; StoreError('not-set-up') before the first-run setup. */
  readonly requirePartner: () => Promise<LiveRecord<'partner'>>;
}

export interface StoreKernelDeps {
  readonly db: RegiobeeldDb;
  readonly now: () => number;
  /** `length` random bytes (WebCrypto in the browser). */
  readonly random: (length: number) => Uint8Array;
}

/**
 * Each write takes its clock timestamp inside the same read-write transaction that reads and
 * stores `lastClock`; IndexedDB runs such transactions one after another, so the background worker
 * and any open page never issue an equal or lower timestamp, whichever writes first.
 */
export function createStoreKernel({ db, now, random }: StoreKernelDeps): StoreKernel {
  const newId = (): RecordId => uuidV7(now(), random(16));

  async function loadClock(): Promise<HybridLogicalClock> {
    const from = await readMeta(db, 'lastClock');
    return createHlc({ now, maxDriftMs: LIMITS.clockDriftMs, ...(from === undefined ? {} : { from }) });
  }

  function readWrite<T>(work: () => Promise<T>): Promise<T> {
    return db.transaction('rw', db.records, db.meta, work).catch(rethrowAsStoreError);
  }

  function writing<T>(work: (clock: HybridLogicalClock) => Promise<T>): Promise<T> {
    return readWrite(async () => {
      const clock = await loadClock();
      const result = await work(clock);
      await writeMeta(db, 'lastClock', clock.last());
      await writeMeta(db, 'recordChanges', ((await readMeta(db, 'recordChanges')) ?? 0) + 1);
      return result;
    });
  }

  async function ensureOrigin(): Promise<RecordId> {
    const known = await readMeta(db, 'origin');
    if (known !== undefined) return known;
    const origin = newId();
    await writeMeta(db, 'origin', origin);
    return origin;
  }

  async function partnerOf(origin: RecordId): Promise<LiveRecord<'partner'> | undefined> {
    const record = await db.records.get(origin);
    return record?.type === 'partner' && isLive(record) ? record : undefined;
  }

  async function requirePartner(): Promise<LiveRecord<'partner'>> {
    const partner = await partnerOf(await ensureOrigin());
    if (partner === undefined) throw new StoreError('not-set-up');
    return partner;
  }

  return { db, now, newId, readWrite, writing, ensureOrigin, partnerOf, requirePartner };
}
