import { canonicalJson } from '../canonical/canonical-json.ts';
import type { RegionRecord } from '../schema/record.ts';
import type { RegionCode } from '../schema/region.ts';
import type { SurveyDefinitionRef } from '../schema/survey-response.ts';
import { BUNDLE_FORMAT, type Bundle, bundleVersionFor, type Producer } from './format.ts';
import { byId, recordsHash, recordsHashOfTexts } from './records-hash.ts';
import type { Sha256 } from '../canonical/hash.ts';
import { compareText } from '../canonical/compare-text.ts';

export interface BundleContent {
  readonly region: RegionCode;
  readonly producer: Producer;
  readonly exportedAt: string;
  readonly records: readonly RegionRecord[];
  readonly surveyDefinitions: readonly SurveyDefinitionRef[];
}

function bySurveyRef(a: SurveyDefinitionRef, b: SurveyDefinitionRef): number {
  return compareText(a.id, b.id) || a.version - b.version || compareText(a.hash, b.hash);
}

/** How the integrity digest is made: a faster SHA-256, and the records' canonical texts when the caller has them. */
export interface BundleDigest {
  readonly sha256?: Sha256 | undefined;
  /** The canonical JSON of each record in `content.records`, which are then already sorted by id. */
  readonly texts?: readonly string[];
}

/** Builds a bundle in its one canonical arrangement: records by id, definitions by id and version. */
export function makeBundle(content: BundleContent, digest: BundleDigest = {}): Bundle {
  const records = digest.texts === undefined ? [...content.records].sort(byId) : [...content.records];
  const definitions = new Map(content.surveyDefinitions.map((ref) => [`${ref.id}\u0000${ref.version}\u0000${ref.hash}`, ref]));
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: bundleVersionFor(records),
    region: content.region,
    producer: content.producer,
    exportedAt: content.exportedAt,
    surveyDefinitions: [...definitions.values()].sort(bySurveyRef),
    records,
    integrity: {
      algorithm: 'SHA-256',
      recordsHash: digest.texts === undefined ? recordsHash(records, digest.sha256) : recordsHashOfTexts(digest.texts, digest.sha256),
    },
  };
}

/** The bytes of a bundle file: canonical JSON, so equal bundles are equal files. */
export function encodeBundle(bundle: Bundle): string {
  return `${canonicalJson(bundle)}\n`;
}
