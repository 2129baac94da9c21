import { makeBundle } from '../../shared/bundle/encode.ts';
import { recordSigningPayload } from '../../shared/bundle/record-signature.ts';
import { signingPayload } from '../../shared/bundle/signature.ts';
import { surveyReferences } from '../../shared/bundle/survey-references.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { createHlc } from '../../shared/clock/hlc.ts';
import { LIMITS } from '../../shared/limits.ts';
import { mergeRecords } from '../../shared/merge/merge-records.ts';
import { indexPlan } from '../../shared/plan/plan-index.ts';
import type { TraceLinkDraft } from '../../shared/plan/trace-link-check.ts';
import { newTraceLink } from '../../shared/plan/trace-link-record.ts';
import { liveVersion, tombstone, type VersionStamp } from '../../shared/records/versions.ts';
import { type RecordId, uuidV7 } from '../../shared/schema/ids.ts';
import type { IssueBody } from '../../shared/schema/issue.ts';
import type { BodyOf, RecordType, RegionRecord } from '../../shared/schema/record.ts';
import { demoKey } from './demo-keys.ts';
import { REGION, REGION_NAME } from './region.ts';
import type { PartnerProfile } from './script.ts';

/**
 * One partner's installation, simulated: a record store with its own hybrid logical clock that
 * writes, deletes, imports and exports as the extension does, so the examples hold the versions a
 * real exchange between partners would produce, signed with the partner's demo key as the
 * extension signs with the installation's key.
 */
export interface Replica {
  readonly profile: PartnerProfile;
  readonly origin: RecordId;
  create<T extends RecordType>(type: T, body: BodyOf<T>, at: string): RecordId;
  editIssue(id: RecordId, change: Partial<IssueBody>, at: string): void;
  /** A trace link from a plan item, checked as the extension checks it, on the target version this installation holds. */
  link(draft: TraceLinkDraft, at: string): RecordId;
  remove(id: RecordId, at: string): void;
  holdsLive(id: RecordId): boolean;
  importBundle(bundle: Bundle, at: string): void;
  exportBundle(at: string): Bundle;
}

export function createReplica(profile: PartnerProfile, randomBytes: (count: number) => Uint8Array): Replica {
  let wall = Date.parse(profile.setupAt);
  const clock = createHlc({ now: () => wall, maxDriftMs: LIMITS.clockDriftMs });
  const origin = uuidV7(wall, randomBytes(16));
  const store = new Map<RecordId, RegionRecord>();
  const key = demoKey(profile.slug);

  const stamp = (when: string): VersionStamp => {
    wall = Date.parse(when);
    return { region: REGION, origin, updatedAt: clock.tick() };
  };
  const current = (id: RecordId): RegionRecord => {
    const record = store.get(id);
    if (record === undefined) throw new Error(`${profile.slug} has no record ${id}`);
    return record;
  };
  const put = (record: RegionRecord): void => {
    store.set(record.id, record);
  };
  // Only versions this installation writes are signed here; imported ones keep their writer's signature.
  const write = (record: RegionRecord): void => put({ ...record, signature: key.sign(recordSigningPayload(record)) });

  const replica: Replica = {
    profile,
    origin,
    create(type, body, when) {
      const id = uuidV7(Date.parse(when), randomBytes(16));
      write(liveVersion(type, id, body, stamp(when)));
      return id;
    },
    editIssue(id, change, when) {
      const record = current(id);
      if (record.type !== 'issue' || record.body === undefined) throw new Error(`${profile.slug} cannot edit ${id}: not a live issue`);
      write(liveVersion('issue', id, { ...record.body, ...change }, stamp(when)));
    },
    link(draft, when) {
      const result = newTraceLink(indexPlan([...store.values()]), draft, stamp(when));
      if (!result.ok) throw new Error(`${profile.slug} cannot link ${draft.fromId} to ${draft.toId}: ${result.errors.map((e) => e.message).join('; ')}`);
      write(result.record);
      return result.record.id;
    },
    remove(id, when) {
      const { origin: writer, updatedAt } = stamp(when);
      write(tombstone(current(id), { origin: writer, updatedAt }));
    },
    holdsLive(id) {
      return store.get(id)?.deleted === false;
    },
    importBundle(bundle, when) {
      wall = Date.parse(when);
      bundle.records.forEach((record) => clock.observe(record.updatedAt));
      const merged = mergeRecords([store.values(), bundle.records]);
      store.clear();
      merged.records.forEach(put);
    },
    exportBundle(when) {
      const bundle = makeBundle({
        region: REGION,
        producer: { kind: 'partner', partnerId: origin, organisation: profile.organisation, domain: profile.domain, publicKey: key.publicKey },
        exportedAt: new Date(Date.parse(when)).toISOString(),
        records: [...store.values()],
        // The definitions the responses answer travel along, as the extension's export does.
        surveyDefinitions: surveyReferences(store.values()),
      });
      return { ...bundle, integrity: { ...bundle.integrity, signature: key.sign(signingPayload(bundle)) } };
    },
  };
  // The partner record carries the installation's id, so every record's origin names its partner,
  // and publishes the key every version of that origin is checked against.
  write(
    liveVersion(
      'partner',
      origin,
      { organisation: profile.organisation, domain: profile.domain, regionName: REGION_NAME, publicKey: key.publicKey },
      stamp(profile.setupAt),
    ),
  );
  return replica;
}
