import { z } from 'zod';
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

export const SurveyResponseBody = z.strictObject({
  survey: SurveyDefinitionRef,
  status: z.enum(['in-progress', 'completed']),
  answers: JsonObject,
  completedAt: IsoDateTime.optional(),
  /** The Delphi round this answer belongs to; absent for a survey filled once. */
  round: z.number().int().positive().max(LIMITS.delphiRounds).optional(),
});
export type SurveyResponseBody = z.infer<typeof SurveyResponseBody>;
