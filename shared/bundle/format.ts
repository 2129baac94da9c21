import { z } from 'zod';
import { Sha256Hex } from '../canonical/hash.ts';
import { PublicKeyJwk, Signature } from '../schema/public-key.ts';
import { RecordId } from '../schema/ids.ts';
import { Domain } from '../schema/partner.ts';
import type { RecordType, RegionRecord } from '../schema/record.ts';
import { RegionCode } from '../schema/region.ts';
import { SurveyDefinitionRef } from '../schema/survey-response.ts';
import { IsoDateTime, VisibleName } from '../schema/text.ts';
import { LIMITS } from '../limits.ts';

export const BUNDLE_FORMAT = 'regiobeeld-bundle';
/**
 * The newest bundle version written. 2: record versions carry their writer's signature and partner
 * records publish the key; a reader of version 1 refuses such bundles with "update first" rather
 * than with an unknown field. 3: merges of issues (`issueMerge` records). 4: survey responses say
 * which issues a question offered (`offered`). 5: the coordinator's partner record (`role`), which
 * names no domain. 6: recognitions ("herken ik", `recognition` records). 7: what the regiotafel
 * agreed (`issueOutcome`, `agreement` records). 8: the coordinator's region settings
 * (`regionSettings`: the shared issue list, themes and survey round). 9: released versions of the
 * regiobeeld and the partners' akkoord (`release`, `releaseApproval` records). 10: votes with dots
 * (`dotVote` records). 11: replies to a recognition (`reply` records). Version 1 is still read:
 * its versions are unsigned.
 */
export const BUNDLE_SCHEMA_VERSION = 11;
/** Every bundle version this Regiobeeld reads. */
export const READABLE_SCHEMA_VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export type BundleSchemaVersion = (typeof READABLE_SCHEMA_VERSIONS)[number];

/** The first bundle version that carries each record type. */
export const FIRST_VERSION_OF: Readonly<Record<RecordType, BundleSchemaVersion>> = {
  partner: 1,
  observation: 1,
  issue: 1,
  surveyResponse: 1,
  planItem: 1,
  traceLink: 1,
  issueMerge: 3,
  recognition: 6,
  issueOutcome: 7,
  agreement: 7,
  regionSettings: 8,
  release: 9,
  releaseApproval: 9,
  dotVote: 10,
  reply: 11,
};

/**
 * The first bundle version that can carry this record: its type's, or later when it holds a field
 * added since (a reader of an earlier version would refuse the field as unknown).
 */
export function firstVersionOf(record: RegionRecord): BundleSchemaVersion {
  if (record.type === 'partner' && record.body?.role !== undefined) return 5;
  if (record.type === 'surveyResponse' && record.body?.offered !== undefined) return 4;
  return FIRST_VERSION_OF[record.type];
}

/** Every bundle written since records were signed is at least this version. */
const LOWEST_WRITTEN_VERSION: BundleSchemaVersion = 2;

/**
 * The version a bundle of these records is written in: the lowest that carries them all, and never
 * below 2 (signatures). Until a region's records hold a merge of issues, its bundles stay readable
 * by installations that do not know merges; once a partner holds one (made or imported, also as
 * a tombstone after an undo) its whole exports are version 3, and older installations answer them
 * with "update first" rather than with a broken record. Likewise a survey response that says what
 * it offered makes them version 4.
 */
export function bundleVersionFor(records: readonly RegionRecord[]): BundleSchemaVersion {
  let version = LOWEST_WRITTEN_VERSION;
  for (const record of records) {
    const first = firstVersionOf(record);
    if (first > version) version = first;
  }
  return version;
}

const PartnerProducer = z.strictObject({
  kind: z.literal('partner'),
  partnerId: RecordId,
  organisation: VisibleName,
  /** Absent for the coordinator, who speaks for no domain (`role`). */
  domain: Domain.optional(),
  role: z.literal('coordinator').optional(),
  /** The installation's signing key; bundles exported without one are unsigned. */
  publicKey: PublicKeyJwk.optional(),
});

/** A merged regiobeeld names every partner whose records it holds, so it can be merged again. */
const MergeProducer = z.strictObject({
  kind: z.literal('merge'),
  partnerIds: z.array(RecordId).max(LIMITS.records),
});

export const Producer = z.discriminatedUnion('kind', [PartnerProducer, MergeProducer]);
export type Producer = z.infer<typeof Producer>;

export const Integrity = z.strictObject({
  algorithm: z.literal('SHA-256'),
  /** Digest of the canonical JSON of the records sorted by id. */
  recordsHash: Sha256Hex,
  /** ECDSA P-256 / SHA-256 signature (IEEE P1363, base64url) over `signingPayload(bundle)`. */
  signature: Signature.optional(),
});

/** Everything of a bundle but its records, which are validated one by one so errors can name them. */
export const BundleHeader = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.union(READABLE_SCHEMA_VERSIONS.map((version) => z.literal(version))),
  region: RegionCode,
  producer: Producer,
  exportedAt: IsoDateTime,
  surveyDefinitions: z.array(SurveyDefinitionRef).max(LIMITS.surveyDefinitions),
  records: z.array(z.unknown()).max(LIMITS.records),
  integrity: Integrity,
});

export type Bundle = Omit<z.infer<typeof BundleHeader>, 'records'> & { records: RegionRecord[] };
