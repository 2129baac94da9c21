import { compareText } from '../canonical/compare-text.ts';
import { parentFits } from './parent-rules.ts';
import type { PlanIndex, PlanItem } from './plan-index.ts';

/**
 * Parent links between live plan items, child → parents, whatever their levels: a link that no
 * longer fits the levels (two partners changed levels at the same time) still points somewhere,
 * and only such links can close a cycle.
 */
export function parentGraph(index: PlanIndex): ReadonlyMap<string, readonly string[]> {
  const graph = new Map<string, string[]>();
  for (const link of index.links) {
    const { fromId, toType, toId } = link.body;
    if (toType !== 'planItem' || index.item(fromId) === undefined || index.item(toId) === undefined) continue;
    const parents = graph.get(fromId);
    if (parents === undefined) graph.set(fromId, [toId]);
    else parents.push(toId);
  }
  return graph;
}

/** Whether `childId` serving `parentId` would close a cycle: the parent already serves the child, directly or through others. */
export function wouldMakeCycle(index: PlanIndex, childId: string, parentId: string): boolean {
  if (childId === parentId) return true;
  const graph = parentGraph(index);
  const seen = new Set<string>([parentId]);
  const stack = [parentId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of graph.get(id) ?? []) {
      if (next === childId) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/**
 * The items `childId` may be linked to as its parent: of a fitting level, not already serving it
 * (directly or through others), not itself. One walk, so a picker can offer them all at once.
 */
export function parentCandidates(index: PlanIndex, childId: string): PlanItem[] {
  const child = index.item(childId);
  if (child === undefined) return [];
  const servers = new Map<string, string[]>();
  for (const [from, parents] of parentGraph(index)) for (const parent of parents) servers.set(parent, [...(servers.get(parent) ?? []), from]);
  const below = new Set<string>([childId]);
  const stack = [childId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of servers.get(id) ?? []) {
      if (!below.has(next)) {
        below.add(next);
        stack.push(next);
      }
    }
  }
  return index.items.filter((item) => !below.has(item.id) && parentFits(child.body.level, item.body.level));
}

/**
 * The cycles a merge brought in: each is the set of plan items that serve each other round (a
 * strongly connected component of the parent links with more than one item, or one item serving
 * itself), ids sorted; cycles sorted by their first id. Iterative Tarjan, so a long chain cannot
 * overflow the stack.
 */
export function parentCycles(index: PlanIndex): string[][] {
  const graph = parentGraph(index);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  const nodes = [...graph.keys()].sort(compareText);
  for (const start of nodes) {
    if (order.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    order.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const edges = graph.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next] as string;
        frame.next += 1;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, order.get(to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const component: string[] = [];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        onStack.delete(id);
        component.push(id);
        if (id === frame.id) break;
      }
      if (component.length > 1 || edges.includes(frame.id)) cycles.push(component.sort(compareText));
    }
  }
  return cycles.sort((a, b) => compareText(a[0] ?? '', b[0] ?? ''));
}
