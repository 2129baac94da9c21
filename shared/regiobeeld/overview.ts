import { compareText } from '../canonical/compare-text.ts';
import { RECORD_TYPES, type RecordType, type RegionRecord } from '../schema/record.ts';
import { DOMAIN_KEYS, type DomainKey } from '../survey/answers.ts';
import { type PartnerDirectory, type PartnerInfo, partnerDirectory } from './partners.ts';
import { regionNameOf } from './region-name.ts';

export interface PartnerActivity extends PartnerInfo {
  /** The latest `updatedAt` among the records it wrote, deletions included; null when none. */
  readonly latestChange: string | null;
}

export interface RegionOverview {
  readonly region: string;
  /** The region's name as people write it (`regionNameOf`); null when no partner record names it. */
  readonly regionName: string | null;
  /** Domains in the order of the domain list, each with its partners by id; empty domains left out. */
  readonly partnersByDomain: readonly { readonly domain: DomainKey; readonly partners: readonly PartnerActivity[] }[];
  /** The coordinators of the regiotafel, by id: they take part, but are none of the partners above. */
  readonly coordinators: readonly PartnerActivity[];
  /** Live records per type: a deleted record is no longer part of the picture. */
  readonly counts: Readonly<Record<RecordType, number>>;
  /** Live survey responses a partner marked completed; the rest of `counts.surveyResponse` are in progress. */
  readonly completedResponses: number;
  readonly deleted: number;
}

/** Who contributed what to the regiobeeld, and how recent each partner's view is. */
export function regionOverview(region: string, records: readonly RegionRecord[], directory: PartnerDirectory = partnerDirectory(records)): RegionOverview {
  const counts = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  const latest = new Map<string, string>();
  let deleted = 0;
  let completedResponses = 0;
  for (const record of records) {
    if (record.deleted) deleted += 1;
    else counts[record.type] += 1;
    if (record.type === 'surveyResponse' && record.body?.status === 'completed') completedResponses += 1;
    const seen = latest.get(record.origin);
    if (seen === undefined || compareText(record.updatedAt, seen) > 0) latest.set(record.origin, record.updatedAt);
  }
  const partners = directory.all.map((partner) => ({ ...partner, latestChange: latest.get(partner.id) ?? null }));
  return {
    region,
    regionName: regionNameOf(records),
    partnersByDomain: DOMAIN_KEYS.flatMap((domain) => {
      const inDomain = partners.filter((partner) => partner.domain === domain && !partner.coordinator);
      return inDomain.length > 0 ? [{ domain, partners: inDomain }] : [];
    }),
    coordinators: partners.filter((partner) => partner.coordinator),
    counts,
    completedResponses,
    deleted,
  };
}
