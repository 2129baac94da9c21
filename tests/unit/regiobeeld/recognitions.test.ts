import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { recognitionId, type Verdict } from '../../../shared/schema/recognition.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { fakeIssueMerge, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, threePartners } from './fixture.ts';

function recognition(origin: string, targetId: string, verdict: Verdict, reason = '', tick = 0): RegionRecord {
  return liveVersion(
    'recognition',
    recognitionId(origin, targetId),
    { targetType: 'issue', targetId, verdict, reason },
    { region: REGION, origin, updatedAt: `2026-10-05T09:00:00.000Z-000${tick}` },
  );
}

const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, records, [toets(1)]);
const recognitionsOf = (records: readonly RegionRecord[], id: string) => analyse(records).issues.issues.find((issue) => issue.id === id)?.recognitions;

describe('recognitions of an issue', () => {
  it('say which domains recognise it and who does not, and why', () => {
    const records = [
      ...threePartners(),
      recognition(PARTNER.sociaal, I1, 'recognised'),
      recognition(PARTNER.zorg, I1, 'recognised'),
      recognition(PARTNER.verzekeraar, I1, 'not-recognised', 'Bij ons geen wachtlijst'),
    ];
    const found = recognitionsOf(records, I1);
    expect(found?.recognisedDomains).toEqual(['zorg', 'sociaal-domein']);
    expect(found?.notRecognised.map((r) => [r.partnerId, r.reason])).toEqual([[PARTNER.verzekeraar, 'Bij ons geen wachtlijst']]);
    expect(recognitionsOf(records, I2)).toEqual({ recognised: [], notRecognised: [], recognisedDomains: [] });
  });

  it("keep each partner's latest word, also when said of an issue merged into this one", () => {
    const records = [
      ...threePartners(),
      recognition(PARTNER.zorg, I2, 'not-recognised', 'eerst', 1),
      recognition(PARTNER.zorg, I3, 'recognised', '', 2),
      fakeIssueMerge(3, 2),
    ];
    expect(recognitionsOf(records, I2)?.recognised.map((r) => r.partnerId)).toEqual([PARTNER.zorg]);
    expect(recognitionsOf(records, I2)?.notRecognised).toEqual([]);
  });

  it('count nothing a coordinator says, and nothing withdrawn', () => {
    const coordinatorId = recordId(0xc0);
    const coordinator = liveVersion(
      'partner',
      coordinatorId,
      { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Helmond-De Peel' },
      { region: REGION, origin: coordinatorId, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    );
    const withdrawn = recognition(PARTNER.zorg, I1, 'withdrawn', '', 1);
    const records = [...threePartners(), coordinator, recognition(coordinatorId, I1, 'recognised'), recognition(PARTNER.zorg, I1, 'recognised'), withdrawn];
    expect(recognitionsOf(records, I1)?.recognised).toEqual([]);
  });

  it('show in the report and in knelpunten.csv', () => {
    const records = [...threePartners(), recognition(PARTNER.verzekeraar, I1, 'not-recognised', 'Bij ons <geen> wachtlijst')];
    const analysis = analyse(records);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toContain('Niet herkend door: Zorgverzekeraar of zorgkantoor (<bdi>Zorgkantoor</bdi>: “<bdi>Bij ons &lt;geen&gt; wachtlijst</bdi>”)');
    expect(csvExport(analysis, 'knelpunten.csv')).toContain('Zorgkantoor: Bij ons <geen> wachtlijst');
  });
});

describe('a recognition as a record', () => {
  it('takes its id from its writer and its target, so each partner says one thing of each', () => {
    const said = recognition(PARTNER.zorg, I1, 'recognised');
    expect(RegionRecordSchema.safeParse(said).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...said, id: recognitionId(PARTNER.sociaal, I1) }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...said, origin: PARTNER.sociaal }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...said, body: { ...said.body, verdict: 'maybe' } }).success).toBe(false);
  });

  it("is never deleted: another partner's tombstone under its id names no target, so none is accepted", () => {
    const said = recognition(PARTNER.zorg, I1, 'recognised');
    const forged = tombstone(said, { origin: PARTNER.sociaal, updatedAt: '2026-10-06T09:00:00.000Z-0000' });
    expect(RegionRecordSchema.safeParse(forged).success).toBe(false);
    expect(RegionRecordSchema.safeParse(tombstone(said, { origin: PARTNER.zorg, updatedAt: '2026-10-06T09:00:00.000Z-0000' })).success).toBe(false);
    // Written under another partner's id, a version is refused too.
    expect(RegionRecordSchema.safeParse({ ...recognition(PARTNER.sociaal, I1, 'withdrawn'), id: said.id }).success).toBe(false);
  });

  it('travels in a bundle of version 6; a bundle that says 5 cannot carry it', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [recognition(PARTNER.zorg, I1, 'recognised')] });
    expect(bundle.schemaVersion).toBe(6);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 5 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message)).toEqual([
      'this recognition record needs bundle version 6, this bundle says 5',
    ]);
  });

  it('merges by the laws of every record: what each partner said last wins, in any order and grouping', () => {
    const said = fc
      .record({
        origin: fc.constantFrom(PARTNER.zorg, PARTNER.sociaal),
        target: fc.constantFrom(I1, I2),
        verdict: fc.constantFrom<Verdict>('recognised', 'not-recognised', 'withdrawn'),
        tick: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ origin, target, verdict, tick }) => recognition(origin, target, verdict, '', tick));
    const sets = fc.array(fc.array(said, { maxLength: 5 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(sets, (groups) => {
        const all = mergeRecords(groups).records;
        const stepwise = [...groups].reverse().reduce<RegionRecord[]>((held, group) => mergeRecords([held, group]).records, []);
        expect(canonicalJson(stepwise)).toBe(canonicalJson(all));
        // Read straight from every version, in any order, the analysis says the same as from the merge.
        const view = (records: RegionRecord[]) => analyse([...threePartners(), ...records]).issues.issues.map((issue) => issue.recognitions);
        expect(view(groups.flat().reverse())).toEqual(view(all));
      }),
      { numRuns: 300 },
    );
  });
});
