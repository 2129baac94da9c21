import { z } from 'zod';
import { ObservationKind } from '../schema/observation.ts';
import { DOMAINS } from '../schema/partner.ts';
import { ShortText } from '../schema/text.ts';

const Values = z.array(ShortText).max(1_000);

/**
 * What a coordinator filters the observations by; it comes from a form or a command line, so it is
 * parsed. Within one field any value matches (theme A or B); the fields all apply together. Dates
 * compare with the clip's `source.accessedAt` as ISO text, so "2026-10" covers from 1 October on
 * (`from`) or everything before October (`until`, exclusive).
 */
export const ObservationFilter = z.strictObject({
  themes: Values.optional(),
  areas: Values.optional(),
  kinds: z.array(ObservationKind).max(4).optional(),
  partnerIds: Values.optional(),
  domains: z
    .array(z.enum([...DOMAINS, 'unknown']))
    .max(DOMAINS.length + 1)
    .optional(),
  from: ShortText.optional(),
  until: ShortText.optional(),
  text: ShortText.optional(),
});
export type ObservationFilter = z.infer<typeof ObservationFilter>;
