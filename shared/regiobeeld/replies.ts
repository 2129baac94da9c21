import { compareText } from '../canonical/compare-text.ts';
import { isLaterRecord } from '../merge/version-order.ts';
import type { RecordId } from '../schema/ids.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import type { DomainKey } from '../survey/answers.ts';
import type { PartnerDirectory } from './partners.ts';

/** A partner's reaction to a recognition, as shown beside it. */
export interface Reply {
  /** The reply record's id. */
  readonly id: string;
  readonly partnerId: string;
  /** "unknown" for the coordinator, who may reply though it recognises nothing. */
  readonly domain: DomainKey;
  readonly text: string;
  /** When it was said (`updatedAt`). */
  readonly at: string;
}

/**
 * The replies that stand, per recognition they answer, oldest first (then by writer): each
 * partner's latest version of its reply, a withdrawn one counting as nothing said.
 */
export function repliesByRecognition(records: readonly RegionRecord[], partners: PartnerDirectory): ReadonlyMap<RecordId, readonly Reply[]> {
  const latest = new Map<RecordId, LiveRecord<'reply'>>();
  for (const record of records) {
    if (record.type !== 'reply' || !isLive(record)) continue;
    const held = latest.get(record.id);
    if (held === undefined || isLaterRecord(record, held)) latest.set(record.id, record);
  }
  const out = new Map<RecordId, Reply[]>();
  for (const record of latest.values()) {
    if (record.body.withdrawn) continue;
    const reply: Reply = { id: record.id, partnerId: record.origin, domain: partners.of(record.origin).domain, text: record.body.text, at: record.updatedAt };
    out.set(record.body.recognitionId, [...(out.get(record.body.recognitionId) ?? []), reply]);
  }
  for (const replies of out.values()) replies.sort((a, b) => compareText(a.at, b.at) || compareText(a.partnerId, b.partnerId));
  return out;
}
