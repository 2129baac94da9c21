import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import { ReplyBody, replyId } from '../../../shared/schema/reply.ts';
import type { RecordStore } from '../../services/record-store.ts';

/**
 * Why a reply was refused; nothing was stored. `not-found`: the recognition is not there or was
 * withdrawn; `own`: a partner adds to its own word by changing its reason; `not-said`: there is no
 * reply to take back.
 */
export class ReplyRefused extends Error {
  constructor(readonly code: 'not-found' | 'own' | 'not-said') {
    super(`reply: ${code}`);
    this.name = 'ReplyRefused';
  }
}

export type ReplyStore = ReturnType<typeof createReplyStore>;

/**
 * Replies to another partner's recognition, as this installation's partner: one per partner per
 * recognition (`replyId`), so replying again replaces it, and taking it back is a version that
 * says so and travels.
 */
export function createReplyStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    reply(recognitionId: RecordId, text: string): Promise<LiveRecord<'reply'>> {
      const body = ReplyBody.parse({ recognitionId, text: text.trim(), withdrawn: false });
      return store.writeAsPartner(async (context) => {
        const recognition = await context.records.get(recognitionId);
        if (recognition?.type !== 'recognition' || !isLive(recognition) || recognition.body.verdict === 'withdrawn') throw new ReplyRefused('not-found');
        if (recognition.origin === context.partner.origin) throw new ReplyRefused('own');
        const record = liveVersion('reply', replyId(context.partner.origin, recognitionId), body, {
          region: context.partner.region,
          origin: context.partner.origin,
          updatedAt: context.stamp(),
        });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    withdraw(recognitionId: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const said = await context.records.get(replyId(context.partner.origin, recognitionId));
        if (said?.type !== 'reply' || !isLive(said) || said.body.withdrawn) throw new ReplyRefused('not-said');
        const body = { recognitionId, text: '', withdrawn: true };
        await context.records.put(liveVersion('reply', said.id, body, { region: said.region, origin: context.partner.origin, updatedAt: context.stamp() }));
      });
    },
  };
}
