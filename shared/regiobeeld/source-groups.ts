import { compareText } from '../canonical/compare-text.ts';
import type { IndexedObservation } from './observation-index.ts';

export interface SourceClip {
  readonly observationId: string;
  readonly partnerId: string;
  readonly quote: string;
  readonly interpretation: string;
  readonly clippedAt: string;
}

/** One source as the region saw it: every partner's quotes and interpretations of it together. */
export interface SourceGroup {
  readonly url: string;
  /** The title of its earliest clip. */
  readonly title: string;
  readonly partnerIds: readonly string[];
  /** Earliest first. */
  readonly clips: readonly SourceClip[];
}

/**
 * Groups clips by canonical source address. Sources more partners clipped come first: that a
 * GGD report struck three partners is itself a finding. Then the most clips, then the address.
 */
export function groupBySource(observations: readonly IndexedObservation[]): SourceGroup[] {
  const groups = new Map<string, IndexedObservation[]>();
  for (const observation of observations) {
    const group = groups.get(observation.sourceUrl);
    if (group === undefined) groups.set(observation.sourceUrl, [observation]);
    else group.push(observation);
  }
  const out = [...groups].map(([url, members]): SourceGroup => {
    const clips = [...members].sort((a, b) => compareText(a.clippedAt, b.clippedAt) || compareText(a.record.id, b.record.id));
    return {
      url,
      title: clips[0]?.record.body.source.title ?? '',
      partnerIds: [...new Set(clips.map((c) => c.partner.id))].sort(compareText),
      clips: clips.map(({ record, partner, clippedAt }) => ({
        observationId: record.id,
        partnerId: partner.id,
        quote: record.body.quote,
        interpretation: record.body.interpretation,
        clippedAt,
      })),
    };
  });
  return out.sort((a, b) => b.partnerIds.length - a.partnerIds.length || b.clips.length - a.clips.length || compareText(a.url, b.url));
}
