import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import { RecognitionBody, recognitionId, type Verdict } from '../../../shared/schema/recognition.ts';
import type { RecordStore } from '../../services/record-store.ts';

/** Why a recognition was refused; nothing was stored. `not-found`: the issue or observation is not there (any more). */
export class RecognitionRefused extends Error {
  constructor(readonly code: 'not-found' | 'not-said') {
    super(`recognition: ${code}`);
    this.name = 'RecognitionRefused';
  }
}

export type RecognitionStore = ReturnType<typeof createRecognitionStore>;

/**
 * "Herken ik" and "herken ik niet" as this installation's partner: one record per partner per
 * target (`recognitionId`), so saying it again replaces what was said, and withdrawing it is a
 * version that says so and travels.
 */
export function createRecognitionStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    say(targetType: RecognitionBody['targetType'], targetId: RecordId, verdict: Verdict, reason: string): Promise<LiveRecord<'recognition'>> {
      const body = RecognitionBody.parse({ targetType, targetId, verdict, reason: reason.trim() });
      return store.writeAsPartner(async (context) => {
        const target = await context.records.get(targetId);
        if (target?.type !== targetType || !isLive(target)) throw new RecognitionRefused('not-found');
        const record = liveVersion('recognition', recognitionId(context.partner.origin, targetId), body, {
          region: context.partner.region,
          origin: context.partner.origin,
          updatedAt: context.stamp(),
        });
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** Takes back what was said: a version saying "withdrawn", so the record still names its writer and target. */
    withdraw(targetId: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const said = await context.records.get(recognitionId(context.partner.origin, targetId));
        if (said?.type !== 'recognition' || !isLive(said) || said.body.verdict === 'withdrawn') throw new RecognitionRefused('not-said');
        const body = { ...said.body, verdict: 'withdrawn' as const, reason: '' };
        await context.records.put(
          liveVersion('recognition', said.id, body, { region: said.region, origin: context.partner.origin, updatedAt: context.stamp() }),
        );
      });
    },
  };
}
