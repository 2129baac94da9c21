import type { AnchorStatus } from '../db/anchor-row.ts';
import type { MessageKey } from '../i18n/t.ts';
import type { LiveRecord } from '../../shared/schema/record.ts';

/** What this browser knows about finding a clip on its source again. */
export type ClipStatus = AnchorStatus | 'unchecked' | 'whole-page';

export const CLIP_STATUS_LABELS: Record<ClipStatus, MessageKey> = {
  found: 'clipStatus_found',
  lost: 'clipStatus_lost',
  unchecked: 'clipStatus_unchecked',
  'whole-page': 'clipStatus_whole_page',
};

/** A clip without a passage (the whole page, an unreadable page) has nothing to find again. */
export function clipStatus(record: LiveRecord<'observation'>, statuses: ReadonlyMap<string, AnchorStatus>): ClipStatus {
  if (record.body.selector === undefined) return 'whole-page';
  return statuses.get(record.id) ?? 'unchecked';
}
