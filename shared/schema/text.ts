import { z } from 'zod';
import { LIMITS } from '../limits.ts';

export const ShortText = z.string().max(LIMITS.shortText);
export const LongText = z.string().max(LIMITS.longText);
export const NonEmptyShortText = ShortText.trim().min(1);
export const TextList = z.array(ShortText).max(LIMITS.listItems);
export const IsoDateTime = z.iso.datetime({ offset: true });
/** Only web addresses are kept as sources; `javascript:` and `data:` never become a link. */
export const WebUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) address');

/**
 * Why a text cannot stand as a name, or null: a control character (a terminal or a page acts on
 * it), a bidi control (it reorders the text around the name, so "Gemeente Helmond" can be made to
 * read as another), or nothing a reader can see. What is visible is what is neither white space,
 * nor a mark on its own, nor a format or default-ignorable character (zero-width space, word
 * joiner, Hangul filler: what fonts draw nothing for).
 */
export function nameProblem(text: string): 'control' | 'invisible' | null {
  if (/[\p{Cc}\p{Bidi_Control}]/u.test(text)) return 'control';
  if (!/[^\p{White_Space}\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text)) return 'invisible';
  return null;
}

const NAME_PROBLEMS = {
  control: 'must not hold control characters or bidi controls (they change how the text around the name is shown)',
  invisible: 'must hold a visible character, not only white space, marks or invisible characters',
} as const;

/**
 * A name shown as who someone is: visible, and unable to reorder or restyle what stands beside it.
 * No empty text passes either, as with `NonEmptyShortText`, but with one message, not two.
 */
export const VisibleName = ShortText.trim().superRefine((value, context) => {
  const problem = nameProblem(value);
  if (problem !== null) context.addIssue({ code: 'custom', message: NAME_PROBLEMS[problem] });
});
