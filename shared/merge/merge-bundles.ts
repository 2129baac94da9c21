import { compareText } from '../canonical/compare-text.ts';
import type { Bundle } from '../bundle/format.ts';
import { makeBundle } from '../bundle/encode.ts';
import type { RecordId } from '../schema/ids.ts';
import { type Conflict, mergeRecords } from './merge-records.ts';

export type MergedBundle =
  | { readonly ok: true; readonly bundle: Bundle; readonly conflicts: readonly Conflict[] }
  | { readonly ok: false; readonly reason: 'no-bundles' }
  | { readonly ok: false; readonly reason: 'regions-differ'; readonly regions: readonly string[] };

function contributors(bundle: Bundle): readonly RecordId[] {
  return bundle.producer.kind === 'partner' ? [bundle.producer.partnerId] : bundle.producer.partnerIds;
}

/**
 * Merges bundles of one region into one regiobeeld bundle, which can itself be merged again.
 * Everything in the result derives from the inputs as sets (records, contributing partners, the
 * latest export time), so any order and grouping of the same bundles gives the same bytes.
 */
export function mergeBundles(bundles: readonly Bundle[]): MergedBundle {
  const first = bundles[0];
  if (first === undefined) return { ok: false, reason: 'no-bundles' };
  const regions = [...new Set(bundles.map((b) => b.region))].sort(compareText);
  if (regions.length > 1) return { ok: false, reason: 'regions-differ', regions };

  const { records, conflicts } = mergeRecords(bundles.map((b) => b.records));
  const partnerIds = [...new Set(bundles.flatMap(contributors))].sort(compareText);
  const exportedAt = new Date(Math.max(...bundles.map((b) => Date.parse(b.exportedAt)))).toISOString();
  const bundle = makeBundle({
    region: first.region,
    producer: { kind: 'merge', partnerIds },
    exportedAt,
    records,
    surveyDefinitions: bundles.flatMap((b) => b.surveyDefinitions),
  });
  return { ok: true, bundle, conflicts };
}
