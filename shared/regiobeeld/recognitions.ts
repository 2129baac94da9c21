import { compareText } from '../canonical/compare-text.ts';
import { isLaterRecord } from '../merge/version-order.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import type { Verdict } from '../schema/recognition.ts';
import { DOMAIN_KEYS, type DomainKey } from '../survey/answers.ts';
import type { PartnerDirectory } from './partners.ts';
import { type Reply, repliesByRecognition } from './replies.ts';

/** One partner's word on an issue or observation. */
export interface Recognition {
  /** The recognition record's id. */
  readonly id: string;
  readonly partnerId: string;
  readonly domain: DomainKey;
  readonly verdict: Verdict;
  /** Why, in the partner's words; may be empty. */
  readonly reason: string;
  /** When it said so (`updatedAt`). */
  readonly at: string;
  /** What other partners answered it ("bij ons wel"), oldest first. */
  readonly replies: readonly Reply[];
}

/** Who recognises an issue or observation and who does not, by domain in the order of the domain list, then by partner id. */
export interface TargetRecognitions {
  readonly recognised: readonly Recognition[];
  readonly notRecognised: readonly Recognition[];
  /** The domains of those who recognise it, in the order of the domain list. */
  readonly recognisedDomains: readonly DomainKey[];
}

export const NO_RECOGNITIONS: TargetRecognitions = { recognised: [], notRecognised: [], recognisedDomains: [] };

const DOMAIN_ORDER = new Map<string, number>(DOMAIN_KEYS.map((domain, index) => [domain, index]));
const byDomain = (a: Recognition, b: Recognition) =>
  (DOMAIN_ORDER.get(a.domain) ?? 0) - (DOMAIN_ORDER.get(b.domain) ?? 0) || compareText(a.partnerId, b.partnerId);

/**
 * The recognitions among the records, per target. A recognition of a merged issue counts for the
 * issue it was merged into (`survivorOf`); a partner that said something of both keeps its latest
 * word (a withdrawal too, which counts as nothing said). The coordinator speaks for no domain and
 * is no partner: what it says is not counted.
 */
export function recognitionsByTarget(
  records: readonly RegionRecord[],
  partners: PartnerDirectory,
  survivorOf: (id: string) => string = (id) => id,
): ReadonlyMap<string, TargetRecognitions> {
  const replies = repliesByRecognition(records, partners);
  const latest = new Map<string, Map<string, { recognition: Recognition; record: RegionRecord }>>();
  for (const record of records) {
    if (record.type !== 'recognition' || !isLive(record)) continue;
    const partner = partners.of(record.origin);
    if (partner.coordinator) continue;
    const { targetType, targetId, verdict, reason } = record.body;
    const target = targetType === 'issue' ? survivorOf(targetId) : targetId;
    const held = latest.get(target) ?? new Map<string, { recognition: Recognition; record: RegionRecord }>();
    const earlier = held.get(record.origin);
    if (earlier === undefined || isLaterRecord(record, earlier.record))
      held.set(record.origin, {
        record,
        recognition: {
          id: record.id,
          partnerId: record.origin,
          domain: partner.domain,
          verdict,
          reason,
          at: record.updatedAt,
          replies: replies.get(record.id) ?? [],
        },
      });
    latest.set(target, held);
  }
  const out = new Map<string, TargetRecognitions>();
  for (const [target, held] of latest) {
    const all = [...held.values()]
      .map(({ recognition }) => recognition)
      .filter((recognition) => recognition.verdict !== 'withdrawn')
      .sort(byDomain);
    const recognised = all.filter((recognition) => recognition.verdict === 'recognised');
    const domains = new Set(recognised.map((recognition) => recognition.domain));
    out.set(target, {
      recognised,
      notRecognised: all.filter((recognition) => recognition.verdict === 'not-recognised'),
      recognisedDomains: DOMAIN_KEYS.filter((domain) => domains.has(domain)),
    });
  }
  return out;
}
