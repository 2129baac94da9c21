import { z } from 'zod';
import { LIMITS } from '../limits.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Any JSON value whose strings stay within the long-text bound; depth is bounded before parsing. */
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string().max(LIMITS.longText),
    z.number().refine(Number.isFinite, 'must be a finite number'),
    z.boolean(),
    z.null(),
    z.array(JsonValue).max(LIMITS.answers),
    z.record(z.string().max(LIMITS.shortText), JsonValue),
  ]),
);
