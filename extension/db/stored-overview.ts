import { z } from 'zod';
import { DOMAINS } from '../../shared/schema/partner.ts';
import { RECORD_TYPES, type RecordType } from '../../shared/schema/record.ts';

const Count = z.number().int().nonnegative();
const DomainKey = z.enum([...DOMAINS, 'unknown']);

/** RegionOverview (shared/regiobeeld/overview.ts) as stored; the dashboard hands it on as one, so the two cannot drift apart. */
// Stored before the coordinator role existed, a partner was none and no coordinator was listed.
const Partner = z.strictObject({
  id: z.string(),
  organisation: z.string().nullable(),
  domain: DomainKey,
  coordinator: z.boolean().default(false),
  latestChange: z.string().nullable(),
});

export const StoredOverviewFigures = z.strictObject({
  region: z.string(),
  // Stored before the name was kept: titles fall back on the code until the next analysis.
  regionName: z.string().nullable().default(null),
  partnersByDomain: z.array(z.strictObject({ domain: DomainKey, partners: z.array(Partner) })),
  coordinators: z.array(Partner).default([]),
  // A count per record type; one stored before a type existed lacks it, and had none of it.
  counts: z.strictObject(Object.fromEntries(RECORD_TYPES.map((type) => [type, Count.default(0)])) as Record<RecordType, z.ZodDefault<typeof Count>>),
  completedResponses: Count,
  deleted: Count,
});

/**
 * The regiobeeld's overview as the last analysis found it, with the records' change counter it was
 * made from: the dashboard shows it at once when the counter still matches, before every record
 * is read again.
 */
export const StoredOverview = z.strictObject({ changes: Count, overview: StoredOverviewFigures });
export type StoredOverview = z.infer<typeof StoredOverview>;
