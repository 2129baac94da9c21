import { counted } from '../shared/wording/counted.ts';

/** "1 file", "300,000 files": the CLI speaks English, with thousands separators as the capped lists beside it. */
export function plural(count: number, one: string, many: string): string {
  return counted(count, 'en', { one, other: many });
}
