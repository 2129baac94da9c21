import { z } from 'zod';
import { HlcTimestamp } from '../clock/hlc.ts';
import { RecordId } from './ids.ts';
import { AgreementBody } from './agreement.ts';
import { DotVoteBody, dotRoundOpeningId, dotVoteId } from './dot-vote.ts';
import { IssueBody } from './issue.ts';
import { IssueOutcomeBody, issueOutcomeId } from './issue-outcome.ts';
import { IssueMergeBody, issueMergeId } from './issue-merge.ts';
import { ObservationBody } from './observation.ts';
import { PartnerBody } from './partner.ts';
import { Signature } from './public-key.ts';
import { PlanItemBody } from './plan-item.ts';
import { RecognitionBody, recognitionId } from './recognition.ts';
import { RegionCode } from './region.ts';
import { RegionSettingsBody, regionSettingsId } from './region-settings.ts';
import { ReplyBody, replyId } from './reply.ts';
import { ReleaseApprovalBody, ReleaseBody, releaseApprovalId, releaseId } from './release.ts';
import { SurveyResponseBody } from './survey-response.ts';
import { TraceLinkBody, traceLinkId } from './trace-link.ts';

export const BODY_SCHEMAS = {
  partner: PartnerBody,
  observation: ObservationBody,
  issue: IssueBody,
  surveyResponse: SurveyResponseBody,
  planItem: PlanItemBody,
  traceLink: TraceLinkBody,
  issueMerge: IssueMergeBody,
  recognition: RecognitionBody,
  issueOutcome: IssueOutcomeBody,
  agreement: AgreementBody,
  regionSettings: RegionSettingsBody,
  dotVote: DotVoteBody,
  reply: ReplyBody,
  release: ReleaseBody,
  releaseApproval: ReleaseApprovalBody,
} as const;

export type RecordType = keyof typeof BODY_SCHEMAS;
export const RECORD_TYPES = Object.keys(BODY_SCHEMAS) as RecordType[];

/**
 * The envelope every stored thing carries. A deletion is a version like any other (a tombstone):
 * it has no body, so deleted text does not travel on in later bundles.
 */
function recordOf<T extends RecordType, B extends z.ZodType>(type: T, body: B) {
  return z
    .strictObject({
      id: RecordId,
      type: z.literal(type),
      region: RegionCode,
      origin: RecordId,
      updatedAt: HlcTimestamp,
      deleted: z.boolean(),
      body: body.optional(),
      /**
       * The writing installation's signature over the rest of this version (`recordSigningPayload`),
       * by the key its partner record publishes; absent on versions from before signatures.
       */
      signature: Signature.optional(),
    })
    .check((ctx) => {
      const { deleted, body } = ctx.value;
      if (deleted && body !== undefined) ctx.issues.push({ code: 'custom', input: body, path: ['body'], message: 'a deleted record keeps no body' });
      if (!deleted && body === undefined) ctx.issues.push({ code: 'custom', input: body, path: ['body'], message: 'is required unless the record is deleted' });
    });
}

/** A partner record speaks for the installation that writes it, and only for that one; it is never deleted. */
export const PartnerRecord = recordOf('partner', BODY_SCHEMAS.partner).check((ctx) => {
  const { id, origin, deleted } = ctx.value;
  if (id !== origin)
    ctx.issues.push({
      code: 'custom',
      input: origin,
      path: ['origin'],
      message: 'a partner record is written only by its own installation (its origin must be its id)',
    });
  if (deleted) ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'a partner record cannot be deleted' });
});
export const ObservationRecord = recordOf('observation', BODY_SCHEMAS.observation);
export const IssueRecord = recordOf('issue', BODY_SCHEMAS.issue);
export const SurveyResponseRecord = recordOf('surveyResponse', BODY_SCHEMAS.surveyResponse);
export const PlanItemRecord = recordOf('planItem', BODY_SCHEMAS.planItem);
/** A link's id is its ends' (`traceLinkId`): one made up beside it would stand as a second copy of the same link. */
export const TraceLinkRecord = recordOf('traceLink', BODY_SCHEMAS.traceLink).check((ctx) => {
  const { id, body } = ctx.value;
  if (body !== undefined && id !== traceLinkId(body))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match the ends of the link (a link's id is derived from them)" });
});

/** A merge's id is the merged issue's (`issueMergeId`), and an issue is not merged into itself. */
export const IssueMergeRecord = recordOf('issueMerge', BODY_SCHEMAS.issueMerge).check((ctx) => {
  const { id, body } = ctx.value;
  if (body === undefined) return;
  if (id !== issueMergeId(body.issueId))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match the merged issue (a merge's id is derived from it)" });
  if (body.issueId === body.intoId)
    ctx.issues.push({ code: 'custom', input: body.intoId, path: ['body', 'intoId'], message: 'an issue cannot be merged into itself' });
});

/**
 * A recognition's id is its writer's and its target's (`recognitionId`): one per partner per
 * target. It always keeps its body, withdrawn too (`verdict: 'withdrawn'`): a tombstone names no
 * target, so nothing would show it is its writer's, and another partner could delete what one said.
 */
export const RecognitionRecord = recordOf('recognition', BODY_SCHEMAS.recognition).check((ctx) => {
  const { id, origin, body, deleted } = ctx.value;
  if (deleted || body === undefined) {
    ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'a recognition is withdrawn by a version that says so, never deleted' });
    return;
  }
  if (id !== recognitionId(origin, body.targetId))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match its writer and target (a recognition's id is derived from them)" });
});

/** An outcome's id is its issue's (`issueOutcomeId`): one per issue. */
export const IssueOutcomeRecord = recordOf('issueOutcome', BODY_SCHEMAS.issueOutcome).check((ctx) => {
  const { id, body } = ctx.value;
  if (body !== undefined && id !== issueOutcomeId(body.issueId))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match its issue (an outcome's id is derived from it)" });
});
export const AgreementRecord = recordOf('agreement', BODY_SCHEMAS.agreement);

/**
 * Region settings are their writer's (`regionSettingsId`), and never deleted: publishing empty
 * lists withdraws them, and a version that keeps its writer cannot be hidden by anyone else's.
 */
export const RegionSettingsRecord = recordOf('regionSettings', BODY_SCHEMAS.regionSettings).check((ctx) => {
  const { id, origin, deleted } = ctx.value;
  if (deleted) ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'region settings are replaced by a new version, never deleted' });
  if (id !== regionSettingsId(origin))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: 'does not match its writer (the id of region settings is derived from it)' });
});

/**
 * A vote's id is its round's and its voter's (`dotVoteId`): one per partner per round; a round's
 * opening (no dots, written by its voter) takes the round's and its writer's (`dotRoundOpeningId`),
 * so nobody else can write a version of it. It is never
 * deleted (a vote taken back is a version without dots): a tombstone names no voter, so anyone
 * could wipe a partner's vote with one, where a version names who wrote it for whom.
 */
export const DotVoteRecord = recordOf('dotVote', BODY_SCHEMAS.dotVote).check((ctx) => {
  const { id, origin, body, deleted } = ctx.value;
  if (deleted || body === undefined) {
    ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'a vote is taken back by a version without dots, never deleted' });
    return;
  }
  if (id === dotVoteId(body.round, body.voterPartnerId)) return;
  if (id !== dotRoundOpeningId(body.round, origin))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match its round and voter (a vote's id is derived from them)" });
  else if (origin !== body.voterPartnerId || body.dots.length > 0)
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "a round's opening is written by its voter and holds no dots" });
});

/**
 * A release is frozen: its id is its writer's and its content's (`releaseId`), so a later version
 * with other content, or by another writer, is refused here, and so is a deletion. Only releases
 * of the coordinator count (`releasesOf`); that is judged in the analysis, where the partner
 * records are known.
 */
export const ReleaseRecord = recordOf('release', BODY_SCHEMAS.release).check((ctx) => {
  const { id, origin, body, deleted } = ctx.value;
  if (deleted || body === undefined) {
    ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'a release is frozen: it is never deleted' });
    return;
  }
  if (id !== releaseId(origin, body))
    ctx.issues.push({
      code: 'custom',
      input: id,
      path: ['id'],
      message: "does not match its writer and content (a release's id is derived from them, and a release is never changed)",
    });
});

/** An approval's id is its writer's and its release's (`releaseApprovalId`); withdrawn by a version saying so, never deleted. */
export const ReleaseApprovalRecord = recordOf('releaseApproval', BODY_SCHEMAS.releaseApproval).check((ctx) => {
  const { id, origin, body, deleted } = ctx.value;
  if (deleted || body === undefined) {
    ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'an akkoord is withdrawn by a version that says so, never deleted' });
    return;
  }
  if (id !== releaseApprovalId(origin, body.releaseId))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match its writer and release (an approval's id is derived from them)" });
});

/**
 * A reply is its writer's (`replyId`, from its writer and the recognition it answers): one per
 * partner per recognition, withdrawn by a version saying so and never deleted, as a recognition is.
 */
export const ReplyRecord = recordOf('reply', BODY_SCHEMAS.reply).check((ctx) => {
  const { id, origin, body, deleted } = ctx.value;
  if (deleted || body === undefined) {
    ctx.issues.push({ code: 'custom', input: deleted, path: ['deleted'], message: 'a reply is withdrawn by a version that says so, never deleted' });
    return;
  }
  if (id !== replyId(origin, body.recognitionId))
    ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: "does not match its writer and recognition (a reply's id is derived from them)" });
});

export const RegionRecord = z.discriminatedUnion('type', [
  PartnerRecord,
  ObservationRecord,
  IssueRecord,
  SurveyResponseRecord,
  PlanItemRecord,
  TraceLinkRecord,
  IssueMergeRecord,
  RecognitionRecord,
  IssueOutcomeRecord,
  AgreementRecord,
  RegionSettingsRecord,
  DotVoteRecord,
  ReplyRecord,
  ReleaseRecord,
  ReleaseApprovalRecord,
]);
export type RegionRecord = z.infer<typeof RegionRecord>;
export type RecordOfType<T extends RecordType> = Extract<RegionRecord, { type: T }>;
export type BodyOf<T extends RecordType> = z.infer<(typeof BODY_SCHEMAS)[T]>;

export type LiveRecord<T extends RecordType = RecordType> = RecordOfType<T> & { deleted: false; body: BodyOf<T> };

export function isLive<T extends RecordType>(record: RecordOfType<T>): record is LiveRecord<T> {
  return !record.deleted && record.body !== undefined;
}
