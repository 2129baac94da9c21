import type { PlanLevel } from './plan-index.ts';

/**
 * Which level an item may serve: a goal serves an ambition, an action and an initiative serve a
 * goal, an ambition serves nothing. An item may serve more than one parent (a goal two ambitions,
 * an initiative several goals): the regional table decides that, not the tool, and two partners
 * may add different parents at the same time anyway. Levels only go down, so links that fit these
 * rules can never form a cycle; a cycle needs a link that no longer fits (see `cycles.ts`).
 */
export const PARENT_LEVELS: Readonly<Record<PlanLevel, readonly PlanLevel[]>> = {
  ambition: [],
  goal: ['ambition'],
  action: ['goal'],
  initiative: ['goal'],
};

export function parentFits(child: PlanLevel, parent: PlanLevel): boolean {
  return PARENT_LEVELS[child].includes(parent);
}
