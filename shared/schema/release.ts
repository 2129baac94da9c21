import { z } from 'zod';
import { contentHash, Sha256Hex } from '../canonical/hash.ts';
import { LIMITS } from '../limits.ts';
import { CalendarDay } from './agreement.ts';
import { derivedId, RecordId } from './ids.ts';
import { ISSUE_STATUSES } from './issue-outcome.ts';
import { LongText, ShortText, VisibleName } from './text.ts';

/** One standing issue as a release saw it: what the next release is compared with. */
export const ReleasedIssue = z.strictObject({
  id: RecordId,
  title: ShortText,
  /** Its place in the surveys' ranking (1 = most urgent); null when no survey ranked it. */
  place: z.number().int().positive().max(LIMITS.records).nullable(),
  /** Its share of the points (0–1) in the ranking that speaks for it; null when unranked. */
  score: z.number().min(0).max(1).nullable(),
  /** Where the regiotafel left it; null when it recorded nothing. */
  status: z.enum(ISSUE_STATUSES).nullable(),
  /** How many observations back it up (its own and those of issues merged into it). */
  evidence: z.number().int().nonnegative().max(LIMITS.records),
  /** The issues merged into it, so a later comparison can say where an issue went. */
  mergedIds: z.array(RecordId).max(LIMITS.listItems),
});
export type ReleasedIssue = z.infer<typeof ReleasedIssue>;

/**
 * A released version of the regiobeeld ("Regiobeeld 1.0"), frozen: the digest names exactly the
 * record versions it holds, and the snapshot keeps what a later version is compared with.
 */
export const ReleaseBody = z
  .strictObject({
    name: VisibleName,
    /** Why, or what the regiotafel should know of it; may be empty. */
    note: LongText,
    /** The day the coordinator released it, "2027-03-31". */
    releasedOn: CalendarDay,
    /** SHA-256 of the canonical list of the versions it holds, sorted by id, each whole but for its signature: see `releaseDigest`. */
    digest: Sha256Hex,
    /** How many records it holds (its releases and approvals left out). */
    recordCount: z.number().int().nonnegative().max(LIMITS.records),
    /** How many issues stood; the snapshot holds the first `LIMITS.releasedIssues` of them in priority order. */
    issueCount: z.number().int().nonnegative().max(LIMITS.records),
    issues: z.array(ReleasedIssue).max(LIMITS.releasedIssues),
  })
  .check((ctx) => {
    const { issues, issueCount } = ctx.value;
    if (issues.length > issueCount) ctx.issues.push({ code: 'custom', input: issueCount, path: ['issueCount'], message: 'counts fewer issues than it lists' });
    if (new Set(issues.map((issue) => issue.id)).size !== issues.length)
      ctx.issues.push({ code: 'custom', input: issues, path: ['issues'], message: 'names an issue twice' });
  });
export type ReleaseBody = z.infer<typeof ReleaseBody>;

/**
 * A release's id is derived from its writer and its whole content (content-addressed), rather
 * than made at random: a version holding any other content than the first is another id, so an
 * "edit" under the same id is refused on decoding and a release is never changed; no other
 * partner can write a version under it; and releasing the same content twice is one record.
 */
export function releaseId(writer: RecordId, body: ReleaseBody): RecordId {
  return derivedId('release', writer, contentHash(body));
}

/** `withdrawn`: the partner takes its akkoord back; a version saying so, never a deletion. */
export const APPROVAL_VERDICTS = ['akkoord', 'withdrawn'] as const;
export type ApprovalVerdict = (typeof APPROVAL_VERDICTS)[number];

/** A partner's "akkoord" with a released version, with a short remark if it gives one. */
export const ReleaseApprovalBody = z.strictObject({
  releaseId: RecordId,
  verdict: z.enum(APPROVAL_VERDICTS),
  remark: ShortText,
});
export type ReleaseApprovalBody = z.infer<typeof ReleaseApprovalBody>;

/** One approval per partner per release: saying it again is a new version, the latest wins. */
export function releaseApprovalId(partnerId: RecordId, release: RecordId): RecordId {
  return derivedId('release-approval', partnerId, release);
}
