import { z } from 'zod';
import { Sha256Hex } from '../canonical/hash.ts';
import { RecordId } from '../schema/ids.ts';
import { Domain } from '../schema/partner.ts';
import type { RegionRecord } from '../schema/record.ts';
import { RegionCode } from '../schema/region.ts';
import { SurveyDefinitionRef } from '../schema/survey-response.ts';
import { IsoDateTime, NonEmptyShortText } from '../schema/text.ts';
import { LIMITS } from '../limits.ts';

export const BUNDLE_FORMAT = 'regiobeeld-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

/** An ECDSA P-256 public key as a JSON Web Key: what WebCrypto exports and imports. */
export const PublicKeyJwk = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 coordinate'),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 coordinate'),
  ext: z.boolean().optional(),
  key_ops: z.array(z.literal('verify')).max(1).optional(),
});
export type PublicKeyJwk = z.infer<typeof PublicKeyJwk>;

const PartnerProducer = z.strictObject({
  kind: z.literal('partner'),
  partnerId: RecordId,
  organisation: NonEmptyShortText,
  domain: Domain,
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
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'must be a base64url P-256 signature').optional(),
});

/** Everything of a bundle but its records, which are validated one by one so errors can name them. */
export const BundleHeader = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  region: RegionCode,
  producer: Producer,
  exportedAt: IsoDateTime,
  surveyDefinitions: z.array(SurveyDefinitionRef).max(LIMITS.surveyDefinitions),
  records: z.array(z.unknown()).max(LIMITS.records),
  integrity: Integrity,
});

export type Bundle = Omit<z.infer<typeof BundleHeader>, 'records'> & { records: RegionRecord[] };
