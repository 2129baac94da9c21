import { recordSigningPayload } from '../bundle/record-signature.ts';
import type { RegionRecord } from '../schema/record.ts';

/**
 * Versions the order cannot fairly decide between: one id of two types (an observation "replaced"
 * by an issue under its id), or two different versions under one (updatedAt, origin) — a clock
 * fault or a forgery, as an installation never issues one timestamp twice. Both are refused, never
 * decided by content hash.
 */
export type ClashCode = 'type-changed' | 'same-stamp';

export function clashOf(a: RegionRecord, b: RegionRecord): ClashCode | undefined {
  if (a.id !== b.id) return undefined;
  if (a.type !== b.type) return 'type-changed';
  if (a.updatedAt === b.updatedAt && a.origin === b.origin && recordSigningPayload(a) !== recordSigningPayload(b)) return 'same-stamp';
  return undefined;
}

/** Every version of `versions` (distinct versions of any ids) in a clash with another, by index. */
export function versionClashes(versions: readonly RegionRecord[]): Array<{ readonly index: number; readonly code: ClashCode }> {
  const payloadOf = (index: number) => recordSigningPayload(versions[index] as RegionRecord);
  const byId = new Map<string, number[]>();
  versions.forEach((record, index) => {
    const indexes = byId.get(record.id);
    if (indexes === undefined) byId.set(record.id, [index]);
    else indexes.push(index);
  });
  const clashes: Array<{ index: number; code: ClashCode }> = [];
  for (const indexes of byId.values()) {
    if (indexes.length < 2) continue;
    const group = indexes.map((index) => versions[index] as RegionRecord);
    const types = new Set(group.map((record) => record.type));
    if (types.size > 1) {
      indexes.forEach((index) => clashes.push({ index, code: 'type-changed' }));
      continue;
    }
    const stamps = new Map<string, number[]>();
    group.forEach((record, i) => {
      const stamp = `${record.updatedAt}\u0000${record.origin}`;
      const atStamp = stamps.get(stamp);
      if (atStamp === undefined) stamps.set(stamp, [indexes[i] as number]);
      else atStamp.push(indexes[i] as number);
    });
    // Only versions sharing a stamp are compared, so most versions never need their payload.
    for (const atStamp of stamps.values()) {
      if (atStamp.length > 1 && new Set(atStamp.map((index) => payloadOf(index))).size > 1)
        atStamp.forEach((index) => clashes.push({ index, code: 'same-stamp' }));
    }
  }
  return clashes.sort((a, b) => a.index - b.index);
}

export function clashReason(code: ClashCode): string {
  return code === 'type-changed'
    ? 'its id is also used by a record of another type (a record keeps its type for ever)'
    : 'another, different version carries the same clock time and writer: a clock fault or a forgery';
}
