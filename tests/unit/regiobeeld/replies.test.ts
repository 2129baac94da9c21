import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { READABLE_SCHEMA_VERSIONS } from '../../../shared/bundle/format.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { recognitionId, type Verdict } from '../../../shared/schema/recognition.ts';
import { replyId } from '../../../shared/schema/reply.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, O, threePartners } from './fixture.ts';

const at = (tick: number) => `2026-10-05T09:00:00.000Z-000${tick}`;

function recognition(origin: string, targetId: string, verdict: Verdict, targetType: 'issue' | 'observation' = 'issue', tick = 0): RegionRecord {
  return liveVersion(
    'recognition',
    recognitionId(origin, targetId),
    { targetType, targetId, verdict, reason: '' },
    { region: REGION, origin, updatedAt: at(tick) },
  );
}

function reply(origin: string, to: string, text: string, tick = 1, withdrawn = false): RegionRecord {
  return liveVersion('reply', replyId(origin, to), { recognitionId: to, text, withdrawn }, { region: REGION, origin, updatedAt: at(tick) });
}

const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, [...threePartners(), ...records], [toets(1)]);
const WORD = recognitionId(PARTNER.sociaal, I1);
const repliesOf = (records: readonly RegionRecord[]) =>
  analyse(records)
    .issues.issues.find((issue) => issue.id === I1)
    ?.recognitions.notRecognised.flatMap((said) => said.replies.map((answer) => [answer.partnerId, answer.text]));

describe('replies to a recognition', () => {
  it("stand beside the word they answer, each partner's latest, oldest first; a withdrawn one says nothing", () => {
    const records = [
      recognition(PARTNER.sociaal, I1, 'not-recognised'),
      reply(PARTNER.zorg, WORD, 'Bij ons wel', 1),
      reply(PARTNER.verzekeraar, WORD, 'Ook bij ons', 2),
      reply(PARTNER.zorg, WORD, 'Bij ons wel, zie de monitor', 3),
    ];
    expect(repliesOf(records)).toEqual([
      [PARTNER.verzekeraar, 'Ook bij ons'],
      [PARTNER.zorg, 'Bij ons wel, zie de monitor'],
    ]);
    expect(repliesOf([...records, reply(PARTNER.verzekeraar, WORD, '', 4, true)])).toEqual([[PARTNER.zorg, 'Bij ons wel, zie de monitor']]);
    // The word withdrawn, its replies go with it from the picture.
    expect(repliesOf([...records, recognition(PARTNER.sociaal, I1, 'withdrawn', 'issue', 5)])).toEqual([]);
  });

  it('show in the report as text, also under a clip someone recognised', () => {
    const records = [
      recognition(PARTNER.sociaal, I1, 'not-recognised'),
      reply(PARTNER.zorg, WORD, '<b>Bij ons</b> wel'),
      recognition(PARTNER.verzekeraar, O(0), 'recognised', 'observation'),
    ];
    const analysis = analyse(records);
    expect(analysis.issues.observationRecognitions.get(O(0))?.recognised.map((said) => said.partnerId)).toEqual([PARTNER.verzekeraar]);
    expect(analysis.issues.observationRecognitions.has(I1)).toBe(false);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toContain('<bdi>Huisartsen</bdi> reageert op <bdi>Gemeente</bdi>: “<bdi>&lt;b&gt;Bij ons&lt;/b&gt; wel</bdi>”');
    const clip = report.slice(report.indexOf(`id="waarneming-${O(0)}"`));
    expect(clip.slice(0, clip.indexOf('</div>'))).toContain('Herkend door: Zorgverzekeraar of zorgkantoor (<bdi>Zorgkantoor</bdi>)');
  });
});

describe('a reply as a record', () => {
  it('takes its id from its writer and the word it answers, keeps text unless withdrawn, and is never deleted', () => {
    const said = reply(PARTNER.zorg, WORD, 'Bij ons wel');
    expect(RegionRecordSchema.safeParse(said).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...said, origin: PARTNER.verzekeraar }).success).toBe(false);
    expect(RegionRecordSchema.safeParse(tombstone(said, { origin: PARTNER.zorg, updatedAt: at(5) })).success).toBe(false);
    const body = (change: object) => RegionRecordSchema.safeParse({ ...said, body: { ...(said.body as object), ...change } }).success;
    expect(body({ text: '   ' })).toBe(false);
    expect(body({ withdrawn: true })).toBe(false);
    expect(body({ withdrawn: true, text: '' })).toBe(true);
    expect(body({ text: 'x'.repeat(501) })).toBe(false);
    expect(body({ recognitionId: 'nope' })).toBe(false);
  });

  it('travels in a bundle of version 11; a bundle that says an earlier version cannot carry it', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [reply(PARTNER.zorg, WORD, 'Bij ons wel')] });
    expect(bundle.schemaVersion).toBe(11);
    for (const version of READABLE_SCHEMA_VERSIONS.filter((readable) => readable >= 2 && readable < 11)) {
      const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: version }), { now: NOW });
      expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message)).toEqual([
        `this reply record needs bundle version 11, this bundle says ${version}`,
      ]);
    }
  });

  it('merges by the laws of every record: in any order and grouping, each partner says its latest', () => {
    const written = fc
      .record({
        origin: fc.constantFrom(PARTNER.zorg, PARTNER.verzekeraar),
        text: fc.constantFrom('Bij ons wel', 'Ook hier', ''),
        tick: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ origin, text, tick }) => reply(origin, WORD, text, tick, text === ''));
    const sets = fc.array(fc.array(written, { maxLength: 5 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(sets, (groups) => {
        const all = mergeRecords(groups).records;
        const stepwise = [...groups].reverse().reduce<RegionRecord[]>((held, group) => mergeRecords([held, group]).records, []);
        expect(canonicalJson(stepwise)).toBe(canonicalJson(all));
        const view = (records: RegionRecord[]) => repliesOf([recognition(PARTNER.sociaal, I1, 'not-recognised'), ...records]);
        expect(view(groups.flat().reverse())).toEqual(view(all));
      }),
      { numRuns: 300 },
    );
  });
});
