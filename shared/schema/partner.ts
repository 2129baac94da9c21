import { z } from 'zod';
import { NonEmptyShortText, ShortText } from './text.ts';

export const DOMAINS = ['zorg', 'sociaal-domein', 'verzekeraar', 'publieke-gezondheid', 'inwoners'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

/**
 * One partner record per installation: its id equals the installation's origin, so every record's
 * origin names the partner that wrote it.
 */
export const PartnerBody = z.strictObject({
  organisation: NonEmptyShortText,
  domain: Domain,
  regionName: NonEmptyShortText,
  contactName: ShortText.optional(),
});
export type PartnerBody = z.infer<typeof PartnerBody>;
