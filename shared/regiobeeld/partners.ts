import { compareText } from '../canonical/compare-text.ts';
import { isCoordinator } from '../schema/partner.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import type { DomainKey } from '../survey/answers.ts';

export interface PartnerInfo {
  readonly id: string;
  /** Null when the regiobeeld holds records of an installation but not its partner record. */
  readonly organisation: string | null;
  /** "unknown" for the coordinator, who speaks for no domain, as for an installation without a partner record. */
  readonly domain: DomainKey;
  /** The coordinator of the regiotafel is no partner in the picture: not counted, not an owner. */
  readonly coordinator: boolean;
}

/**
 * Whether an origin counts as a partner of the regiotafel (it votes, agrees, gives akkoord, owns
 * an agreement): a live partner record that is not the coordinator's. An installation known only by
 * the records it wrote does not: nothing says who it is.
 */
export function countsAsPartner(partner: PartnerInfo): boolean {
  return !partner.coordinator && partner.organisation !== null;
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
      known.set(record.id, {
        id: record.id,
        organisation: record.body.organisation,
        domain: record.body.domain ?? 'unknown',
        coordinator: isCoordinator(record.body),
      });
  }
  for (const record of records) {
    if (!known.has(record.origin)) known.set(record.origin, { id: record.origin, organisation: null, domain: 'unknown', coordinator: false });
  }
  const all = [...known.values()].sort((a, b) => compareText(a.id, b.id));
  return { all, of: (partnerId) => known.get(partnerId) ?? { id: partnerId, organisation: null, domain: 'unknown', coordinator: false } };
}
