import { compareText } from '../canonical/compare-text.ts';
import type { PlanIndex } from './plan-index.ts';
import { isEvidenceLink } from './resolve-link.ts';

/**
 * For each issue, observation and survey response: the live plan items whose own links rest on it,
 * sorted by id. Direct links only: an item resting on a goal that rests on an issue is found
 * through the tree, not here.
 */
export function planItemsByEvidence(index: PlanIndex): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, Set<string>>();
  for (const link of index.links) {
    if (!isEvidenceLink(link) || index.item(link.body.fromId) === undefined) continue;
    out.set(link.body.toId, (out.get(link.body.toId) ?? new Set()).add(link.body.fromId));
  }
  return new Map([...out].map(([id, items]) => [id, [...items].sort(compareText)]));
}
