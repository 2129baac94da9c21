import { z } from 'zod';
import { RecordId } from './ids.ts';
import { JsonObject } from './json-value.ts';
import { IsoDateTime, NonEmptyShortText } from './text.ts';
import { LIMITS } from '../limits.ts';
import { Sha256Hex } from '../canonical/hash.ts';

export const SurveyDefinitionRef = z.strictObject({
  id: NonEmptyShortText,
  version: z.number().int().positive(),
  hash: Sha256Hex,
});
export type SurveyDefinitionRef = z.infer<typeof SurveyDefinitionRef>;

/**
 * The issues one question that takes them offered when the partner last saved: a ranking is read
 * against what its respondent could rank, so an issue not offered is "not seen", never a zero.
 */
export const OfferedIssues = z.strictObject({
  question: NonEmptyShortText,
  issueIds: z.array(RecordId).max(LIMITS.offeredIssues),
});
export type OfferedIssues = z.infer<typeof OfferedIssues>;

export const SurveyResponseBody = z.strictObject({
  survey: SurveyDefinitionRef,
  status: z.enum(['in-progress', 'completed']),
  answers: JsonObject,
  completedAt: IsoDateTime.optional(),
  /** The Delphi round this answer belongs to; absent for a survey filled once. */
  round: z.number().int().positive().max(LIMITS.delphiRounds).optional(),
  /**
   * Per question that takes the issues, what it offered (bundle version 4). Absent in responses
   * saved before: for those what was offered is not known, and every issue counts as offered.
   */
  offered: z
    .array(OfferedIssues)
    .max(LIMITS.offeredQuestions)
    .refine((offered) => new Set(offered.map((entry) => entry.question)).size === offered.length, { message: 'names a question twice' })
    .refine((offered) => offered.reduce((sum, entry) => sum + entry.issueIds.length, 0) <= LIMITS.offeredIds, {
      message: `names more than ${LIMITS.offeredIds} issues over all questions`,
    })
    .optional(),
});
export type SurveyResponseBody = z.infer<typeof SurveyResponseBody>;
