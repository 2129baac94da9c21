import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import type { Bundle } from '../../../shared/bundle/format.ts';
import { mergeBundles } from '../../../shared/merge/merge-bundles.ts';
import { committedExamples } from '../cli/support/examples.ts';
import { NOW } from '../cli/support/memory-deps.ts';

const bundles: Bundle[] = [...committedExamples().values()].map((text) => {
  const result = decodeBundle(text, { now: NOW });
  if (!result.ok) throw new Error('expected sound examples');
  return result.bundle;
});

function mergedExamples() {
  const merged = mergeBundles(bundles);
  if (!merged.ok) throw new Error(`the examples do not merge: ${merged.reason}`);
  return merged;
}

describe('merging the examples', () => {
  it('keeps the deletion although another partner still holds the record alive', () => {
    const { bundle } = mergedExamples();
    const deleted = bundle.records.filter((r) => r.deleted);
    expect(deleted).toHaveLength(1);
    const [tombstone] = deleted;
    const aliveElsewhere = bundles.flatMap((b) => b.records).filter((r) => r.id === tombstone?.id && !r.deleted);
    expect(aliveElsewhere.length).toBeGreaterThan(0);
    expect(aliveElsewhere.every((r) => tombstone !== undefined && r.updatedAt < tombstone.updatedAt)).toBe(true);
  });

  it('reports two conflicts: a later edit that wins, and a tie on the clock that the installation id decides', () => {
    const { conflicts } = mergedExamples();
    expect(conflicts).toHaveLength(2);
    const byClock = conflicts.find((c) => c.superseded.every((r) => r.updatedAt < c.winner.updatedAt));
    expect(byClock?.winner.type === 'issue' && byClock.winner.body?.title).toBe('Huisartsentekort: inwoners zonder huisarts');

    const tie = conflicts.find((c) => c.superseded.some((r) => r.updatedAt === c.winner.updatedAt));
    const rival = tie?.superseded.find((r) => r.updatedAt === tie.winner.updatedAt);
    expect(tie?.winner.updatedAt).toBe('2026-10-05T14:00:00.000Z-0000');
    expect(rival && tie && rival.origin < tie.winner.origin).toBe(true);
  });

  it('holds the same record in several bundles, in different versions', () => {
    const versions = new Map<string, Set<string>>();
    for (const record of bundles.flatMap((b) => b.records)) versions.set(record.id, (versions.get(record.id) ?? new Set()).add(record.updatedAt));
    const shared = [...versions.values()].filter((stamps) => stamps.size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});
