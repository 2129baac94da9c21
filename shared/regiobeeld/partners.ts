import { compareText } from '../canonical/compare-text.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import type { DomainKey } from '../survey/answers.ts';

export interface PartnerInfo {
  readonly id: string;
  /** Null when the regiobeeld holds records of an installation but not its partner record. */
  readonly organisation: string | null;
  readonly domain: DomainKey;
}

export interface PartnerDirectory {
  /** Every partner that has a live partner record or wrote any record, sorted by id. */
  readonly all: readonly PartnerInfo[];
  of(partnerId: string): PartnerInfo;
}

/**
 * Who each origin is. A record's origin is its partner's id; an origin without a partner record
 * still counts, under domain "unknown", as the survey aggregation does.
 */
export function partnerDirectory(records: readonly RegionRecord[]): PartnerDirectory {
  const known = new Map<string, PartnerInfo>();
  for (const record of records) {
    if (record.type === 'partner' && isLive(record))
      known.set(record.id, { id: record.id, organisation: record.body.organisation, domain: record.body.domain });
  }
  for (const record of records) {
    if (!known.has(record.origin)) known.set(record.origin, { id: record.origin, organisation: null, domain: 'unknown' });
  }
  const all = [...known.values()].sort((a, b) => compareText(a.id, b.id));
  return { all, of: (partnerId) => known.get(partnerId) ?? { id: partnerId, organisation: null, domain: 'unknown' } };
}
