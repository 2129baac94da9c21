import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { AgreementBody } from '../../../shared/schema/agreement.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { IssueOutcomeBody, issueOutcomeId } from '../../../shared/schema/issue-outcome.ts';
import { isLive, type LiveRecord } from '../../../shared/schema/record.ts';
import type { PartnerWrite, RecordStore } from '../../services/record-store.ts';

/** Why an outcome or afspraak was refused; nothing was stored. */
export class OutcomeRefused extends Error {
  constructor(readonly code: 'issue-not-found' | 'owner-not-found' | 'plan-item-not-found' | 'not-found') {
    super(`outcome: ${code}`);
    this.name = 'OutcomeRefused';
  }
}

export type OutcomeStore = ReturnType<typeof createOutcomeStore>;

const stampOf = (context: PartnerWrite) => ({ region: context.partner.region, origin: context.partner.origin, updatedAt: context.stamp() });

async function requireLive(context: PartnerWrite, id: RecordId, type: 'issue' | 'partner' | 'planItem', code: OutcomeRefused['code']): Promise<void> {
  const record = await context.records.get(id);
  if (record?.type !== type || !isLive(record)) throw new OutcomeRefused(code);
}

/**
 * What the regiotafel agreed, written as this installation's partner (in practice the
 * coordinator's): one outcome per issue (`issueOutcomeId`), afspraken as records of their own.
 * What they name is checked inside the write's transaction.
 */
export function createOutcomeStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  return {
    recordOutcome(input: IssueOutcomeBody): Promise<LiveRecord<'issueOutcome'>> {
      const body = IssueOutcomeBody.parse(input);
      return store.writeAsPartner(async (context) => {
        await requireLive(context, body.issueId, 'issue', 'issue-not-found');
        const record = liveVersion('issueOutcome', issueOutcomeId(body.issueId), body, stampOf(context));
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    addAgreement(input: AgreementBody): Promise<LiveRecord<'agreement'>> {
      const body = AgreementBody.parse(input);
      return store.writeAsPartner(async (context) => {
        await requireLive(context, body.issueId, 'issue', 'issue-not-found');
        await requireLive(context, body.ownerPartnerId, 'partner', 'owner-not-found');
        if (body.planItemId !== undefined) await requireLive(context, body.planItemId, 'planItem', 'plan-item-not-found');
        const record = liveVersion('agreement', context.newId(), body, stampOf(context));
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },

    /** Removes an afspraak made by mistake: a tombstone that travels, like every deletion. */
    removeAgreement(id: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const current = await context.records.get(id);
        if (current?.type !== 'agreement' || !isLive(current)) throw new OutcomeRefused('not-found');
        await context.records.put(tombstone(current, { origin: context.partner.origin, updatedAt: context.stamp() }));
      });
    },

    /** Marks an afspraak done or not done again: a new version of it. */
    setAgreementDone(id: RecordId, done: boolean): Promise<LiveRecord<'agreement'>> {
      return store.writeAsPartner(async (context) => {
        const current = await context.records.get(id);
        if (current?.type !== 'agreement' || !isLive(current)) throw new OutcomeRefused('not-found');
        const body = { ...current.body, done };
        const record = liveVersion('agreement', id, body, stampOf(context));
        await context.records.put(record);
        return { ...record, deleted: false, body };
      });
    },
  };
}
