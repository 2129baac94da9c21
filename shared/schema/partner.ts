import { z } from 'zod';
import { PublicKeyJwk } from './public-key.ts';
import { VisibleName } from './text.ts';

export const DOMAINS = ['zorg', 'sociaal-domein', 'verzekeraar', 'publieke-gezondheid', 'inwoners'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

/**
 * One partner record per installation: its id equals the installation's origin, so every record's
 * origin names the partner that wrote it. A partner speaks for a domain; the coordinator of the
 * regiotafel (`role: 'coordinator'`, bundle version 5) speaks for none and is no partner in the
 * picture: not counted among the partners, not offered as an owner of plan items.
 */
export const PartnerBody = z
  .strictObject({
    organisation: VisibleName,
    role: z.literal('coordinator').optional(),
    domain: Domain.optional(),
    regionName: VisibleName,
    contactName: VisibleName.optional(),
    /**
     * The installation's signing key: every version it writes is signed with it, this record too.
     * Records from before signatures have none.
     */
    publicKey: PublicKeyJwk.optional(),
  })
  .check((ctx) => {
    const { role, domain } = ctx.value;
    if (role === undefined && domain === undefined) ctx.issues.push({ code: 'custom', input: domain, path: ['domain'], message: 'a partner names its domain' });
    if (role === 'coordinator' && domain !== undefined)
      ctx.issues.push({ code: 'custom', input: domain, path: ['domain'], message: 'the coordinator speaks for no domain' });
  });
export type PartnerBody = z.infer<typeof PartnerBody>;

/** The coordinator of the regiotafel: no domain, not one of the partners in the picture. */
export const isCoordinator = (body: PartnerBody): boolean => body.role === 'coordinator';
