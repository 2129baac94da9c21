import { compareText } from '../canonical/compare-text.ts';
import type { PlanIndex } from './plan-index.ts';
import { isEvidenceLink } from './resolve-link.ts';

/**
 * For each issue, observation and survey response: the live plan items whose own links rest on it,
 * sorted by id. Direct links only: an item resting on a goal that rests on an issue is found
 * through the tree, not here. An item resting on a merged issue rests on the issue it counts for
 * (`survivorOf`), which is where the merged one is shown.
 */
export function planItemsByEvidence(index: PlanIndex, survivorOf: (id: string) => string = (id) => id): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, Set<string>>();
  for (const link of index.links) {
    if (!isEvidenceLink(link) || index.item(link.body.fromId) === undefined) continue;
    const on = link.body.toType === 'issue' ? survivorOf(link.body.toId) : link.body.toId;
    out.set(on, (out.get(on) ?? new Set()).add(link.body.fromId));
  }
  return new Map([...out].map(([id, items]) => [id, [...items].sort(compareText)]));
}
