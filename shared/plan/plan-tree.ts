import { parentFits } from './parent-rules.ts';
import type { PlanIndex, PlanItem } from './plan-index.ts';
import { isEvidenceLink, type ResolvedLink, resolveLink } from './resolve-link.ts';

/** One plan item with what it rests on and whom it serves. */
export interface PlanItemView {
  readonly item: PlanItem;
  /** Its links to issues, observations and survey findings, dangling ones included, by link id. */
  readonly evidence: readonly ResolvedLink[];
  /** Its links to the items it serves, by link id; a misfit or dangling one is listed too. */
  readonly parents: readonly ResolvedLink[];
}

export interface PlanNode {
  readonly view: PlanItemView;
  /** Goals under an ambition, actions under a goal. */
  readonly children: readonly PlanNode[];
}

export interface PlanTree {
  /** Ambitions, each with the goals that serve it and their actions. */
  readonly ambitions: readonly PlanNode[];
  /** Initiatives stand beside the tree; their `parents` name the goals they serve. */
  readonly initiatives: readonly PlanItemView[];
  /** Goals (with their actions) and actions that serve no live item of the fitting level: not (yet) placed. */
  readonly unplaced: readonly PlanNode[];
}

export function planItemView(index: PlanIndex, item: PlanItem): PlanItemView {
  const resolved = index.linksFrom(item.id).map((link) => resolveLink(index, link));
  return { item, evidence: resolved.filter((r) => isEvidenceLink(r.link)), parents: resolved.filter((r) => !isEvidenceLink(r.link)) };
}

/** Parents through links that fit the levels and point at a live item. */
export function fittingParentIds(view: PlanItemView): string[] {
  return view.parents.flatMap((r) => (r.target?.type === 'planItem' && parentFits(view.item.body.level, r.target.body.level) ? [r.target.id] : []));
}

/**
 * Ambitions → goals → actions, built level by level over links that fit the levels, so a cycle
 * brought in by a merge can never make it endless. An item serving two parents stands under both.
 */
export function planTree(index: PlanIndex): PlanTree {
  const views = index.items.map((item) => planItemView(index, item));
  const childrenOf = new Map<string, PlanItemView[]>();
  const unplaced: PlanItemView[] = [];
  for (const view of views) {
    const { level } = view.item.body;
    if (level === 'ambition' || level === 'initiative') continue;
    const parents = fittingParentIds(view);
    if (parents.length === 0) unplaced.push(view);
    for (const id of new Set(parents)) childrenOf.set(id, [...(childrenOf.get(id) ?? []), view]);
  }
  const node = (view: PlanItemView): PlanNode => ({ view, children: (childrenOf.get(view.item.id) ?? []).map(node) });
  return {
    ambitions: views.filter((v) => v.item.body.level === 'ambition').map(node),
    initiatives: views.filter((v) => v.item.body.level === 'initiative'),
    unplaced: unplaced.map(node),
  };
}
