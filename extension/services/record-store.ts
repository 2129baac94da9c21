import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { bundleFileName } from '../../shared/bundle/file-name.ts';
import { ClockDriftError, createHlc, type HybridLogicalClock } from '../../shared/clock/hlc.ts';
import { LIMITS } from '../../shared/limits.ts';
import { planImport } from '../../shared/merge/import-plan.ts';
import { liveVersion, tombstone } from '../../shared/records/versions.ts';
import { type RecordId, uuidV7 } from '../../shared/schema/ids.ts';
import { ObservationBody } from '../../shared/schema/observation.ts';
import { PartnerBody } from '../../shared/schema/partner.ts';
import { isLive, type LiveRecord, type RecordOfType, type RecordType, type RegionRecord } from '../../shared/schema/record.ts';
import { regionCodeFromName } from '../../shared/schema/region.ts';
import type { SurveyDefinitionRef } from '../../shared/schema/survey-response.ts';
import { readMeta, writeMeta } from '../db/meta-access.ts';
import { MAX_PENDING_CLIPS, type PendingClip } from '../db/meta.ts';
import type { RegiobeeldDb } from '../db/schema.ts';
import { type ImportSummary, refusedImport } from './import-summary.ts';
import { StoreError } from './store-error.ts';

export interface RecordStoreDeps {
  readonly db: RegiobeeldDb;
  /** Wall-clock milliseconds. */
  readonly now: () => number;
  /** `length` random bytes (WebCrypto in the browser). */
  readonly random: (length: number) => Uint8Array;
}

export interface Identity {
  readonly origin: RecordId;
  /** The partner this installation speaks for; undefined until the first-run setup. */
  readonly partner: LiveRecord<'partner'> | undefined;
}

export type PartnerInput = Pick<PartnerBody, 'organisation' | 'domain' | 'regionName'> & { readonly contactName?: string };

export interface SetupResult {
  readonly partner: LiveRecord<'partner'>;
  /** Clips made before setup, now stored as observations. */
  readonly savedClips: readonly PendingClip[];
}

export interface ExportedBundle {
  readonly fileName: string;
  readonly text: string;
}

export type RecordStore = ReturnType<typeof createRecordStore>;

/**
 * Everything the extension stores goes through here. Each write takes its clock timestamp inside
 * the same read-write transaction that reads and stores `lastClock`; IndexedDB runs such
 * transactions one after another, so the background worker and any open page never issue an
 * equal or lower timestamp, whichever writes first.
 */
export function createRecordStore({ db, now, random }: RecordStoreDeps) {
  const newId = (): RecordId => uuidV7(now(), random(16));

  async function loadClock(): Promise<HybridLogicalClock> {
    const from = await readMeta(db, 'lastClock');
    return createHlc({ now, maxDriftMs: LIMITS.clockDriftMs, ...(from === undefined ? {} : { from }) });
  }

  /** Runs `work` in one read-write transaction with a clock that is saved when the work is done. */
  function writing<T>(work: (clock: HybridLogicalClock) => Promise<T>): Promise<T> {
    return db.transaction('rw', db.records, db.meta, async () => {
      const clock = await loadClock();
      const result = await work(clock);
      await writeMeta(db, 'lastClock', clock.last());
      return result;
    });
  }

  /** The origin is made on first use; callers run inside a read-write transaction. */
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

  async function storeObservation(clock: HybridLogicalClock, partner: LiveRecord<'partner'>, body: ObservationBody): Promise<RecordOfType<'observation'>> {
    const record = liveVersion('observation', newId(), ObservationBody.parse(body), { region: partner.region, origin: partner.origin, updatedAt: clock.tick() });
    await db.records.add(record);
    return record;
  }

  return {
    getIdentity(): Promise<Identity> {
      return db.transaction('rw', db.records, db.meta, async () => {
        const origin = await ensureOrigin();
        return { origin, partner: await partnerOf(origin) };
      });
    },

    /** First-run setup: the partner record (id = origin), then every clip that waited for it. */
    setupPartner(input: PartnerInput): Promise<SetupResult> {
      const body = PartnerBody.parse(input);
      const region = regionCodeFromName(body.regionName);
      if (region === '') return Promise.reject(new StoreError('invalid-region'));
      return writing(async (clock) => {
        const origin = await ensureOrigin();
        if ((await partnerOf(origin)) !== undefined) throw new StoreError('already-set-up');
        const partner: LiveRecord<'partner'> = { id: origin, type: 'partner', region, origin, updatedAt: clock.tick(), deleted: false, body };
        await db.records.put(partner);
        const savedClips = (await readMeta(db, 'pendingClips')) ?? [];
        for (const clip of savedClips) await storeObservation(clock, partner, clip.body);
        await db.meta.delete('pendingClips');
        return { partner, savedClips };
      });
    },

    addObservation(body: ObservationBody): Promise<RecordOfType<'observation'>> {
      return writing(async (clock) => storeObservation(clock, await requirePartner(), body));
    },

    /**
     * Stores a clip as an observation, or keeps it for after the first-run setup. One transaction
     * decides, so a clip made while setup completes is never left waiting.
     */
    saveClip(clip: PendingClip): Promise<{ readonly status: 'saved'; readonly record: RecordOfType<'observation'> } | { readonly status: 'pending-setup' }> {
      return writing(async (clock) => {
        const partner = await partnerOf(await ensureOrigin());
        if (partner !== undefined) return { status: 'saved', record: await storeObservation(clock, partner, clip.body) } as const;
        const pending = (await readMeta(db, 'pendingClips')) ?? [];
        if (pending.length >= MAX_PENDING_CLIPS) throw new StoreError('too-many-pending');
        await writeMeta(db, 'pendingClips', [...pending, clip]);
        return { status: 'pending-setup' } as const;
      });
    },

    /** Every stored version, tombstones included, newest first. */
    listRecords(): Promise<RegionRecord[]> {
      return db.records.orderBy('updatedAt').reverse().toArray();
    },

    /** How many records of a type are live; read-only, so it can run inside a live query. */
    countLive(type: RecordType): Promise<number> {
      return db.records.where('type').equals(type).filter((record) => !record.deleted).count();
    },

    /** Deletes by writing a tombstone, so the deletion travels in bundles and wins over older copies. */
    deleteRecord(id: RecordId): Promise<RegionRecord> {
      return writing(async (clock) => {
        const origin = await ensureOrigin();
        const record = await db.records.get(id);
        if (record === undefined || record.deleted || record.type === 'partner') throw new StoreError('not-found');
        const removed = tombstone(record, { origin, updatedAt: clock.tick() });
        await db.records.put(removed);
        return removed;
      });
    },

    async exportBundle(): Promise<ExportedBundle> {
      const { partner, records } = await db.transaction('rw', db.records, db.meta, async () => ({
        partner: await requirePartner(),
        records: await db.records.toArray(),
      }));
      const exportedAt = new Date(now());
      const bundle = makeBundle({
        region: partner.region,
        producer: { kind: 'partner', partnerId: partner.id, organisation: partner.body.organisation, domain: partner.body.domain },
        exportedAt: exportedAt.toISOString(),
        records,
        surveyDefinitions: surveyReferences(records),
      });
      await writeMeta(db, 'lastExportAt', bundle.exportedAt);
      return { fileName: bundleFileName(partner.region, partner.body.organisation, exportedAt), text: encodeBundle(bundle) };
    },

    /**
     * Imports one bundle file whole or not at all: decoding refuses any bad record, and the
     * writes happen in one transaction that a refusal (other region, clock drift) rolls back.
     */
    async importBundleText(input: string | Uint8Array, fileName: string): Promise<ImportSummary> {
      const decoded = decodeBundle(input, { now: now() });
      if (!decoded.ok) return refusedImport(fileName, decoded.errors);
      const { bundle } = decoded;
      try {
        return await writing(async (clock) => {
          const partner = await partnerOf(await ensureOrigin());
          if (partner === undefined) return refusedImport(fileName, [{ code: 'not-set-up', message: 'set up this installation before importing' }]);
          if (bundle.region !== partner.region) {
            return refusedImport(fileName, [
              { code: 'other-region', message: `the bundle is of region "${bundle.region}", this installation of "${partner.region}"`, path: 'region', detail: bundle.region },
            ]);
          }
          const latest = bundle.records.reduce<string | undefined>((max, r) => (max === undefined || r.updatedAt > max ? r.updatedAt : max), undefined);
          if (latest !== undefined) clock.observe(latest);
          const stored = await db.records.bulkGet(bundle.records.map((r) => r.id));
          const plan = planImport(bundle.records, stored);
          await db.records.bulkPut(plan.writes);
          return { fileName, ok: true, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, errors: [] };
        });
      } catch (error) {
        if (!(error instanceof ClockDriftError)) throw error;
        return refusedImport(fileName, [{ code: 'clock-drift', message: error.message, detail: error.timestamp }]);
      }
    },
  };
}

function surveyReferences(records: readonly RegionRecord[]): SurveyDefinitionRef[] {
  return records.flatMap((record) => (record.type === 'surveyResponse' && isLive(record) ? [record.body.survey] : []));
}
