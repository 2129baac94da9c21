import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical/canonical-json.ts';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { isLive, type RegionRecord } from '../../shared/schema/record.ts';
import { mergeRecords } from '../../shared/merge/merge-records.ts';
import { clipBody, PARTNER_A, PARTNER_B, START, testStore } from './support/test-store.ts';

function recordsOf(text: string): RegionRecord[] {
  const decoded = decodeBundle(text, { now: START + 86_400_000 });
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
  return [...decoded.bundle.records];
}

const merged = (...sets: RegionRecord[][]) => canonicalJson(mergeRecords(sets).records);

describe('export since the last export', () => {
  it('carries what is new, edited, deleted or imported since then; with the earlier export it merges to a whole export', async () => {
    const a = testStore({ seed: 11 });
    const b = testStore({ seed: 12 });
    await a.store.setupPartner(PARTNER_A);
    await b.store.setupPartner(PARTNER_B);
    const kept = await a.store.addObservation(clipBody('Wachtlijst ggz jeugd is 14 weken.'));
    const gone = await a.store.addObservation(clipBody('Deze gaat weg.'));
    const first = await a.store.exportBundle();

    a.advance(60_000);
    expect(await a.store.exportChanges()).toBeUndefined();

    await a.store.addObservation(clipBody('Nieuw: huisartsenpraktijk in Deurne sluit.'));
    await a.store.deleteRecord(gone.id);
    await b.store.addObservation(clipBody('Van de gemeente: eenzaamheid stijgt.'));
    const fromB = await b.store.exportBundle();
    await a.store.importBundleText(fromB.text, fromB.fileName);
    a.advance(60_000);

    const changes = await a.store.exportChanges();
    if (changes === undefined) throw new Error('nothing exported');
    expect(changes.fileName).toMatch(/-wijzigingen\.json$/);
    const delta = recordsOf(changes.text);
    const ids = new Set(delta.map((record) => record.id));
    expect(ids.has(kept.id)).toBe(false);
    expect(ids.has(gone.id)).toBe(true);
    expect(delta.find((record) => record.id === gone.id)?.deleted).toBe(true);
    expect(delta.flatMap((record) => (record.type === 'observation' && isLive(record) ? [record.body.quote] : [])).sort()).toEqual([
      'Nieuw: huisartsenpraktijk in Deurne sluit.',
      'Van de gemeente: eenzaamheid stijgt.',
    ]);

    const whole = await a.store.exportBundle();
    expect(merged(recordsOf(first.text), delta)).toBe(merged(recordsOf(whole.text)));
    expect(await a.store.exportChanges()).toBeUndefined();
  });

  it('scans only what it carries for personal data', async () => {
    const a = testStore({ seed: 13 });
    await a.store.setupPartner(PARTNER_A);
    await a.store.addObservation(clipBody('Bel mevrouw op 06-12345678.'));
    expect(await a.store.privacyFindings('changed')).toHaveLength(1);
    await a.store.exportBundle();
    expect(await a.store.privacyFindings('changed')).toEqual([]);
    expect(await a.store.privacyFindings('all')).toHaveLength(1);
  });
});
