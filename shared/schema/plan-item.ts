import { z } from 'zod';
import { RecordId } from './ids.ts';
import { LongText, NonEmptyShortText, ShortText } from './text.ts';
import { LIMITS } from '../limits.ts';

export const PLAN_LEVELS = ['ambition', 'goal', 'action', 'initiative'] as const;
export const PLAN_STATUSES = ['idee', 'gepland', 'lopend', 'afgerond', 'gestopt'] as const;

export const PlanItemBody = z.strictObject({
  level: z.enum(PLAN_LEVELS),
  title: NonEmptyShortText,
  description: LongText,
  status: z.enum(PLAN_STATUSES),
  ownerPartnerIds: z.array(RecordId).max(LIMITS.listItems),
  period: ShortText.optional(),
  /** What will be measured; the baseline figure is an observation that holds it. */
  indicator: z
    .strictObject({
      measure: NonEmptyShortText,
      baselineObservationId: RecordId.optional(),
    })
    .optional(),
});
export type PlanItemBody = z.infer<typeof PlanItemBody>;
