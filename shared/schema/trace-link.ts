import { z } from 'zod';
import { HlcTimestamp } from '../clock/hlc.ts';
import { derivedId, RecordId } from './ids.ts';
import { LongText, ShortText } from './text.ts';

export const TRACE_TARGETS = ['issue', 'observation', 'surveyFinding', 'planItem'] as const;

export const TraceLinkBody = z.strictObject({
  fromId: RecordId,
  toType: z.enum(TRACE_TARGETS),
  toId: RecordId,
  /** For a survey finding: which question of the referenced response's survey. */
  toQuestion: ShortText.optional(),
  rationale: LongText,
  /**
   * The target's version (its updatedAt) that the author looked at when making or last confirming
   * the link; a later version of the target makes the link suspect until someone confirms it again.
   */
  evidenceAt: HlcTimestamp,
});
export type TraceLinkBody = z.infer<typeof TraceLinkBody>;

/**
 * A link's id is derived from its ends, so two partners who link the same plan item to the same
 * evidence make the same record instead of two that disagree.
 */
export function traceLinkId(link: Pick<TraceLinkBody, 'fromId' | 'toId' | 'toQuestion'>): RecordId {
  return derivedId('trace-link', link.fromId, link.toId, link.toQuestion ?? '');
}
