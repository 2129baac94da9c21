import type { IssueSummary } from '../regiobeeld/issue-summaries.ts';
import type { RegionRecord } from '../schema/record.ts';
import { planCoverage, type PlanCoverage } from './coverage.ts';
import { planItemsByEvidence } from './evidence-index.ts';
import { indexPlan, type PlanIndex } from './plan-index.ts';
import { planTree, type PlanTree } from './plan-tree.ts';
import { traceMatrix, type TraceMatrix } from './trace-matrix.ts';

/** The plan of a regiobeeld read once: what the dashboard, the report and the CSV show. */
export interface PlanAnalysis {
  readonly index: PlanIndex;
  readonly tree: PlanTree;
  readonly coverage: PlanCoverage;
  readonly matrix: TraceMatrix;
  /** Per issue, observation or survey response id: the plan items resting on it. */
  readonly byEvidence: ReadonlyMap<string, readonly string[]>;
}

/** `survivorOf`: the issue each issue counts for once merges are applied (`IssueSurvivors`). */
export function analysePlan(records: readonly RegionRecord[], issues: readonly IssueSummary[], survivorOf: (id: string) => string = (id) => id): PlanAnalysis {
  const index = indexPlan(records);
  return {
    index,
    tree: planTree(index),
    coverage: planCoverage(index, issues, survivorOf),
    matrix: traceMatrix(index, issues, survivorOf),
    byEvidence: planItemsByEvidence(index, survivorOf),
  };
}
