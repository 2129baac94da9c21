import { z } from 'zod';
import { LIMITS } from '../limits.ts';

// No trimming or other transforms: what is validated must be exactly what is hashed.
export const SomeText = (max: number) => z.string().max(max).regex(/\S/, 'must not be empty');

/** A text in both languages of the interface: Dutch first, English second. */
export const Label = z.strictObject({ nl: SomeText(LIMITS.shortText), en: SomeText(LIMITS.shortText) });
export type Label = z.infer<typeof Label>;
