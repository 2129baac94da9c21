import { findingKey, redactFinding } from '../../../shared/privacy/redact.ts';
import { type RecordFinding, scanRecords } from '../../../shared/privacy/scan-records.ts';
import { isLive, RegionRecord } from '../../../shared/schema/record.ts';
import { readMeta, writeMeta } from '../../db/meta-access.ts';
import { MAX_CONFIRMED_FINDINGS } from '../../db/meta.ts';
import { StoreError } from '../store-error.ts';
import { type ExportScope, outgoingRecords } from './outgoing-records.ts';
import type { StoreKernel } from './store-kernel.ts';

/** The personal-data review before an export: what the scan finds, redacting it, or confirming it is none. */
export function createPrivacyFindings({ db, readWrite, writing, ensureOrigin }: StoreKernel) {
  return {
    /** What the personal-data scan finds in everything an export would carry, less what the partner confirmed. */
    async privacyFindings(scope: ExportScope = 'all'): Promise<RecordFinding[]> {
      const { records, confirmed } = await db.transaction('r', db.records, db.meta, db.exported, async () => ({
        records: await outgoingRecords(db, scope, await readMeta(db, 'origin')),
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
        const redacted = RegionRecord.safeParse({ ...record, origin, updatedAt: clock.tick(), body });
        if (redacted.success) {
          await db.records.put(redacted.data);
          return redacted.data;
        }
        // The id of a release is its content's, that of a vote holds its round's name, and that of an
        // approval, a reply or region settings is its writer's: a version by this
        // installation, or with the text taken out, is another id, which every reader refuses.
        if (redacted.error.issues.some((issue) => issue.path[0] === 'id' || issue.path[0] === 'origin')) throw new StoreError('frozen');
        throw redacted.error;
      });
    },

    /** The partner says a finding is no personal data (a nine-digit number can pass the eleven-proof by chance). */
    confirmFinding(finding: RecordFinding): Promise<void> {
      return readWrite(async () => {
        const confirmed = (await readMeta(db, 'confirmedFindings')) ?? [];
        await writeMeta(db, 'confirmedFindings', [...confirmed, findingKey(finding)].slice(-MAX_CONFIRMED_FINDINGS));
      });
    },
  };
}
