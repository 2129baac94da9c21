import { describe, expect, it } from 'vitest';
import { newSince, seenNow } from '../../../shared/regiobeeld/new-since.ts';
import { deleted, fakeIssue, fakeObservation, ORIGIN_A, ORIGIN_B } from '../../support/fake-records.ts';

const at = (tick: number) => `2026-10-01T09:00:00.000Z-000${tick}`;

describe('what is new since the partner last looked', () => {
  const records = [
    fakeObservation(1, {}, { origin: ORIGIN_B, updatedAt: at(1) }),
    fakeObservation(2, {}, { origin: ORIGIN_B, updatedAt: at(3) }),
    fakeIssue(3, {}, { origin: ORIGIN_B, updatedAt: at(4) }),
    deleted(fakeObservation(4, {}, { origin: ORIGIN_B }), { origin: ORIGIN_B, updatedAt: at(5) }),
    fakeObservation(5, {}, { origin: ORIGIN_A, updatedAt: at(6) }),
  ];

  it("counts what other partners wrote after the newest of theirs it saw, never the partner's own", () => {
    expect(newSince(records, { [ORIGIN_B]: at(2) }, ORIGIN_A)).toEqual([{ partnerId: ORIGIN_B, counts: { observation: 2, issue: 1 }, total: 3 }]);
    expect(newSince(records, {}, ORIGIN_A)).toEqual([{ partnerId: ORIGIN_B, counts: { observation: 3, issue: 1 }, total: 4 }]);
  });

  it('has nothing new once what it holds is marked seen', () => {
    expect(seenNow(records)).toEqual({ [ORIGIN_B]: at(5), [ORIGIN_A]: at(6) });
    expect(newSince(records, seenNow(records), ORIGIN_A)).toEqual([]);
  });
});
