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
});
export type PlanItemBody = z.infer<typeof PlanItemBody>;
