import { z } from 'zod';
import { RecordId } from './ids.ts';
import { NonEmptyShortText } from './text.ts';

/** A calendar day, "2027-03-31": the day an afspraak is due. */
export const CalendarDay = z.iso.date();

/**
 * An afspraak of the regiotafel: what is to be done about an issue, by which partner, by when,
 * and optionally the plan item it belongs to. Done or not is a later version.
 */
export const AgreementBody = z.strictObject({
  issueId: RecordId,
  planItemId: RecordId.optional(),
  what: NonEmptyShortText,
  ownerPartnerId: RecordId,
  due: CalendarDay,
  done: z.boolean(),
});
export type AgreementBody = z.infer<typeof AgreementBody>;
