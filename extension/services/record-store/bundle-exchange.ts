import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { bundleFileName, releaseFileName } from '../../../shared/bundle/file-name.ts';
import { releaseDigest } from '../../../shared/regiobeeld/releases.ts';
import type { ReleaseBody } from '../../../shared/schema/release.ts';
import { beyondReaderLimits } from '../../../shared/bundle/bundle-limits.ts';
import { surveyReferences } from '../../../shared/bundle/survey-references.ts';
import { ClockDriftError } from '../../../shared/clock/hlc.ts';
import { planImport } from '../../../shared/merge/import-plan.ts';
import { clashReason } from '../../../shared/merge/version-clashes.ts';
import { authenticityReason } from '../../../shared/bundle/record-authenticity.ts';
import type { PublicKeyJwk } from '../../../shared/schema/public-key.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { writeMeta } from '../../db/meta-access.ts';
import type { BundleSigning } from '../bundle-signing.ts';
import { type ImportProblem, type ImportSummary, type RecordImportCode, refusedImport } from '../import-summary.ts';
import { isQuotaError, isStorageFull, rethrowAsStoreError, StoreError } from '../store-error.ts';
import { type ExportScope, outgoingRecords } from './outgoing-records.ts';
import type { StoreKernel } from './store-kernel.ts';

export interface ImportOptions {
  /** The partner confirmed that a bundle signed by a key other than the one first seen is theirs. */
  readonly acceptChangedKey?: boolean;
  /** The partner confirmed that unsigned versions (from an installation before signatures) may come in. */
  readonly acceptUnsigned?: boolean;
}

export interface ExportedBundle {
  readonly fileName: string;
  readonly text: string;
}

/**
 * Bundles out and in: exports signed with this installation's key, imports judged version by
 * version. `signing` is absent only in tests of other parts: then everything goes out unsigned
 * and comes in unchecked.
 */
export function createBundleExchange(
  { db, now, readWrite, writing, ensureOrigin, partnerOf, requirePartner }: StoreKernel,
  signing: BundleSigning | undefined,
) {
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
    const unsigned = await db.records
      .where('origin')
      .equals(origin)
      .filter((record) => record.signature === undefined)
      .toArray();
    if (unsigned.length === 0) return;
    const signed = await signing.signRecords(unsigned);
    await readWrite(async () => {
      const current = await db.records.bulkGet(signed.map((record) => record.id));
      await db.records.bulkPut(
        signed.filter(
          (record, index) =>
            current[index]?.updatedAt === record.updatedAt && current[index]?.origin === record.origin && current[index]?.signature === undefined,
        ),
      );
    });
  }

  /** `release`: the whole export, only while the records are exactly the versions that release holds. */
  async function exportOf(scope: ExportScope, release?: Pick<ReleaseBody, 'digest'>): Promise<ExportedBundle | undefined> {
    await signOwnVersions().catch(rethrowAsStoreError);
    const { partner, records } = await db
      .transaction('rw', db.records, db.meta, db.exported, async () => {
        const owner = await requirePartner();
        const outgoing = await outgoingRecords(db, scope, owner.origin);
        if (release !== undefined && releaseDigest(outgoing) !== release.digest) throw new StoreError('release-changed');
        return { partner: owner, records: outgoing };
      })
      .catch(rethrowAsStoreError);
    if (scope === 'changed' && records.length === 0) return undefined;
    const exportedAt = new Date(now());
    const bundle = makeBundle({
      region: partner.region,
      producer: {
        kind: 'partner',
        partnerId: partner.id,
        organisation: partner.body.organisation,
        ...(partner.body.domain === undefined ? {} : { domain: partner.body.domain }),
        ...(partner.body.role === undefined ? {} : { role: partner.body.role }),
      },
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

  return {
    /** The partner's bundle: every record it holds, or (`own`) only the versions it wrote, as a sync folder takes them. */
    async exportBundle(scope: Exclude<ExportScope, 'changed'> = 'all'): Promise<ExportedBundle> {
      const exported = await exportOf(scope);
      if (exported === undefined) throw new StoreError('not-found');
      return exported;
    },

    /**
     * The frozen merged bundle of a released version: the whole regiobeeld this installation holds,
     * its releases and akkoorden included, made by the same export as any other. The records are
     * not kept per release, so it can be made while they are still the versions the release holds
     * (its digest); after any change StoreError('release-changed').
     */
    async exportRelease(release: Pick<ReleaseBody, 'digest' | 'name'>): Promise<ExportedBundle> {
      const exported = await exportOf('all', release);
      if (exported === undefined) throw new StoreError('not-found');
      const partner = await requirePartner();
      return { fileName: releaseFileName(partner.region, release.name, release.digest), text: exported.text };
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
      const authenticity = await signing?.authenticate(bundle.records, {
        pinned,
        acceptKeyOf: () => options.acceptChangedKey === true,
        acceptUnsigned: options.acceptUnsigned === true,
      });
      const refusedAt = new Set(authenticity?.refused.map((refusal) => refusal.index));
      const authentic = bundle.records.filter((_, index) => !refusedAt.has(index));
      const names = await knownNames();
      const refusals: ImportProblem[] = (authenticity?.refused ?? []).map((refusal) =>
        recordProblem(refusal.code, refusal.recordId, refusal.index, partnerName(names, bundle.records, refusal.origin)),
      );
      try {
        return await writing(async (clock) => {
          const partner = await partnerOf(await ensureOrigin());
          if (partner === undefined) return refusedImport(fileName, [{ code: 'not-set-up', message: 'set up this installation before importing' }]);
          if (bundle.region !== partner.region) {
            return refusedImport(fileName, [
              {
                code: 'other-region',
                message: `the bundle is of region "${bundle.region}", this installation of "${partner.region}"`,
                path: 'region',
                detail: bundle.region,
              },
            ]);
          }
          const distrusted = await signing?.trust(bundle, options.acceptChangedKey ?? false);
          if (distrusted !== undefined) return refusedImport(fileName, [distrusted]);
          // The keys were judged before this transaction: should another import have stored a
          // partner's key meanwhile, the judgement may be stale, and the file is read again.
          if (!sameKeys(pinned, await pinnedKeys()))
            return refusedImport(fileName, [{ code: 'store-failed', message: 'another import changed the known keys meanwhile; import the file again' }]);
          const latest = authentic.reduce<string | undefined>((max, r) => (max === undefined || r.updatedAt > max ? r.updatedAt : max), undefined);
          if (latest !== undefined) clock.observe(latest);
          const stored = await db.records.bulkGet(authentic.map((r) => r.id));
          const plan = planImport(authentic, stored);
          await db.records.bulkPut(plan.writes);
          const clashes = plan.clashes.map(({ record, code }) =>
            recordProblem(code, record.id, bundle.records.indexOf(record), partnerName(names, bundle.records, record.origin)),
          );
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
