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

/**
 * `survivorOf`: the issue each issue counts for once merges are applied; a link to a merged issue
 * shows in its survivor's row, and a direct link there is not hidden by a suspect one to the merged issue.
 */
export function traceMatrix(index: PlanIndex, issues: readonly IssueSummary[], survivorOf: (id: string) => string = (id) => id): TraceMatrix {
  const columns = index.items.filter((item) => item.body.level === 'goal' || item.body.level === 'action');
  const cellsOf = columns.map((item) => {
    const cells = new Map<string, TraceCell>();
    for (const r of index.linksFrom(item.id).map((link) => resolveLink(index, link))) {
      if (r.target?.type === 'issue') {
        const row = survivorOf(r.target.id);
        if (cells.get(row) !== 'linked') cells.set(row, r.state === 'suspect' ? 'suspect' : 'linked');
      }
      if (r.target?.type !== 'observation') continue;
      for (const issueId of r.target.body.issueIds) if (!cells.has(survivorOf(issueId))) cells.set(survivorOf(issueId), 'via-observation');
    }
    return cells;
  });
  return { columns, rows: issues.map((issue) => ({ issue, cells: cellsOf.map((cells) => cells.get(issue.id) ?? null) })) };
}
