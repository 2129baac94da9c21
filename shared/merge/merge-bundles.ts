import { compareText } from '../canonical/compare-text.ts';
import type { Sha256 } from '../canonical/hash.ts';
import type { Bundle } from '../bundle/format.ts';
import { makeBundle } from '../bundle/encode.ts';
import { surveyReferences } from '../bundle/survey-references.ts';
import type { RecordId } from '../schema/ids.ts';
import type { RegionRecord } from '../schema/record.ts';
import { type Conflict, createRecordMerger } from './merge-records.ts';

export type MergedBundle =
  | { readonly ok: true; readonly bundle: Bundle; readonly conflicts: readonly Conflict[] }
  | { readonly ok: false; readonly reason: 'no-bundles' }
  | { readonly ok: false; readonly reason: 'regions-differ'; readonly regions: readonly string[] };

function contributors(bundle: Pick<Bundle, 'producer'>): readonly RecordId[] {
  return bundle.producer.kind === 'partner' ? [bundle.producer.partnerId] : bundle.producer.partnerIds;
}

export interface BundleMerger {
  /**
   * Takes in one bundle; `canonical` are its records' canonical texts when decoding made them. A
   * bundle whose producer is not trusted (`contributes` false) brings its versions, each speaking
   * for itself through its signature, but adds no partner to the merge's contributors.
   */
  add(bundle: Omit<Bundle, 'records'> & { readonly records: readonly RegionRecord[] }, canonical?: readonly string[], contributes?: boolean): void;
  result(): MergedBundle;
}

/**
 * Merges bundles one at a time, so a caller reading hundreds of files keeps only the merge so far,
 * never every bundle at once. Everything in the result derives from the inputs as sets (records,
 * contributing partners, the latest export time) and the survey definitions from the merged
 * responses, so any order and grouping of the same bundles gives the same bytes.
 */
export function createBundleMerger(sha256?: Sha256): BundleMerger {
  const records = createRecordMerger(sha256);
  const regions = new Set<string>();
  const partnerIds = new Set<RecordId>();
  let latest = Number.NEGATIVE_INFINITY;
  let region: Bundle['region'] | undefined;
  return {
    add(bundle, canonical, contributes = true) {
      region ??= bundle.region;
      regions.add(bundle.region);
      if (contributes) contributors(bundle).forEach((id) => partnerIds.add(id));
      latest = Math.max(latest, Date.parse(bundle.exportedAt));
      bundle.records.forEach((record, index) => records.add(record, canonical?.[index]));
    },
    result() {
      if (region === undefined) return { ok: false, reason: 'no-bundles' };
      if (regions.size > 1) return { ok: false, reason: 'regions-differ', regions: [...regions].sort(compareText) };
      const merged = records.result();
      const bundle = makeBundle(
        {
          region,
          producer: { kind: 'merge', partnerIds: [...partnerIds].sort(compareText) },
          exportedAt: new Date(latest).toISOString(),
          records: merged.records,
          surveyDefinitions: surveyReferences(merged.records),
        },
        { sha256, texts: merged.texts },
      );
      return { ok: true, bundle, conflicts: merged.conflicts };
    },
  };
}

/** Merges bundles of one region into one regiobeeld bundle, which can itself be merged again. */
export function mergeBundles(bundles: readonly Bundle[], sha256?: Sha256): MergedBundle {
  const merger = createBundleMerger(sha256);
  bundles.forEach((bundle) => merger.add(bundle));
  return merger.result();
}
