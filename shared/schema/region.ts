import { z } from 'zod';

/** A region is named by a slug ("helmond-de-peel") so bundles of the same region match exactly. */
export const RegionCode = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a region code such as "helmond-de-peel"')
  .max(64);
export type RegionCode = z.infer<typeof RegionCode>;

/** "Helmond-De Peel" → "helmond-de-peel"; accents are folded so "Súdwest-Fryslân" matches its code. */
export function regionCodeFromName(name: string): RegionCode {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
