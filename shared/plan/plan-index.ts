import { compareText } from '../canonical/compare-text.ts';
import { newerOf } from '../merge/version-order.ts';
import { PLAN_LEVELS } from '../schema/plan-item.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';

export type PlanItem = LiveRecord<'planItem'>;
export type TraceLink = LiveRecord<'traceLink'>;
export type PlanLevel = PlanItem['body']['level'];

/** The plan part of a regiobeeld, read once: every function of `shared/plan/` works on this. */
export interface PlanIndex {
  /** Live plan items by level (ambition, goal, action, initiative), then title, then id. */
  readonly items: readonly PlanItem[];
  /** Live trace links, by id. */
  readonly links: readonly TraceLink[];
  /** The current version of any record, tombstones included: a link may point at a deleted one. */
  readonly record: (id: string) => RegionRecord | undefined;
  readonly item: (id: string) => PlanItem | undefined;
  /** Live links from one plan item, by id. */
  readonly linksFrom: (planItemId: string) => readonly TraceLink[];
}

const LEVEL_ORDER = new Map<string, number>(PLAN_LEVELS.map((level, index) => [level, index]));

export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  return (LEVEL_ORDER.get(a.body.level) ?? 0) - (LEVEL_ORDER.get(b.body.level) ?? 0) || compareText(a.body.title, b.body.title) || compareText(a.id, b.id);
}

/**
 * Takes the records as a merge or the local database holds them. Should one id appear twice, the
 * later version in the merge's order counts, so a caller that passes unmerged versions still reads the current state.
 */
export function indexPlan(records: readonly RegionRecord[]): PlanIndex {
  const current = new Map<string, RegionRecord>();
  for (const record of records) {
    const held = current.get(record.id);
    current.set(record.id, held === undefined ? record : newerOf(held, record));
  }
  const items: PlanItem[] = [];
  const links: TraceLink[] = [];
  for (const record of current.values()) {
    if (record.type === 'planItem' && isLive(record)) items.push(record);
    else if (record.type === 'traceLink' && isLive(record)) links.push(record);
  }
  items.sort(comparePlanItems);
  links.sort((a, b) => compareText(a.id, b.id));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const from = new Map<string, TraceLink[]>();
  for (const link of links) {
    const list = from.get(link.body.fromId);
    if (list === undefined) from.set(link.body.fromId, [link]);
    else list.push(link);
  }
  return {
    items,
    links,
    record: (id) => current.get(id),
    item: (id) => itemById.get(id),
    linksFrom: (planItemId) => from.get(planItemId) ?? [],
  };
}
