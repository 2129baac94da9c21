import { compareText } from '../canonical/compare-text.ts';
import type { IssueRanking } from './issue-priority.ts';
import type { IssueSummary } from './issue-summaries.ts';

/** The top three is what a joint session can take on at once; more dilutes "what comes first". */
export const TOP_PLACES = 3;

/** Ranked by someone and in the top places of the surveys' ranking. */
export function isTopPlace(priority: IssueRanking): boolean {
  return priority.n > 0 && priority.place <= TOP_PLACES;
}
/** "Broad" consensus: at least half of those who could rank the issue (it was offered to them) ranked it at all. */
export const BROAD_SHARE = 0.5;
/**
 * Domains differ when one gives the issue a quarter of the score range more than another: the same
 * quarter-of-the-range rule the Delphi consensus uses (`consensusThreshold`).
 */
export const DOMAIN_GAP = 0.25;
/** One clip is one partner's view: nothing corroborates it yet. */
export const LITTLE_EVIDENCE = 1;
/** Three clips usually come from more than one source or partner: the issue is well documented. */
export const MUCH_EVIDENCE = 3;
/** A fifth of the points it could get: as if everyone put it last of five, or one in five first. */
export const LOW_SCORE = 0.2;
/** Items per kind: an agenda of one afternoon, not a list of everything. */
export const ITEMS_PER_KIND = 5;

export const AGENDA_KINDS = ['shared-priority', 'domains-differ', 'urgent-little-evidence', 'evidence-low-priority', 'not-in-plan'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  readonly kind: AgendaKind;
  readonly issueId: string;
  readonly title: string;
  /** The observations to bring to the table for this item. */
  readonly evidenceIds: readonly string[];
  readonly priority: IssueRanking | null;
}

interface Rule {
  readonly kind: AgendaKind;
  readonly applies: (issue: IssueSummary, priority: IssueRanking, notInPlan: ReadonlySet<string>) => boolean;
  readonly order: (a: IssueSummary & { priority: IssueRanking }, b: IssueSummary & { priority: IssueRanking }) => number;
}

const RULES: readonly Rule[] = [
  {
    kind: 'shared-priority',
    applies: (_, p) => isTopPlace(p) && p.consensus === true && p.n >= BROAD_SHARE * p.offeredTo,
    order: (a, b) => a.priority.place - b.priority.place,
  },
  {
    kind: 'domains-differ',
    applies: (_, p) => p.domainGap !== null && p.domainGap.difference >= DOMAIN_GAP,
    order: (a, b) => (b.priority.domainGap?.difference ?? 0) - (a.priority.domainGap?.difference ?? 0),
  },
  {
    kind: 'urgent-little-evidence',
    applies: (issue, p) => isTopPlace(p) && issue.evidenceIds.length <= LITTLE_EVIDENCE,
    order: (a, b) => a.priority.place - b.priority.place,
  },
  {
    kind: 'evidence-low-priority',
    // Nobody could rank it: its score of 0 says nothing about its priority.
    applies: (issue, p) => issue.evidenceIds.length >= MUCH_EVIDENCE && p.offeredTo > 0 && p.score < LOW_SCORE,
    order: (a, b) => b.evidenceIds.length - a.evidenceIds.length,
  },
  {
    kind: 'not-in-plan',
    applies: (issue, _, notInPlan) => notInPlan.has(issue.id),
    order: (a, b) => a.priority.place - b.priority.place,
  },
];

/**
 * The agenda of the joint session, made from the issue summaries: what the region agrees comes
 * first, where domains see it differently, what is urgent but undocumented, what is documented
 * but nobody puts first, and which top issues the plan does not take up yet (`notInPlan`, the
 * plan's `agendaNotInPlan`). An issue no survey ranked cannot be placed and is left out; an issue
 * may stand under more than one heading.
 */
export function gespreksagenda(issues: readonly IssueSummary[], notInPlan: ReadonlySet<string> = new Set()): AgendaItem[] {
  return RULES.flatMap((rule) =>
    issues
      .flatMap((issue) => (issue.priority !== null && rule.applies(issue, issue.priority, notInPlan) ? [{ ...issue, priority: issue.priority }] : []))
      .sort((a, b) => rule.order(a, b) || compareText(a.id, b.id))
      .slice(0, ITEMS_PER_KIND)
      .map((issue) => ({ kind: rule.kind, issueId: issue.id, title: issue.title, evidenceIds: issue.evidenceIds, priority: issue.priority })),
  );
}
