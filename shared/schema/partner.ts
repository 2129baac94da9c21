import { z } from 'zod';
import { PublicKeyJwk } from './public-key.ts';
import { VisibleName } from './text.ts';

export const DOMAINS = ['zorg', 'sociaal-domein', 'verzekeraar', 'publieke-gezondheid', 'inwoners'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

/**
 * One partner record per installation: its id equals the installation's origin, so every record's
 * origin names the partner that wrote it.
 */
export const PartnerBody = z.strictObject({
  organisation: VisibleName,
  domain: Domain,
  regionName: VisibleName,
  contactName: VisibleName.optional(),
  /**
   * The installation's signing key: every version it writes is signed with it, this record too.
   * Records from before signatures have none.
   */
  publicKey: PublicKeyJwk.optional(),
});
export type PartnerBody = z.infer<typeof PartnerBody>;
