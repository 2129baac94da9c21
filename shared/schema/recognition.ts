import { z } from 'zod';
import { derivedId, RecordId } from './ids.ts';
import { ShortText } from './text.ts';

/** What a partner can say it recognises: an issue, or a piece of evidence. */
export const RECOGNITION_TARGETS = ['issue', 'observation'] as const;
/** `withdrawn`: the partner takes back what it said; a version of its own, never a deletion (see `RecognitionRecord`). */
export const VERDICTS = ['recognised', 'not-recognised', 'withdrawn'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A partner's "herken ik" or "herken ik niet" about an issue or observation, with a short
 * reason if it gives one: the first step from many views to one shared picture.
 */
export const RecognitionBody = z.strictObject({
  targetType: z.enum(RECOGNITION_TARGETS),
  targetId: RecordId,
  verdict: z.enum(VERDICTS),
  /** Why, in the partner's words; may be empty. */
  reason: ShortText,
});
export type RecognitionBody = z.infer<typeof RecognitionBody>;

/**
 * A recognition's id is derived from its writer and its target, so a partner says one thing about
 * each issue or observation: saying it again is a new version of the same record, the latest wins
 * everywhere, and withdrawing it is a version saying so.
 */
export function recognitionId(partnerId: RecordId, targetId: RecordId): RecordId {
  return derivedId('recognition', partnerId, targetId);
}
