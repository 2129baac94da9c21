import { decodeBundle } from '../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import { bundleFileName } from '../../shared/bundle/file-name.ts';
import { beyondReaderLimits } from '../../shared/bundle/bundle-limits.ts';
import { surveyReferences } from '../../shared/bundle/survey-references.ts';
import { ClockDriftError, createHlc, type HlcTimestamp, type HybridLogicalClock } from '../../shared/clock/hlc.ts';
import { LIMITS } from '../../shared/limits.ts';
import { planImport } from '../../shared/merge/import-plan.ts';
import { clashReason } from '../../shared/merge/version-clashes.ts';
import { authenticityReason } from '../../shared/bundle/record-authenticity.ts';
import type { PublicKeyJwk } from '../../shared/schema/public-key.ts';
import { liveVersion, tombstone } from '../../shared/records/versions.ts';
import { type RecordId, uuidV7 } from '../../shared/schema/ids.ts';
import { IssueBody } from '../../shared/schema/issue.ts';
import { ObservationBody } from '../../shared/schema/observation.ts';
import { PartnerBody } from '../../shared/schema/partner.ts';
import { isLive, type LiveRecord, type RecordOfType, type RecordType, RegionRecord } from '../../shared/schema/record.ts';
import { findingKey, redactFinding } from '../../shared/privacy/redact.ts';
import type { RegionOverview } from '../../shared/regiobeeld/overview.ts';
import { type RecordFinding, scanRecords } from '../../shared/privacy/scan-records.ts';
import { regionCodeFromName } from '../../shared/schema/region.ts';
import { readMeta, writeMeta } from '../db/meta-access.ts';
import { MAX_CONFIRMED_FINDINGS, MAX_PENDING_CLIPS, type PendingClip } from '../db/meta.ts';
import { type RegiobeeldDb, SOURCE_PAGE_URL_INDEX, SOURCE_URL_INDEX } from '../db/schema.ts';
import { type StoredOverview, StoredOverviewFigures } from '../db/stored-overview.ts';
import type { BundleSigning } from './bundle-signing.ts';
import { type ImportProblem, type ImportSummary, type RecordImportCode, refusedImport } from './import-summary.ts';
import { asStoreError, isQuotaError, isStorageFull, StoreError } from './store-error.ts';

export interface RecordStoreDeps {
  readonly db: RegiobeeldDb;
  /** Wall-clock milliseconds. */
  readonly now: () => number;
  /** `length` random bytes (WebCrypto in the browser). */
  readonly random: (length: number) => Uint8Array;
  /**
   * Signs this installation's versions and exports, and checks every imported version's signature;
   * without it (tests of other parts only) everything goes out unsigned and comes in unchecked.
   */
  readonly signing?: BundleSigning;
}

export interface ImportOptions {
  /** The partner confirmed that a bundle signed by a key other than the one first seen is theirs. */
  readonly acceptChangedKey?: boolean;
  /** The partner confirmed that unsigned versions (from an installation before signatures) may come in. */
  readonly acceptUnsigned?: boolean;
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

/** An observation from the capture sheet, with an issue to make in the same step if the partner typed one. */
export interface ObservationInput {
  readonly body: ObservationBody;
  /** The title of a new issue: created in the same transaction and linked from the observation. */
  readonly newIssueTitle?: string;
}

export type ObservationSaved =
  | { readonly status: 'saved'; readonly record: LiveRecord<'observation'>; readonly issue: LiveRecord<'issue'> | undefined }
  | { readonly status: 'pending-setup' };

/** A whole export, what changed since the last one, or only this installation's own versions (the file it writes to a sync folder). */
export type ExportScope = 'all' | 'changed' | 'own';

/** What a write as the partner gets: who writes, the next clock timestamp, a new record id. */
export interface PartnerWrite {
  readonly partner: LiveRecord<'partner'>;
  readonly stamp: () => HlcTimestamp;
  readonly newId: () => RecordId;
  /** The records table, read and written inside the same transaction. */
  readonly records: RegiobeeldDb['records'];
}

export type RecordStore = ReturnType<typeof createRecordStore>;

/**
 * Everything the extension stores goes through here. Each write takes its clock timestamp inside
 * the same read-write transaction that reads and stores `lastClock`; IndexedDB runs such
 * transactions one after another, so the background worker and any open page never issue an
 * equal or lower timestamp, whichever writes first.
 */
export function createRecordStore({ db, now, random, signing }: RecordStoreDeps) {
  const newId = (): RecordId => uuidV7(now(), random(16));

  async function loadClock(): Promise<HybridLogicalClock> {
    const from = await readMeta(db, 'lastClock');
    return createHlc({ now, maxDriftMs: LIMITS.clockDriftMs, ...(from === undefined ? {} : { from }) });
  }

  /**
   * Every read-write transaction goes through here. A full disk aborts it — IndexedDB then keeps
   * none of its writes — and surfaces as StoreError('storage-full'), which the pages explain.
   */
  function readWrite<T>(work: () => Promise<T>): Promise<T> {
    return db.transaction('rw', db.records, db.meta, work).catch(rethrowAsStoreError);
  }

  /** Runs `work` in one read-write transaction with a clock that is saved when the work is done. */
  function writing<T>(work: (clock: HybridLogicalClock) => Promise<T>): Promise<T> {
    return readWrite(async () => {
      const clock = await loadClock();
      const result = await work(clock);
      await writeMeta(db, 'lastClock', clock.last());
      await writeMeta(db, 'recordChanges', ((await readMeta(db, 'recordChanges')) ?? 0) + 1);
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

  async function storeObservation(clock: HybridLogicalClock, partner: LiveRecord<'partner'>, body: ObservationBody): Promise<LiveRecord<'observation'>> {
    const parsed = ObservationBody.parse(body);
    const record = liveVersion('observation', newId(), parsed, { region: partner.region, origin: partner.origin, updatedAt: clock.tick() });
    await db.records.add(record);
    return { ...record, deleted: false, body: parsed };
  }

  async function storeIssue(clock: HybridLogicalClock, partner: LiveRecord<'partner'>, body: IssueBody): Promise<LiveRecord<'issue'>> {
    const parsed = IssueBody.parse(body);
    const record = liveVersion('issue', newId(), parsed, { region: partner.region, origin: partner.origin, updatedAt: clock.tick() });
    await db.records.add(record);
    return { ...record, deleted: false, body: parsed };
  }

  /** The new issue an observation asks for, made from the observation's own areas and themes. */
  async function issueFor(clock: HybridLogicalClock, partner: LiveRecord<'partner'>, input: ObservationInput): Promise<LiveRecord<'issue'> | undefined> {
    if (input.newIssueTitle === undefined) return undefined;
    return storeIssue(clock, partner, { title: input.newIssueTitle, description: '', themes: input.body.themes, areas: input.body.areas });
  }

  function linked(body: ObservationBody, issue: LiveRecord<'issue'> | undefined): ObservationBody {
    return issue === undefined ? body : { ...body, issueIds: [...body.issueIds, issue.id] };
  }

  /** Keeps a clip for after the first-run setup; callers run inside a read-write transaction. */
  async function keepPending(clip: PendingClip): Promise<{ readonly status: 'pending-setup' }> {
    const pending = (await readMeta(db, 'pendingClips')) ?? [];
    if (pending.length >= MAX_PENDING_CLIPS) throw new StoreError('too-many-pending');
    await writeMeta(db, 'pendingClips', [...pending, clip]);
    return { status: 'pending-setup' };
  }

  /**
   * What an export of this scope carries. `own`: the versions this installation wrote (its partner
   * record, clips, answers, edits, redactions and deletions); `changed`: every record whose version
   * the last export did not carry, imported ones included. Callers run inside a transaction over
   * records, meta and exported.
   */
  async function outgoing(scope: ExportScope, origin: RecordId | undefined): Promise<RegionRecord[]> {
    // Every sync exports its own versions: read through the origin index, not the whole table.
    if (scope === 'own') return origin === undefined ? [] : db.records.where('origin').equals(origin).toArray();
    const records = await db.records.toArray();
    if (scope === 'all') return records;
    const carried = new Map((await db.exported.toArray()).map((row) => [row.id, row.updatedAt]));
    return records.filter((record) => carried.get(record.id) !== record.updatedAt);
  }

  /**
   * Signs every version this installation wrote that is not signed yet, and first makes its
   * partner record publish the key, so that records written before signatures go out signed too.
   * WebCrypto's promises would end an IndexedDB transaction: versions are read, signed outside
   * one, and stored only where the same version is still there unsigned.
   */
  async function signOwnVersions(): Promise<void> {
    if (signing === undefined) return;
    const publicKey = await signing.publicKey();
    const origin = await writing(async (clock) => {
      const partner = await requirePartner();
      const published = partner.body.publicKey;
      if (published === undefined || published.x !== publicKey.x || published.y !== publicKey.y) {
        const { signature, ...unsigned } = partner;
        await db.records.put({ ...unsigned, updatedAt: clock.tick(), body: { ...partner.body, publicKey } });
      }
      return partner.origin;
    });
    const unsigned = await db.records.where('origin').equals(origin).filter((record) => record.signature === undefined).toArray();
    if (unsigned.length === 0) return;
    const signed = await signing.signRecords(unsigned);
    await readWrite(async () => {
      const current = await db.records.bulkGet(signed.map((record) => record.id));
      await db.records.bulkPut(signed.filter((record, index) => current[index]?.updatedAt === record.updatedAt && current[index]?.origin === record.origin && current[index]?.signature === undefined));
    });
  }

  async function exportOf(scope: ExportScope): Promise<ExportedBundle | undefined> {
    await signOwnVersions().catch(rethrowAsStoreError);
    const { partner, records } = await db
      .transaction('rw', db.records, db.meta, db.exported, async () => {
        const owner = await requirePartner();
        return { partner: owner, records: await outgoing(scope, owner.origin) };
      })
      .catch(rethrowAsStoreError);
    if (scope === 'changed' && records.length === 0) return undefined;
    const exportedAt = new Date(now());
    const bundle = makeBundle({
      region: partner.region,
      producer: { kind: 'partner', partnerId: partner.id, organisation: partner.body.organisation, domain: partner.body.domain },
      exportedAt: exportedAt.toISOString(),
      records,
      surveyDefinitions: surveyReferences(records),
    });
    // A file no reader accepts is refused before it is made; the record count is checked before encoding it at all.
    if (beyondReaderLimits(bundle).length > 0) throw new StoreError('bundle-too-large');
    const signed = signing === undefined ? bundle : await signing.sign(bundle).catch(rethrowAsStoreError);
    const text = encodeBundle(signed);
    if (beyondReaderLimits(signed, new TextEncoder().encode(text).byteLength).length > 0) throw new StoreError('bundle-too-large');
    // The export is the backup a full disk calls for, so it goes ahead; only what it carried is
    // not kept, and the next "since my last export" carries it again.
    if (scope !== 'own') {
      await db
        .transaction('rw', db.meta, db.exported, async () => {
          await writeMeta(db, 'lastExportAt', signed.exportedAt);
          await db.exported.bulkPut(records.map(({ id, updatedAt }) => ({ id, updatedAt })));
        })
        .catch((error: unknown) => {
          if (!isQuotaError(error)) throw error;
        });
    }
    const fileName = bundleFileName(partner.region, partner.body.organisation, exportedAt);
    return { fileName: scope === 'changed' ? fileName.replace(/\.json$/, '-wijzigingen.json') : fileName, text };
  }

  /** The keys stored partner records publish: trusted since they were first imported (or set up). */
  async function pinnedKeys(): Promise<Map<RecordId, PublicKeyJwk>> {
    const partners = await db.records.where('type').equals('partner').toArray();
    const keys = new Map<RecordId, PublicKeyJwk>();
    for (const record of partners) if (record.type === 'partner' && record.body?.publicKey !== undefined) keys.set(record.id, record.body.publicKey);
    return keys;
  }

  /** The organisations stored partner records name: what a bundle says about a partner cannot change them. */
  async function knownNames(): Promise<Map<RecordId, string>> {
    const partners = await db.records.where('type').equals('partner').toArray();
    const names = new Map<RecordId, string>();
    for (const record of partners) if (record.type === 'partner' && record.body !== undefined) names.set(record.id, record.body.organisation);
    return names;
  }

  async function liveObservation(id: RecordId): Promise<LiveRecord<'observation'> | undefined> {
    const record = await db.records.get(id);
    return record?.type === 'observation' && isLive(record) ? record : undefined;
  }

  return {
    getIdentity(): Promise<Identity> {
      return readWrite(async () => {
        const origin = await ensureOrigin();
        return { origin, partner: await partnerOf(origin) };
      });
    },

    /** First-run setup: the partner record (id = origin), then every clip that waited for it. */
    async setupPartner(input: PartnerInput): Promise<SetupResult> {
      const parsed = PartnerBody.parse(input);
      const region = regionCodeFromName(parsed.regionName);
      if (region === '') throw new StoreError('invalid-region');
      const body = signing === undefined ? parsed : { ...parsed, publicKey: await signing.publicKey().catch(rethrowAsStoreError) };
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
        return keepPending(clip);
      });
    },

    /**
     * Saves what the capture sheet holds: the observation and, when the partner typed one, a new
     * issue it links to — both in one transaction, so neither exists without the other. Before the
     * first-run setup the observation waits as a pending clip; a new issue cannot wait with it.
     */
    saveObservation(input: ObservationInput): Promise<ObservationSaved> {
      return writing(async (clock) => {
        const partner = await partnerOf(await ensureOrigin());
        if (partner === undefined) {
          if (input.newIssueTitle !== undefined) throw new StoreError('not-set-up');
          return keepPending({ body: ObservationBody.parse(input.body) });
        }
        const issue = await issueFor(clock, partner, input);
        return { status: 'saved', record: await storeObservation(clock, partner, linked(input.body, issue)), issue } as const;
      });
    },

    /** An edit: a new version of the same observation, written by this installation. */
    updateObservation(id: RecordId, input: ObservationInput): Promise<{ readonly record: LiveRecord<'observation'>; readonly issue: LiveRecord<'issue'> | undefined }> {
      return writing(async (clock) => {
        const partner = await requirePartner();
        const current = await liveObservation(id);
        if (current === undefined) throw new StoreError('not-found');
        const issue = await issueFor(clock, partner, input);
        const body = ObservationBody.parse(linked(input.body, issue));
        const record = liveVersion('observation', id, body, { region: current.region, origin: partner.origin, updatedAt: clock.tick() });
        await db.records.put(record);
        return { record: { ...record, deleted: false, body }, issue };
      });
    },

    /**
     * A write as this installation's partner, inside the one transaction that issues clock
     * timestamps; for the stores of other record kinds (survey-response-store.ts).
     */
    writeAsPartner<T>(work: (context: PartnerWrite) => Promise<T>): Promise<T> {
      return writing(async (clock) => work({ partner: await requirePartner(), stamp: () => clock.tick(), newId, records: db.records }));
    },

    createIssue(body: IssueBody): Promise<LiveRecord<'issue'>> {
      return writing(async (clock) => storeIssue(clock, await requirePartner(), body));
    },

    /** The live observation with this id, or undefined; read-only. */
    getObservation(id: RecordId): Promise<LiveRecord<'observation'> | undefined> {
      return liveObservation(id);
    },

    /** This installation's partner, or undefined before setup; read-only, so usable in a live query. */
    async currentPartner(): Promise<LiveRecord<'partner'> | undefined> {
      const origin = await readMeta(db, 'origin');
      return origin === undefined ? undefined : partnerOf(origin);
    },

    /** Live records of one type, newest first; read-only. */
    async listLive<T extends RecordType>(type: T): Promise<Array<LiveRecord<T>>> {
      const rows = await db.records.where('type').equals(type).toArray();
      return rows
        .filter((record): record is LiveRecord<T> => record.type === type && !record.deleted && record.body !== undefined)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },

    /**
     * Live observations clipped from any of these (normalised) addresses, by their canonical url or
     * the page they were clipped on; read-only.
     */
    async observationsAt(urls: readonly string[]): Promise<Array<LiveRecord<'observation'>>> {
      if (urls.length === 0) return [];
      const [byUrl, byPage] = await Promise.all([db.records.where(SOURCE_URL_INDEX).anyOf([...urls]).toArray(), db.records.where(SOURCE_PAGE_URL_INDEX).anyOf([...urls]).toArray()]);
      const unique = new Map([...byUrl, ...byPage].map((record) => [record.id, record]));
      return [...unique.values()].filter((record): record is LiveRecord<'observation'> => record.type === 'observation' && isLive(record));
    },

    /** Every stored version, tombstones included, newest first. */
    async listRecords(): Promise<RegionRecord[]> {
      // Read forward and reversed here: forward is one `getAll`, while a reverse read walks a
      // cursor row by row where the browser lacks getAll with a direction — seconds at 50,000 rows.
      return (await db.records.orderBy('updatedAt').toArray()).reverse();
    },

    /**
     * Every record with the change counter they were read at, in one read-only transaction, so a
     * summary made from them can be stored under the counter that says how current it is.
     */
    readRegiobeeld(): Promise<{ records: RegionRecord[]; changes: number }> {
      return db.transaction('r', db.records, db.meta, async () => {
        const changes = (await readMeta(db, 'recordChanges')) ?? 0;
        return { records: (await db.records.orderBy('updatedAt').toArray()).reverse(), changes };
      });
    },

    /**
     * The newest `limit` live records that `shown` accepts, in listRecords' order, and the partner
     * records: read through the updatedAt index, so the first rows show without reading them all.
     */
    newestRecords(limit: number, shown: (record: RegionRecord) => boolean): Promise<{ records: RegionRecord[]; partners: RegionRecord[] }> {
      return db.transaction('r', db.records, async () => ({
        records: await db.records.orderBy('updatedAt').reverse().filter((record) => !record.deleted && shown(record)).limit(limit).toArray(),
        partners: await db.records.where('type').equals('partner').toArray(),
      }));
    },

    /** The stored overview and whether it was made from the records as they are now. */
    storedOverview(): Promise<{ stored: StoredOverview; current: boolean } | undefined> {
      return db.transaction('r', db.meta, async () => {
        const stored = await readMeta(db, 'regiobeeldOverview');
        if (stored === undefined) return undefined;
        return { stored, current: stored.changes === ((await readMeta(db, 'recordChanges')) ?? 0) };
      });
    },

    /** Keeps the overview an analysis of the records at change counter `changes` made; no record write, so the counter stays. */
    saveOverview(changes: number, overview: RegionOverview): Promise<void> {
      return db
        .transaction('rw', db.meta, async () => {
          if ((await readMeta(db, 'regiobeeldOverview'))?.changes === changes) return;
          await writeMeta(db, 'regiobeeldOverview', { changes, overview: StoredOverviewFigures.parse(overview) });
        })
        .catch(rethrowAsStoreError);
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

    async onboardingClosed(): Promise<boolean> {
      return (await readMeta(db, 'onboardingClosedAt')) !== undefined;
    },

    closeOnboarding(): Promise<void> {
      return readWrite(() => writeMeta(db, 'onboardingClosedAt', new Date(now()).toISOString()));
    },

    /** What the personal-data scan finds in everything an export would carry, less what the partner confirmed. */
    async privacyFindings(scope: ExportScope = 'all'): Promise<RecordFinding[]> {
      const { records, confirmed } = await db.transaction('r', db.records, db.meta, db.exported, async () => ({
        records: await outgoing(scope, await readMeta(db, 'origin')),
        confirmed: (await readMeta(db, 'confirmedFindings')) ?? [],
      }));
      const known = new Set(confirmed);
      return scanRecords(records).filter((finding) => !known.has(findingKey(finding)));
    },

    /** Takes a finding out of its record as a new version, so the redaction travels with the next bundle. */
    redactFinding(finding: RecordFinding): Promise<RegionRecord> {
      return writing(async (clock) => {
        const origin = await ensureOrigin();
        const record = await db.records.get(finding.recordId);
        const body = record !== undefined && isLive(record) && record.updatedAt === finding.updatedAt ? redactFinding(record.body, finding) : null;
        if (record === undefined || body === null) throw new StoreError('not-found');
        const redacted = RegionRecord.parse({ ...record, origin, updatedAt: clock.tick(), body });
        await db.records.put(redacted);
        return redacted;
      });
    },

    /** The partner says a finding is no personal data (a nine-digit number can pass the eleven-proof by chance). */
    confirmFinding(finding: RecordFinding): Promise<void> {
      return readWrite(async () => {
        const confirmed = (await readMeta(db, 'confirmedFindings')) ?? [];
        await writeMeta(db, 'confirmedFindings', [...confirmed, findingKey(finding)].slice(-MAX_CONFIRMED_FINDINGS));
      });
    },

    /** The partner's bundle: every record it holds, or (`own`) only the versions it wrote, as a sync folder takes them. */
    async exportBundle(scope: Exclude<ExportScope, 'changed'> = 'all'): Promise<ExportedBundle> {
      const exported = await exportOf(scope);
      if (exported === undefined) throw new StoreError('not-found');
      return exported;
    },

    /**
     * Only what is new or changed since the last export, imported records included: merged with
     * that export it gives what a whole export gives now. Undefined when nothing is new.
     */
    exportChanges(): Promise<ExportedBundle | undefined> {
      return exportOf('changed');
    },

    /**
     * Imports one bundle file whole or not at all: decoding refuses any bad record, and the
     * writes happen in one transaction that a refusal (other region, clock drift) rolls back.
     */
    async importBundleText(input: string | Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportSummary> {
      const decoded = decodeBundle(input, { now: now() });
      if (!decoded.ok) return refusedImport(fileName, decoded.errors);
      const { bundle } = decoded;
      const forged = await signing?.verify(bundle);
      if (forged !== undefined) return refusedImport(fileName, [forged]);
      const pinned = await pinnedKeys();
      const authenticity = await signing?.authenticate(bundle.records, { pinned, acceptKeyOf: () => options.acceptChangedKey === true, acceptUnsigned: options.acceptUnsigned === true });
      const refusedAt = new Set(authenticity?.refused.map((refusal) => refusal.index));
      const authentic = bundle.records.filter((_, index) => !refusedAt.has(index));
      const names = await knownNames();
      const refusals: ImportProblem[] = (authenticity?.refused ?? []).map((refusal) => recordProblem(refusal.code, refusal.recordId, refusal.index, partnerName(names, bundle.records, refusal.origin)));
      try {
        return await writing(async (clock) => {
          const partner = await partnerOf(await ensureOrigin());
          if (partner === undefined) return refusedImport(fileName, [{ code: 'not-set-up', message: 'set up this installation before importing' }]);
          if (bundle.region !== partner.region) {
            return refusedImport(fileName, [
              { code: 'other-region', message: `the bundle is of region "${bundle.region}", this installation of "${partner.region}"`, path: 'region', detail: bundle.region },
            ]);
          }
          const distrusted = await signing?.trust(bundle, options.acceptChangedKey ?? false);
          if (distrusted !== undefined) return refusedImport(fileName, [distrusted]);
          // The keys were judged before this transaction: should another import have stored a
          // partner's key meanwhile, the judgement may be stale, and the file is read again.
          if (!sameKeys(pinned, await pinnedKeys())) return refusedImport(fileName, [{ code: 'store-failed', message: 'another import changed the known keys meanwhile; import the file again' }]);
          const latest = authentic.reduce<string | undefined>((max, r) => (max === undefined || r.updatedAt > max ? r.updatedAt : max), undefined);
          if (latest !== undefined) clock.observe(latest);
          const stored = await db.records.bulkGet(authentic.map((r) => r.id));
          const plan = planImport(authentic, stored);
          await db.records.bulkPut(plan.writes);
          const clashes = plan.clashes.map(({ record, code }) => recordProblem(code, record.id, bundle.records.indexOf(record), partnerName(names, bundle.records, record.origin)));
          const errors = [...refusals, ...clashes];
          if (errors.length > 0 && plan.writes.length === 0 && plan.unchanged === 0) return refusedImport(fileName, errors);
          return { fileName, ok: true, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, errors };
        });
      } catch (error) {
        if (isStorageFull(error)) return refusedImport(fileName, [{ code: 'storage-full', message: "the browser's storage is full; nothing was imported" }]);
        if (!(error instanceof ClockDriftError)) throw error;
        return refusedImport(fileName, [{ code: 'clock-drift', message: error.message, detail: error.timestamp }]);
      }
    },
  };
}

function sameKeys(a: ReadonlyMap<RecordId, PublicKeyJwk>, b: ReadonlyMap<RecordId, PublicKeyJwk>): boolean {
  return a.size === b.size && [...a].every(([id, key]) => b.get(id)?.x === key.x && b.get(id)?.y === key.y);
}

/**
 * The partner a version names as its writer: by the organisation stored here, since a version is
 * judged by that partner's stored key and a forger's file can bring a partner record of any name;
 * else by the one its bundle gives; else by id.
 */
function partnerName(known: ReadonlyMap<RecordId, string>, records: readonly RegionRecord[], origin: RecordId): string {
  const stored = known.get(origin);
  if (stored !== undefined) return stored;
  const partner = records.find((record) => record.id === origin && record.type === 'partner');
  return partner?.type === 'partner' && partner.body !== undefined ? partner.body.organisation : origin;
}

/** One version refused while the rest of its bundle came in; `detail` names the partner it claims. */
function recordProblem(code: RecordImportCode, recordId: RecordId, index: number, partner: string): ImportProblem {
  const reason = code === 'type-changed' || code === 'same-stamp' ? clashReason(code) : authenticityReason(code, partner);
  return { code, message: `record ${recordId} was left out: ${reason}`, path: `records[${index}]`, recordIndex: index, recordId, detail: partner };
}

function rethrowAsStoreError(error: unknown): never {
  throw asStoreError(error);
}

