import { z } from 'zod';
import { derivedId, RecordId } from './ids.ts';
import { LongText } from './text.ts';

/**
 * Two partners' issues found to be one ("samenvoegen"): from now on the evidence, rankings and
 * links of `issueId` count for `intoId`. The merged issue stays stored and readable; undoing the
 * merge is deleting this record.
 */
export const IssueMergeBody = z.strictObject({
  /** The issue merged away. */
  issueId: RecordId,
  /** The issue it counts for. */
  intoId: RecordId,
  /** Why they are one issue, in the words of whoever merged them; may be empty. */
  reason: LongText,
});
export type IssueMergeBody = z.infer<typeof IssueMergeBody>;

/**
 * A merge's id is derived from the issue merged away, so an issue is merged into at most one other:
 * two partners who merge it differently write two versions of one record, and the version order
 * picks the same one everywhere.
 */
export function issueMergeId(issueId: RecordId): RecordId {
  return derivedId('issue-merge', issueId);
}
