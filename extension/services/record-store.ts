import { Dexie } from 'dexie';
import { canonicalJson } from '../../shared/canonical/canonical-json.ts';
import { compareText } from '../../shared/canonical/compare-text.ts';
import type { HlcTimestamp, HybridLogicalClock } from '../../shared/clock/hlc.ts';
import { liveVersion, tombstone } from '../../shared/records/versions.ts';
import { issueSurvivors, standingIssues } from '../../shared/records/issue-survivors.ts';
import { readRegionSettings, sharedIssueList } from '../../shared/records/published-settings.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import { IssueBody } from '../../shared/schema/issue.ts';
import { ObservationBody } from '../../shared/schema/observation.ts';
import { PartnerBody } from '../../shared/schema/partner.ts';
import { isLive, type LiveRecord, type RecordOfType, type RecordType, type RegionRecord } from '../../shared/schema/record.ts';
import { regionCodeFromName } from '../../shared/schema/region.ts';
import { readMeta, writeMeta } from '../db/meta-access.ts';
import { MAX_PENDING_CLIPS, type PendingClip } from '../db/meta.ts';
import { type RegiobeeldDb, SOURCE_PAGE_URL_INDEX, SOURCE_URL_INDEX } from '../db/schema.ts';
import type { BundleSigning } from './bundle-signing.ts';
import { createBundleExchange } from './record-store/bundle-exchange.ts';
import { recordsNewestFirst } from './record-store/newest-first.ts';
import { createOnboardingFlags } from './record-store/onboarding-flags.ts';
import { createSeenVersions } from './record-store/seen-versions.ts';
import { createPrivacyFindings } from './record-store/privacy-findings.ts';
import { createRegiobeeldReads } from './record-store/regiobeeld-reads.ts';
import { createStoreKernel, type StoreKernelDeps } from './record-store/store-kernel.ts';
import { rethrowAsStoreError, StoreError } from './store-error.ts';

export interface RecordStoreDeps extends StoreKernelDeps {
  /**
   * Signs this installation's versions and exports, and checks every imported version's signature;
   * without it (tests of other parts only) everything goes out unsigned and comes in unchecked.
   */
  readonly signing?: BundleSigning;
}

export interface Identity {
  readonly origin: RecordId;
  /** The partner this installation speaks for; undefined until the first-run setup. */
  readonly partner: LiveRecord<'partner'> | undefined;
}

/** Who the installation speaks for: a partner names its domain, the coordinator (`role`) none. */
export type PartnerInput = Pick<PartnerBody, 'organisation' | 'regionName'> &
  ({ readonly domain: NonNullable<PartnerBody['domain']>; readonly role?: undefined } | { readonly role: 'coordinator'; readonly domain?: undefined }) & {
    readonly contactName?: string;
  };

export interface SetupResult {
  readonly partner: LiveRecord<'partner'>;
  /** Clips made before setup, now stored as observations. */
  readonly savedClips: readonly PendingClip[];
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

/** What a write as the partner gets: who writes, the next clock timestamp, a new record id. */
export interface PartnerWrite {
  readonly partner: LiveRecord<'partner'>;
  readonly stamp: () => HlcTimestamp;
  readonly newId: () => RecordId;
  /** The records table, read and written inside the same transaction. */
  readonly records: RegiobeeldDb['records'];
}

export type RecordStore = ReturnType<typeof createRecordStore>;

/** The issues and themes a clip can be tagged with (`captureChoices`). */
export interface CaptureChoices {
  readonly issues: Array<LiveRecord<'issue'>>;
  /** The region's shared issue list; undefined while the coordinator published none. */
  readonly sharedIssueIds: ReadonlySet<RecordId> | undefined;
  /** The region's themes; empty: the catalogue's. */
  readonly themes: readonly string[];
}

/** Latest change first, as the lists of records show them. */
const newestFirst = (a: RegionRecord, b: RegionRecord): number => compareText(b.updatedAt, a.updatedAt);

/**
 * Everything the extension stores goes through here: the partner's own records (setup, clips,
 * issues, edits, deletions) and the reads of them, with the parts made over the same kernel
 * (store-kernel.ts), whose clock transaction every write takes.
 */
export function createRecordStore(deps: RecordStoreDeps) {
  const kernel = createStoreKernel(deps);
  const { db, writing, readWrite, newId, ensureOrigin, partnerOf, requirePartner } = kernel;
  const { signing } = deps;

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

  async function liveObservation(id: RecordId): Promise<LiveRecord<'observation'> | undefined> {
    const record = await db.records.get(id);
    return record?.type === 'observation' && isLive(record) ? record : undefined;
  }

  return {
    ...createBundleExchange(kernel, signing),
    ...createPrivacyFindings(kernel),
    ...createRegiobeeldReads(kernel),
    ...createOnboardingFlags(kernel),
    ...createSeenVersions(kernel),

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

    /**
     * Changed settings: a new version of this installation's partner record. The region code stays
     * (`region` of the first version, whatever the new region name would make of it): every record
     * and bundle of the region carries it, and another code would split this regiobeeld from the
     * partners'. The signing key stays the one published. Unchanged settings write nothing.
     */
    async updatePartner(input: PartnerInput): Promise<LiveRecord<'partner'>> {
      const parsed = PartnerBody.parse(input);
      return writing(async (clock) => {
        const current = await requirePartner();
        const body: PartnerBody = { ...parsed, ...(current.body.publicKey === undefined ? {} : { publicKey: current.body.publicKey }) };
        if (canonicalJson(body) === canonicalJson(current.body)) return current;
        const partner: LiveRecord<'partner'> = {
          id: current.id,
          type: 'partner',
          region: current.region,
          origin: current.origin,
          updatedAt: clock.tick(),
          deleted: false,
          body,
        };
        await db.records.put(partner);
        return partner;
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
    updateObservation(
      id: RecordId,
      input: ObservationInput,
    ): Promise<{ readonly record: LiveRecord<'observation'>; readonly issue: LiveRecord<'issue'> | undefined }> {
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
     * timestamps; for the stores of other record kinds (features/surveys/survey-response-store.ts, features/plan/plan-store.ts).
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
      return rows.filter((record): record is LiveRecord<T> => record.type === type && !record.deleted && record.body !== undefined).sort(newestFirst);
    },

    /**
     * What the capture sheet offers: the live issues not merged into another (`standingIssues`),
     * newest first, with `keep` listed anyway, and what the
     * coordinator published for the region: its shared issue list (undefined when there is none)
     * and its themes (empty: the catalogue's); read-only.
     */
    async captureChoices(keep: readonly RecordId[] = []): Promise<CaptureChoices> {
      const rows = await db.records.where('type').anyOf(['issue', 'issueMerge', 'partner', 'regionSettings']).toArray();
      const survivors = issueSurvivors(rows);
      const { published } = readRegionSettings(rows, survivors);
      return {
        issues: standingIssues(rows, new Set(keep)).sort(newestFirst),
        sharedIssueIds: sharedIssueList(published),
        themes: published?.themes ?? [],
      };
    },

    /**
     * Live observations clipped from any of these (normalised) addresses, by their canonical url or
     * the page they were clipped on; read-only.
     */
    async observationsAt(urls: readonly string[]): Promise<Array<LiveRecord<'observation'>>> {
      if (urls.length === 0) return [];
      const [byUrl, byPage] = await Promise.all([
        db.records
          .where(SOURCE_URL_INDEX)
          .anyOf([...urls])
          .toArray(),
        db.records
          .where(SOURCE_PAGE_URL_INDEX)
          .anyOf([...urls])
          .toArray(),
      ]);
      const unique = new Map([...byUrl, ...byPage].map((record) => [record.id, record]));
      return [...unique.values()].filter((record): record is LiveRecord<'observation'> => record.type === 'observation' && isLive(record));
    },

    /**
     * The pages of the newest live observations, each clip's own page before its canonical address,
     * at most `limit` clips read; read-only, so it can run inside a live query.
     */
    async clippedAddresses(limit: number): Promise<string[]> {
      const newest = await db.records
        .where('[type+updatedAt]')
        .between(['observation', Dexie.minKey], ['observation', Dexie.maxKey])
        .reverse()
        .filter((record) => !record.deleted && record.body !== undefined)
        .limit(limit)
        .toArray();
      return newest.flatMap((record) => {
        const source = record.type === 'observation' && isLive(record) ? record.body.source : undefined;
        return source === undefined ? [] : [...(source.pageUrl === undefined ? [] : [source.pageUrl]), source.url];
      });
    },

    /** Every stored version, tombstones included, newest first. */
    listRecords(): Promise<RegionRecord[]> {
      return recordsNewestFirst(db);
    },

    /** How many records of a type are live; read-only, so it can run inside a live query. */
    countLive(type: RecordType): Promise<number> {
      return db.records
        .where('type')
        .equals(type)
        .filter((record) => !record.deleted)
        .count();
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
  };
}
