import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { ORIGIN_A, REGION } from './fake-records.ts';

/** "Now" for decoding test bundles: after every timestamp the fakes use. */
export const NOW = Date.parse('2026-11-22T12:00:00.000Z');

export function partnerBundle(records: readonly RegionRecord[], exportedAt = '2026-10-02T10:00:00.000Z', partnerId = ORIGIN_A): Bundle {
  return makeBundle({
    region: REGION,
    producer: { kind: 'partner', partnerId, organisation: 'Huisartsencoöperatie De Peel', domain: 'zorg' },
    exportedAt,
    records,
    surveyDefinitions: [],
  });
}

export function bundleText(records: readonly RegionRecord[]): string {
  return encodeBundle(partnerBundle(records));
}

/** A parsed copy of a valid bundle, to break in one place. */
export function bundleJson(records: readonly RegionRecord[]): Record<string, unknown> & { records: Array<Record<string, unknown>> } {
  return JSON.parse(bundleText(records)) as Record<string, unknown> & { records: Array<Record<string, unknown>> };
}
