import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { createHlc, type HybridLogicalClock } from '../../../shared/clock/hlc.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { planImport } from '../../../shared/merge/import-plan.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { issueBody, recordId, REGION } from '../../support/fake-records.ts';

const T0 = Date.parse('2026-10-01T09:00:00.000Z');

/** A partner's installation: its own skewed wall clock, its own HLC, its own store. */
class Replica {
  readonly store = new Map<string, RegionRecord>();
  readonly clock: HybridLogicalClock;
  wall: number;

  constructor(
    readonly origin: string,
    skew: number,
  ) {
    this.wall = T0 + skew;
    this.clock = createHlc({ now: () => this.wall, maxDriftMs: 3_600_000 });
  }

  write(record: RegionRecord): RegionRecord {
    this.store.set(record.id, record);
    return record;
  }

  receive(records: RegionRecord[]): void {
    for (const r of records) this.clock.observe(r.updatedAt);
    const plan = planImport(
      records,
      records.map((r) => this.store.get(r.id)),
    );
    for (const r of plan.writes) this.store.set(r.id, r);
  }

  state(): string {
    return canonicalJson([...this.store.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    replica: fc.nat(3),
    id: fc.integer({ min: 1, max: 6 }),
    title: fc.constantFrom('Vergrijzing', 'Wachtlijst GGZ', 'Eenzaamheid'),
  }),
  fc.record({ kind: fc.constant('delete' as const), replica: fc.nat(3), id: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3) }),
  fc.record({ kind: fc.constant('wait' as const), replica: fc.nat(3), ms: fc.integer({ min: -5_000, max: 5_000 }) }),
);

describe('four partners editing, deleting and syncing at random', () => {
  it('converge on one state, the merge of every version ever written', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -600_000, max: 600_000 }), { minLength: 4, maxLength: 4 }), fc.array(op, { maxLength: 80 }), (skews, ops) => {
        const replicas = skews.map((skew, i) => new Replica(`019a0000-0000-7000-8000-0000000000${i}f`, skew));
        const written: RegionRecord[] = [];
        const at = (i: number) => replicas[i % replicas.length] as Replica;
        for (const o of ops) {
          if (o.kind === 'wait') at(o.replica).wall += o.ms;
          else if (o.kind === 'sync') at(o.to).receive([...at(o.from).store.values()]);
          else {
            const r = at(o.replica);
            const stamp = { region: REGION, origin: r.origin, updatedAt: r.clock.tick() };
            const existing = r.store.get(recordId(o.id));
            if (o.kind === 'edit') written.push(r.write(liveVersion('issue', recordId(o.id), issueBody({ title: o.title }), stamp)));
            else if (existing?.type === 'issue') written.push(r.write(tombstone(existing, stamp)));
          }
        }
        for (const from of replicas) for (const to of replicas) to.receive([...from.store.values()]);
        const expected = canonicalJson(mergeRecords([written]).records);
        for (const r of replicas) expect(r.state()).toBe(expected);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('lets an edit made after seeing a deletion win over it, whatever the wall clocks say', () => {
    const [a, b] = [new Replica('019a0000-0000-7000-8000-00000000000a', 0), new Replica('019a0000-0000-7000-8000-00000000000b', -3_000_000)];
    const created = a.write(liveVersion('issue', recordId(1), issueBody(), { region: REGION, origin: a.origin, updatedAt: a.clock.tick() }));
    a.write(tombstone(created, { origin: a.origin, updatedAt: a.clock.tick() }));
    b.receive([...a.store.values()]);
    // b's wall clock is 50 minutes behind, yet its re-creation is ordered after the deletion it saw.
    const revived = b.write(
      liveVersion('issue', recordId(1), issueBody({ title: 'Opnieuw' }), { region: REGION, origin: b.origin, updatedAt: b.clock.tick() }),
    );
    a.receive([...b.store.values()]);
    expect(a.store.get(recordId(1))).toEqual(revived);
  });
});
