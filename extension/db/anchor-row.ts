import { z } from 'zod';
import { RecordId } from '../../shared/schema/ids.ts';

export const ANCHOR_STATUSES = ['found', 'lost'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

/**
 * Whether a clip was found again on its source the last time this browser looked. Local only:
 * it describes this browser's view of a page, so it is kept beside the records, never in them,
 * and never travels in a bundle.
 */
export const AnchorRow = z.strictObject({
  observationId: RecordId,
  status: z.enum(ANCHOR_STATUSES),
  /** Wall-clock milliseconds of the check. */
  checkedAt: z.number().int().nonnegative(),
});
export type AnchorRow = z.infer<typeof AnchorRow>;
