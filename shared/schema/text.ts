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
