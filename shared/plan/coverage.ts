import { isTopPlace } from '../regiobeeld/agenda.ts';
import type { IssueSummary } from '../regiobeeld/issue-summaries.ts';
import { parentCycles } from './cycles.ts';
import { parentFits } from './parent-rules.ts';
import type { PlanIndex, PlanItem } from './plan-index.ts';
import { isEvidenceLink, type ResolvedLink, resolveLink } from './resolve-link.ts';

/**
 * A top-priority issue is one the surveys place in the top three (`TOP_PLACES` of the agenda,
 * by the ranking that speaks for it, `headlineRanking`): the same top the gespreksagenda puts on
 * the table, so the plan is held to what the region said comes first. Ties share a place, so the
 * top may hold more than three issues; an issue no survey ranked is never top.
 */
export function topPriorityIssues(issues: readonly IssueSummary[]): IssueSummary[] {
  return issues.filter((issue) => issue.priority !== null && isTopPlace(issue.priority));
}

export interface PlanCoverage {
  /** Every top-priority issue: none means the plan cannot be held to what the region put first. */
  readonly topIssues: readonly IssueSummary[];
  /** Top-priority issues no live goal or action links to directly. */
  readonly uncoveredTopIssues: readonly IssueSummary[];
  /** Plan items resting on no evidence by the rule of `groundedItems` ("staat op zichzelf"). */
  readonly standAlone: readonly PlanItem[];
  /** Links with a missing end, by link id. */
  readonly dangling: readonly ResolvedLink[];
  /** Links whose target changed after the author saw it, by link id. */
  readonly suspect: readonly ResolvedLink[];
  readonly actionsWithoutOwner: readonly PlanItem[];
  /** Parent links between live items whose levels no longer fit (levels changed after linking). */
  readonly misfitParents: readonly ResolvedLink[];
  /** Items serving each other round, from `parentCycles`. */
  readonly cycles: readonly (readonly string[])[];
}

/** `survivorOf`: the issue each issue counts for once merges are applied, so a goal resting on a merged issue covers its survivor. */
export function planCoverage(index: PlanIndex, issues: readonly IssueSummary[], survivorOf: (id: string) => string = (id) => id): PlanCoverage {
  const resolved = index.links.map((link) => resolveLink(index, link));
  const covered = new Set<string>();
  for (const r of resolved) {
    if (r.state !== 'dangling' && r.link.body.toType === 'issue' && (r.from?.body.level === 'goal' || r.from?.body.level === 'action'))
      covered.add(survivorOf(r.link.body.toId));
  }
  const grounded = groundedItems(index, resolved);
  const topIssues = topPriorityIssues(issues);
  return {
    topIssues,
    uncoveredTopIssues: topIssues.filter((issue) => !covered.has(issue.id)),
    standAlone: index.items.filter((item) => !grounded.has(item.id)),
    dangling: resolved.filter((r) => r.state === 'dangling'),
    suspect: resolved.filter((r) => r.state === 'suspect'),
    actionsWithoutOwner: index.items.filter((item) => item.body.level === 'action' && item.body.ownerPartnerIds.length === 0),
    misfitParents: resolved.filter((r) => r.from !== null && r.target?.type === 'planItem' && !parentFits(r.from.body.level, r.target.body.level)),
    cycles: parentCycles(index),
  };
}

/**
 * The top issues the gespreksagenda puts under "not in the plan yet": none while the regiobeeld
 * holds no goal or action, because a region that has not started its plan would otherwise see
 * every top issue twice on its agenda.
 */
export function agendaNotInPlan(index: PlanIndex, coverage: PlanCoverage): ReadonlySet<string> {
  const started = index.items.some((item) => item.body.level === 'goal' || item.body.level === 'action');
  return new Set(started ? coverage.uncoveredTopIssues.map((issue) => issue.id) : []);
}

/**
 * Items that rest on evidence, read as a logframe reads its levels:
 * - an item rests on its own link to an issue, observation or survey finding that is there (a
 *   suspect link still counts; it is reported on its own);
 * - an item rests on what a fitting parent rests on by these two rules, since an action carries
 *   out its goal: the goal's evidence is its reason, and asking each action to repeat the goal's
 *   links makes copies that drift apart;
 * - an ambition rests on its goals: it is the umbrella the goals spell out and is reached only
 *   through them, so a goal that rests on evidence is the ambition's evidence too.
 * A goal is not grounded by what its actions cite: the goal is where the plan says which problem
 * it takes on (a logframe's outcome, the objective tree's restated problem), and an action's link
 * tells why that means was picked. And what an ambition has through one goal does not pass down to
 * its other goals: each goal still needs a reason of its own or the ambition's own.
 */
function groundedItems(index: PlanIndex, resolved: readonly ResolvedLink[]): Set<string> {
  const grounded = new Set<string>();
  for (const r of resolved) if (r.from !== null && r.state !== 'dangling' && isEvidenceLink(r.link)) grounded.add(r.from.id);
  const parentsOf = new Map<string, string[]>();
  for (const r of resolved) {
    if (r.from === null || r.target?.type !== 'planItem' || !parentFits(r.from.body.level, r.target.body.level)) continue;
    parentsOf.set(r.from.id, [...(parentsOf.get(r.from.id) ?? []), r.target.id]);
  }
  // Fitting links only go down the levels, so this reaches a fixed point in as many rounds as there are levels.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [child, parents] of parentsOf) {
      if (!grounded.has(child) && parents.some((id) => grounded.has(id))) {
        grounded.add(child);
        changed = true;
      }
    }
  }
  // Only after the downward pass, so an ambition's borrowed ground never reaches its other goals.
  const throughGoals = [...parentsOf].filter(([child]) => grounded.has(child) && index.item(child)?.body.level === 'goal').flatMap(([, parents]) => parents);
  for (const id of throughGoals) grounded.add(id);
  return grounded;
}
