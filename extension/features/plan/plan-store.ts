import { parentFits } from '../../../shared/plan/parent-rules.ts';
import { indexPlan, type PlanIndex } from '../../../shared/plan/plan-index.ts';
import { confirmTraceLink, newTraceLink } from '../../../shared/plan/trace-link-record.ts';
import type { TraceLinkDraft, TraceLinkErrorCode } from '../../../shared/plan/trace-link-check.ts';
import { liveVersion, tombstone, type VersionStamp } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { PlanItemBody } from '../../../shared/schema/plan-item.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../../../shared/schema/record.ts';
import type { PartnerWrite, RecordStore } from '../../services/record-store.ts';

/** Why the plan store refused a change; nothing was stored. */
export type PlanRefusalCode = TraceLinkErrorCode | 'not-found';

export class PlanRefusal extends Error {
  constructor(readonly codes: readonly PlanRefusalCode[]) {
    super(`plan store: ${codes.join(', ')}`);
    this.name = 'PlanRefusal';
  }
}

export interface PlanItemInput {
  /** The item being edited; absent for a new one. */
  readonly id?: RecordId;
  readonly body: PlanItemBody;
  /** The plan item this one serves (a goal's ambition, an action's goal); undefined for none. */
  readonly parentId: RecordId | undefined;
}

export type LinkInput = TraceLinkDraft;

export type PlanStore = ReturnType<typeof createPlanStore>;

/**
 * The plan as stored, read inside the write's transaction: plan items and links, and the records
 * the change names (a link's target may be any record, read on its own rather than the whole table).
 */
async function storedPlan(context: PartnerWrite, extra: readonly RecordId[] = [], also: readonly RegionRecord[] = []): Promise<PlanIndex> {
  const [items, links, named] = await Promise.all([
    context.records.where('type').equals('planItem').toArray(),
    context.records.where('type').equals('traceLink').toArray(),
    context.records.bulkGet([...extra]),
  ]);
  return indexPlan([...items, ...links, ...named.filter((record): record is RegionRecord => record !== undefined), ...also]);
}

const stampOf = (context: PartnerWrite): VersionStamp => ({ region: context.partner.region, origin: context.partner.origin, updatedAt: context.stamp() });

/**
 * Plan items and their trace links, checked by the rules of shared/plan. Every write goes through
 * the record store's clock transaction as this installation's partner, so the partner is each
 * link's author; a removal is a tombstone, like every deletion.
 */
export function createPlanStore(store: Pick<RecordStore, 'writeAsPartner'>) {
  async function writeLink(context: PartnerWrite, index: PlanIndex, draft: TraceLinkDraft): Promise<LiveRecord<'traceLink'>> {
    const made = newTraceLink(index, draft, stampOf(context));
    if (!made.ok) throw new PlanRefusal(made.errors.map((error) => error.code));
    if (!isLive(made.record)) throw new PlanRefusal(['target-missing']);
    await context.records.put(made.record);
    return made.record;
  }

  async function remove(context: PartnerWrite, record: RegionRecord): Promise<void> {
    await context.records.put(tombstone(record, { origin: context.partner.origin, updatedAt: context.stamp() }));
  }

  return {
    /**
     * A new plan item or a new version of one, with the parent it serves. A parent of a level that
     * does not fit, or one that would make the hierarchy a cycle, is refused before anything is written.
     */
    savePlanItem(input: PlanItemInput): Promise<LiveRecord<'planItem'>> {
      const body = PlanItemBody.parse(input.body);
      return store.writeAsPartner(async (context) => {
        const current = input.id === undefined ? undefined : await context.records.get(input.id);
        if (input.id !== undefined && (current?.type !== 'planItem' || !isLive(current))) throw new PlanRefusal(['not-found']);
        const record = liveVersion('planItem', input.id ?? context.newId(), body, stampOf(context));
        const index = await storedPlan(context, input.parentId === undefined ? [] : [input.parentId], [record]);
        // The editor shows and changes one parent: other plan links the item has stay as they are.
        const shown = index.linksFrom(record.id).find((link) => link.body.toType === 'planItem');
        const kept = shown !== undefined && shown.body.toId === input.parentId;
        if (kept) {
          const parent = index.item(shown.body.toId);
          if (parent !== undefined && !parentFits(body.level, parent.body.level)) throw new PlanRefusal(['parent-level']);
        }
        const link =
          input.parentId === undefined || kept
            ? undefined
            : newTraceLink(index, { fromId: record.id, toType: 'planItem', toId: input.parentId, rationale: '' }, stampOf(context));
        if (link !== undefined && !link.ok) throw new PlanRefusal(link.errors.map((error) => error.code));
        await context.records.put(record);
        if (shown !== undefined && !kept) await remove(context, shown);
        if (link !== undefined) await context.records.put(link.record);
        return { ...record, deleted: false, body };
      });
    },

    /** Deletes a plan item and the links it made; links to it from other items stay, shown as dangling. */
    deletePlanItem(id: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const current = await context.records.get(id);
        if (current?.type !== 'planItem' || current.deleted) throw new PlanRefusal(['not-found']);
        const index = await storedPlan(context);
        await remove(context, current);
        for (const link of index.linksFrom(id)) await remove(context, link);
      });
    },

    /**
     * Links a plan item to its evidence (or to another plan item). The link remembers the version of
     * the target its author saw; linking the same ends again makes a new version of the same link.
     */
    addLink(draft: LinkInput): Promise<LiveRecord<'traceLink'>> {
      return store.writeAsPartner(async (context) => writeLink(context, await storedPlan(context, [draft.toId]), draft));
    },

    /** The partner looked at the changed evidence again: the link now rests on its current version. */
    confirmLink(id: RecordId): Promise<LiveRecord<'traceLink'>> {
      return store.writeAsPartner(async (context) => {
        const stored = await context.records.get(id);
        if (stored?.type !== 'traceLink' || !isLive(stored)) throw new PlanRefusal(['not-found']);
        const confirmed = confirmTraceLink(await storedPlan(context, [stored.body.toId]), stored, stampOf(context));
        if (confirmed === null || !isLive(confirmed)) throw new PlanRefusal(['target-missing']);
        await context.records.put(confirmed);
        return confirmed;
      });
    },

    /** Removes a link by a tombstone, so the removal travels and wins over older copies. */
    removeLink(id: RecordId): Promise<void> {
      return store.writeAsPartner(async (context) => {
        const link = await context.records.get(id);
        if (link?.type !== 'traceLink' || link.deleted) throw new PlanRefusal(['not-found']);
        await remove(context, link);
      });
    },
  };
}
