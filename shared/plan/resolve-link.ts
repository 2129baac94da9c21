import { compareText } from '../canonical/compare-text.ts';
import type { TRACE_TARGETS } from '../schema/trace-link.ts';
import { isLive, type LiveRecord, type RecordType, type RegionRecord } from '../schema/record.ts';
import type { PlanIndex, PlanItem, TraceLink } from './plan-index.ts';

export type TraceTarget = (typeof TRACE_TARGETS)[number];

/** A survey finding is a question of one survey response: the record it points at is the response. */
export const TARGET_RECORD_TYPE: Readonly<Record<TraceTarget, RecordType>> = {
  issue: 'issue',
  observation: 'observation',
  surveyFinding: 'surveyResponse',
  planItem: 'planItem',
};

/**
 * - `current`: both ends are there and the target has not changed since the author saw it;
 * - `suspect`: the target has a later version than the one the link was made or confirmed on;
 * - `dangling`: an end is missing (deleted, or not received): shown, never dropped, because the
 *   link is somebody's statement and another bundle may still bring the missing record.
 */
export type LinkState = 'current' | 'suspect' | 'dangling';

export interface ResolvedLink {
  readonly link: TraceLink;
  readonly from: PlanItem | null;
  /** The live target of the expected type, or null when the link dangles at its target. */
  readonly target: LiveRecord | null;
  readonly state: LinkState;
}

/** The live record a link points at, or null when it is missing, deleted or of another type. */
export function linkTarget(index: PlanIndex, toType: TraceTarget, toId: string): LiveRecord | null {
  const record: RegionRecord | undefined = index.record(toId);
  if (record === undefined || record.type !== TARGET_RECORD_TYPE[toType] || !isLive(record)) return null;
  return record;
}

export function resolveLink(index: PlanIndex, link: TraceLink): ResolvedLink {
  const from = index.item(link.body.fromId) ?? null;
  const target = linkTarget(index, link.body.toType, link.body.toId);
  const state: LinkState = from === null || target === null ? 'dangling' : compareText(target.updatedAt, link.body.evidenceAt) > 0 ? 'suspect' : 'current';
  return { link, from, target, state };
}

/** Links to evidence (issue, observation, survey finding), as opposed to parent links. */
export const isEvidenceLink = (link: TraceLink): boolean => link.body.toType !== 'planItem';
