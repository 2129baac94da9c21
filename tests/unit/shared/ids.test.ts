import { describe, expect, it } from 'vitest';
import { RecordId, uuidFromDigest, uuidV7 } from '../../../shared/schema/ids.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
import { regionCodeFromName } from '../../../shared/schema/region.ts';

const random = (fill: number) => new Uint8Array(16).fill(fill);

describe('record ids', () => {
  it('makes UUIDv7 ids that carry their time and sort by it', () => {
    const early = uuidV7(Date.parse('2026-11-22T09:00:00Z'), random(0xff));
    const later = uuidV7(Date.parse('2026-11-22T09:00:00.001Z'), random(0x00));
    expect(early).toBe('01a2027b-d680-7fff-bfff-ffffffffffff');
    expect(RecordId.safeParse(early).success).toBe(true);
    expect(early < later).toBe(true);
    expect(() => uuidV7(0, new Uint8Array(8))).toThrow(RangeError);
  });

  it('derives a trace link id from its ends only', () => {
    const ends = { fromId: uuidV7(1, random(1)), toId: uuidV7(2, random(2)) };
    const id = traceLinkId(ends);
    expect(RecordId.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/);
    expect(traceLinkId({ ...ends })).toBe(id);
    expect(traceLinkId({ fromId: ends.toId, toId: ends.fromId })).not.toBe(id);
    expect(traceLinkId({ ...ends, toQuestion: 'urgentie' })).not.toBe(id);
    expect(uuidFromDigest(new Uint8Array(32))).toBe('00000000-0000-8000-8000-000000000000');
  });
});

describe('region codes', () => {
  it('turns a region name into the code bundles carry', () => {
    expect(regionCodeFromName('Helmond-De Peel')).toBe('helmond-de-peel');
    expect(regionCodeFromName('  Súdwest-Fryslân ')).toBe('sudwest-fryslan');
    expect(regionCodeFromName("'s-Hertogenbosch e.o.")).toBe('s-hertogenbosch-e-o');
    expect(regionCodeFromName('!!!')).toBe('');
  });
});
