import { canonicalJson } from '../canonical/canonical-json.ts';
import type { RegionRecord } from '../schema/record.ts';
import type { RegionCode } from '../schema/region.ts';
import type { SurveyDefinitionRef } from '../schema/survey-response.ts';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type Bundle, type Producer } from './format.ts';
import { byId, recordsHash } from './records-hash.ts';
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

/** Builds a bundle in its one canonical arrangement: records by id, definitions by id and version. */
export function makeBundle(content: BundleContent): Bundle {
  const records = [...content.records].sort(byId);
  const definitions = new Map(content.surveyDefinitions.map((ref) => [`${ref.id}\u0000${ref.version}\u0000${ref.hash}`, ref]));
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    region: content.region,
    producer: content.producer,
    exportedAt: content.exportedAt,
    surveyDefinitions: [...definitions.values()].sort(bySurveyRef),
    records,
    integrity: { algorithm: 'SHA-256', recordsHash: recordsHash(records) },
  };
}

/** The bytes of a bundle file: canonical JSON, so equal bundles are equal files. */
export function encodeBundle(bundle: Bundle): string {
  return `${canonicalJson(bundle)}\n`;
}
