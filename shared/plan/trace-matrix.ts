import type { IssueSummary } from '../regiobeeld/issue-summaries.ts';
import type { PlanIndex, PlanItem } from './plan-index.ts';
import { resolveLink } from './resolve-link.ts';

/**
 * - `linked`: the item links to the issue itself;
 * - `suspect`: it does, but the issue changed after the link was made or confirmed;
 * - `via-observation`: it links to an observation that names the issue.
 */
export type TraceCell = 'linked' | 'suspect' | 'via-observation' | null;

export interface TraceMatrix {
  /** Goals, then actions, as the plan index orders them. */
  readonly columns: readonly PlanItem[];
  /** Every live issue in the order of the issue summaries (best place first), one cell per column. */
  readonly rows: readonly { readonly issue: IssueSummary; readonly cells: readonly TraceCell[] }[];
}

export function traceMatrix(index: PlanIndex, issues: readonly IssueSummary[]): TraceMatrix {
  const columns = index.items.filter((item) => item.body.level === 'goal' || item.body.level === 'action');
  const cellsOf = columns.map((item) => {
    const cells = new Map<string, TraceCell>();
    for (const r of index.linksFrom(item.id).map((link) => resolveLink(index, link))) {
      if (r.target?.type === 'issue') cells.set(r.target.id, r.state === 'suspect' ? 'suspect' : 'linked');
      if (r.target?.type !== 'observation') continue;
      for (const issueId of r.target.body.issueIds) if (!cells.has(issueId)) cells.set(issueId, 'via-observation');
    }
    return cells;
  });
  return { columns, rows: issues.map((issue) => ({ issue, cells: cellsOf.map((cells) => cells.get(issue.id) ?? null) })) };
}
