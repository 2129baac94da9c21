import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { derivedId, RecordId } from './ids.ts';
import { LongText } from './text.ts';

/**
 * Where the regiotafel left an issue: recognised by the table, shared (the partners see it as
 * theirs together), a priority they take on, or not taken up (with the reason why).
 */
export const ISSUE_STATUSES = ['herkend', 'gedeeld', 'prioriteit', 'niet-opgepakt'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/**
 * What the regiotafel agreed an issue means (the gezamenlijke duiding), who agreed, any dissent,
 * and the issue's status. One per issue: recording it again is a new version.
 */
export const IssueOutcomeBody = z
  .strictObject({
    issueId: RecordId,
    interpretation: LongText,
    /** The partners who agreed to the duiding. */
    agreedBy: z.array(RecordId).max(LIMITS.listItems),
    /** Who did not agree and why, in the table's words; may be empty. */
    dissent: LongText,
    status: z.enum(ISSUE_STATUSES),
    /** Why, for "niet opgepakt" required; may explain any other status. */
    statusReason: LongText,
  })
  .check((ctx) => {
    const { status, statusReason, agreedBy } = ctx.value;
    if (status === 'niet-opgepakt' && statusReason.trim() === '')
      ctx.issues.push({ code: 'custom', input: statusReason, path: ['statusReason'], message: 'an issue not taken up says why' });
    if (new Set(agreedBy).size !== agreedBy.length) ctx.issues.push({ code: 'custom', input: agreedBy, path: ['agreedBy'], message: 'names a partner twice' });
  });
export type IssueOutcomeBody = z.infer<typeof IssueOutcomeBody>;

/** An outcome's id is derived from its issue: the table records one outcome per issue, the latest version wins. */
export function issueOutcomeId(issueId: RecordId): RecordId {
  return derivedId('issue-outcome', issueId);
}
