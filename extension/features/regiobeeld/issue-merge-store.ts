import { draftIssueMerge, type IssueMergeRefusal } from '../../../shared/records/issue-merge-draft.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { IssueMergeBody, issueMergeId } from '../../../shared/schema/issue-merge.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import type { RecordStore } from '../../services/record-store.ts';

/** Why a merge or its undoing was refused; nothing was stored. `not-merged`: there is no merge of that issue to undo. */
export class IssueMergeRefused extends Error {
  constructor(readonly code: IssueMergeRefusal | 'not-merged') {
    super(`issue merge: ${code}`);
    this.name = 'IssueMergeRefused';
  }
}

export type IssueMergeStore = ReturnType<typeof createIssueMergeStore>;

/**
 * Merges of issues ("samenvoegen") as this installation's partner: a merge is a record that
 * travels like every other, checked against the issues and merges as stored inside the write's
 * transaction, so a sync landing between reading and writing cannot make it point wrong.
 */
export function createIssueMergeStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    /** From now on `issueId`'s evidence, rankings and links count for `intoId` (or for the issue `intoId` counts for). */
    merge(issueId: RecordId, intoId: RecordId, reason: string): Promise<LiveRecord<'issueMerge'>> {
      return store.writeAsPartner(async (context) => {
        const stored = await context.records.where('type').anyOf(['issue', 'issueMerge']).toArray();
        const draft = draftIssueMerge(stored, issueId, intoId);
        if (!draft.ok) throw new IssueMergeRefused(draft.code);
        const body = IssueMergeBody.parse({ issueId, intoId: draft.intoId, reason: reason.trim() });
        const record = liveVersion('issueMerge', issueMergeId(issueId), body, {
          region: context.partner.region,
          origin: context.partner.origin,
          updatedAt: context.stamp(),
        });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** Undoes the merge of `issueId` by a tombstone, so the undoing travels and wins over older copies of the merge. */
    undo(issueId: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const merge = await context.records.get(issueMergeId(issueId));
        if (merge?.type !== 'issueMerge' || !isLive(merge)) throw new IssueMergeRefused('not-merged');
        await context.records.put(tombstone(merge, { origin: context.partner.origin, updatedAt: context.stamp() }));
      });
    },
  };
}
