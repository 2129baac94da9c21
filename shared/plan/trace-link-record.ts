import { liveVersion, type VersionStamp } from '../records/versions.ts';
import type { LiveRecord } from '../schema/record.ts';
import { type TraceLinkBody, traceLinkId } from '../schema/trace-link.ts';
import type { PlanIndex, TraceLink } from './plan-index.ts';
import { linkTarget } from './resolve-link.ts';
import { checkTraceLink, type TraceLinkDraft, type TraceLinkError } from './trace-link-check.ts';

export type TraceLinkResult = { readonly ok: true; readonly record: TraceLink } | { readonly ok: false; readonly errors: readonly TraceLinkError[] };

/**
 * The link record for a draft, checked against the regiobeeld. Its id comes from its ends, so
 * making the same link again (or a partner making it too) writes a new version of one record. The
 * author is the stamp's origin; `evidenceAt` is the target's version the author is looking at.
 */
export function newTraceLink(index: PlanIndex, draft: TraceLinkDraft, stamp: VersionStamp): TraceLinkResult {
  const errors = checkTraceLink(index, draft);
  const target = linkTarget(index, draft.toType, draft.toId);
  if (errors.length > 0 || target === null) return { ok: false, errors };
  return { ok: true, record: traceLinkVersion(draft, target, stamp) };
}

/** The body as stored: `toQuestion` only when there is one, so equal links hash equally. */
export function traceLinkVersion(draft: TraceLinkDraft, target: LiveRecord, stamp: VersionStamp): TraceLink {
  const body: TraceLinkBody = {
    fromId: draft.fromId,
    toType: draft.toType,
    toId: draft.toId,
    ...(draft.toQuestion === undefined ? {} : { toQuestion: draft.toQuestion }),
    rationale: draft.rationale,
    evidenceAt: target.updatedAt,
  };
  return { ...liveVersion('traceLink', traceLinkId(body), body, stamp), deleted: false, body };
}

/**
 * "I looked again and the link still holds": a new version on the target's current version, which
 * clears the suspicion. Null when the target is gone, as there is nothing to confirm against.
 */
export function confirmTraceLink(index: PlanIndex, link: TraceLink, stamp: VersionStamp): TraceLink | null {
  const target = linkTarget(index, link.body.toType, link.body.toId);
  if (target === null) return null;
  const body = { ...link.body, evidenceAt: target.updatedAt };
  return { ...liveVersion('traceLink', link.id, body, stamp), deleted: false, body };
}
