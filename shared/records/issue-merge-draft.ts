import type { RecordId } from '../schema/ids.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import { issueSurvivors } from './issue-survivors.ts';

/**
 * Why a merge of issues is refused before anything is written:
 * - `not-found`: one of the two is no live issue (deleted, or never received);
 * - `same-issue`: both are the same issue, also once merges are followed;
 * - `already-merged`: the issue to merge away already counts for another; undo that first, so
 *   nobody re-points an issue without seeing where it went.
 */
export type IssueMergeRefusal = 'not-found' | 'same-issue' | 'already-merged';

export type IssueMergeDraft =
  | { readonly ok: true; readonly issueId: RecordId; readonly intoId: RecordId }
  | { readonly ok: false; readonly code: IssueMergeRefusal };

/**
 * Checks merging `issueId` into `intoId` against the records as stored (issues and merges). A
 * target that was itself merged is replaced by the issue it counts for, so a merge never points
 * at an issue that no longer stands.
 */
export function draftIssueMerge(records: readonly RegionRecord[], issueId: RecordId, intoId: RecordId): IssueMergeDraft {
  const live = (id: RecordId) => records.some((record) => record.id === id && record.type === 'issue' && isLive(record));
  if (!live(issueId) || !live(intoId)) return { ok: false, code: 'not-found' };
  const { survivorOf } = issueSurvivors(records);
  if (survivorOf(issueId) !== issueId) return { ok: false, code: 'already-merged' };
  const survivor = survivorOf(intoId);
  if (survivor === issueId) return { ok: false, code: 'same-issue' };
  return { ok: true, issueId, intoId: survivor };
}
