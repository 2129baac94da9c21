import { z } from 'zod';
import { derivedId, RecordId } from './ids.ts';
import { ShortText } from './text.ts';

/**
 * A partner's reaction to another's "herken ik (niet)": "bij ons wel, zie de monitor". One per
 * partner per recognition, so saying more is a new version of it; taking it back is a version
 * saying so (`withdrawn`, without text), never a deletion, as for the recognition itself.
 */
export const ReplyBody = z
  .strictObject({
    recognitionId: RecordId,
    text: ShortText,
    withdrawn: z.boolean(),
  })
  .check((ctx) => {
    const { text, withdrawn } = ctx.value;
    if (!withdrawn && text.trim() === '') ctx.issues.push({ code: 'custom', input: text, path: ['text'], message: 'a reply says something' });
    if (withdrawn && text !== '') ctx.issues.push({ code: 'custom', input: text, path: ['text'], message: 'a withdrawn reply keeps no text' });
  });
export type ReplyBody = z.infer<typeof ReplyBody>;

/** A reply's id is its writer's and the recognition's: one per partner per recognition, the latest wins. */
export function replyId(partnerId: RecordId, recognitionId: RecordId): RecordId {
  return derivedId('reply', partnerId, recognitionId);
}
