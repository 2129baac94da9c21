import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { noDifference, releaseBodyOf, releaseDifference, releaseDigest, releasedIssues, webCryptoReleaseDigest } from '../../../shared/regiobeeld/releases.ts';
import { isLive, RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { type ApprovalVerdict, type ReleaseBody, type ReleasedIssue, releaseApprovalId, releaseId } from '../../../shared/schema/release.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { fakeIssue, fakeIssueMerge, fakeObservation, recordId, REGION } from '../../support/fake-records.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, threePartners } from './fixture.ts';

const COORDINATOR = recordId(0xc0);
const coordinatorRecord = liveVersion(
  'partner',
  COORDINATOR,
  { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Helmond-De Peel' },
  { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
);
const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, records, [toets(1)]);

function release(records: readonly RegionRecord[], name: string, tick = 0, writer: string = COORDINATOR): RegionRecord {
  const body = releaseBodyOf({ name, note: '', releasedOn: '2026-11-01' }, records, analyse(records).issues.issues);
  return liveVersion('release', releaseId(writer, body), body, { region: REGION, origin: writer, updatedAt: `2026-11-01T09:00:00.000Z-000${tick}` });
}

function approval(origin: string, releaseOf: string, verdict: ApprovalVerdict, remark = '', tick = 0): RegionRecord {
  return liveVersion(
    'releaseApproval',
    releaseApprovalId(origin, releaseOf),
    { releaseId: releaseOf, verdict, remark },
    { region: REGION, origin, updatedAt: `2026-11-02T09:00:00.000Z-000${tick}` },
  );
}

/** A snapshot that lists every issue that stood. */
const whole = (issues: readonly ReleasedIssue[]) => ({ issues, issueCount: issues.length });

const snapshot = (id: string, overrides: Partial<ReleasedIssue> = {}): ReleasedIssue => ({
  id,
  title: `Knelpunt ${id.slice(-2)}`,
  place: null,
  score: null,
  status: null,
  evidence: 0,
  mergedIds: [],
  ...overrides,
});

describe('the difference between two releases', () => {
  const A = recordId(0xa);
  const B = recordId(0xb);
  const C = recordId(0xc);
  const D = recordId(0xd);

  it('names new, removed (merged or deleted), changed, moved and better-evidenced issues', () => {
    const before = [
      snapshot(A, { title: 'Huisartsentekort', place: 1, evidence: 2 }),
      snapshot(B, { title: 'Wijkverpleging', place: 2, status: 'herkend', evidence: 1 }),
      snapshot(C, { title: 'Eenzaamheid', place: 3 }),
      snapshot(D, { title: 'Mantelzorg' }),
    ];
    const after = [
      snapshot(B, { title: 'Wijkverpleging onder druk', place: 1, status: 'prioriteit', evidence: 1 }),
      snapshot(A, { title: 'Huisartsentekort', place: 2, evidence: 5, mergedIds: [C] }),
      snapshot(recordId(0xe), { title: 'Jeugd-GGZ', place: 3 }),
    ];
    const difference = releaseDifference(whole(before), whole(after));
    expect(difference.partial).toBe(false);
    expect(difference.added.map((issue) => issue.title)).toEqual(['Jeugd-GGZ']);
    expect(difference.removed).toEqual([
      { id: C, title: 'Eenzaamheid', mergedInto: { id: A, title: 'Huisartsentekort' } },
      { id: D, title: 'Mantelzorg', mergedInto: null },
    ]);
    expect(difference.changed).toEqual([
      { id: B, title: 'Wijkverpleging onder druk', titleBefore: 'Wijkverpleging', statusBefore: 'herkend', status: 'prioriteit' },
    ]);
    expect(difference.places).toEqual([
      { id: B, title: 'Wijkverpleging onder druk', before: 2, after: 1, direction: 'up' },
      { id: A, title: 'Huisartsentekort', before: 1, after: 2, direction: 'down' },
    ]);
    expect(difference.evidence).toEqual([{ id: A, title: 'Huisartsentekort', before: 2, after: 5 }]);
    expect(noDifference(difference)).toBe(false);
  });

  it('counts being ranked at all as moving up, losing the place as moving down, and less evidence as no news', () => {
    const difference = releaseDifference(
      whole([snapshot(A), snapshot(B, { place: 1, evidence: 3 })]),
      whole([snapshot(A, { place: 2 }), snapshot(B, { evidence: 1 })]),
    );
    expect(difference.places.map((change) => [change.id, change.before, change.after, change.direction])).toEqual([
      [A, null, 2, 'up'],
      [B, 1, null, 'down'],
    ]);
    expect(difference.evidence).toEqual([]);
    expect(difference.changed).toEqual([]);
  });

  it('is empty between equal snapshots', () => {
    const same = [snapshot(A, { place: 1, evidence: 2, status: 'gedeeld' })];
    expect(noDifference(releaseDifference(whole(same), whole(same)))).toBe(true);
    expect(noDifference(releaseDifference(whole([]), whole([])))).toBe(true);
  });

  it('names no issue new or removed beyond the cut of a truncated snapshot, and says the comparison is partial', () => {
    const cut = LIMITS.releasedIssues;
    const ranked = (ids: readonly number[]) => ids.map((n, index) => snapshot(recordId(0x1000 + n), { place: index + 1 }));
    const upTo = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
    // The last issue within the cut and the first beyond it swap places: neither is new or gone.
    const before = { issues: ranked(upTo(cut)), issueCount: cut + 1 };
    const after = { issues: ranked([...upTo(cut - 1), cut + 1]), issueCount: cut + 1 };
    const swapped = releaseDifference(before, after);
    expect(swapped.added).toEqual([]);
    expect(swapped.removed).toEqual([]);
    expect(swapped.partial).toBe(true);
    // Issue 1 merged into issue 2: named even though the later snapshot is cut, since it says so.
    const merged = ranked([...upTo(cut)].slice(1));
    merged[0] = { ...(merged[0] as ReleasedIssue), mergedIds: [recordId(0x1001)] };
    const intoTwo = releaseDifference(before, { issues: [...merged, ...ranked([cut + 1])], issueCount: cut + 1 });
    expect(intoTwo.removed).toEqual([{ id: recordId(0x1001), title: 'Knelpunt 01', mergedInto: { id: recordId(0x1002), title: 'Knelpunt 02' } }]);
    expect(intoTwo.added).toEqual([]);
    // From a whole snapshot to a cut one, an issue the later one lists that the earlier did not is new.
    const grown = releaseDifference(whole(ranked(upTo(10))), { issues: ranked([...upTo(10), 11]), issueCount: 20 });
    expect(grown.added.map((issue) => issue.id)).toEqual([recordId(0x1000 + 11)]);
    expect(grown.partial).toBe(true);
  });
});

describe('what a release holds', () => {
  it('has a digest that does not depend on the order of the records, and changes with any new version', () => {
    const records = threePartners();
    const digest = releaseDigest(records);
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), (shuffled) => {
        expect(releaseDigest(shuffled)).toBe(digest);
      }),
      { numRuns: 100 },
    );
    const edited = records.map((record) => (record.id === I1 ? { ...record, updatedAt: '2026-12-01T09:00:00.000Z-0000' } : record));
    expect(releaseDigest(edited)).not.toBe(digest);
    expect(releaseDigest([...records, tombstone(fakeObservation(0x40), { origin: PARTNER.zorg, updatedAt: '2026-10-09T09:00:00.000Z-0000' })])).not.toBe(
      digest,
    );
    // Releases and akkoorden are about the regiobeeld, not part of it.
    const first = release(records, 'Regiobeeld 1.0');
    expect(releaseDigest([...records, first, approval(PARTNER.zorg, first.id, 'akkoord')])).toBe(digest);
  });

  it('names each version exactly: another writer at the same clock, other content or a signed copy are told apart as the merge tells them', () => {
    const records = threePartners();
    const digest = releaseDigest(records);
    const held = records.find((record) => record.id === I1);
    if (held === undefined || !isLive(held) || held.type !== 'issue') throw new Error('the fixture holds issue I1');
    const replaced = (version: RegionRecord) => records.map((record) => (record.id === I1 ? version : record));
    // Same id and clock, written by another partner: it wins the merge by its origin, so it is other content.
    const byOther = { ...held, origin: PARTNER.sociaal };
    expect(mergeRecords([records, [byOther]]).records.find((record) => record.id === I1)).toEqual(byOther);
    expect(releaseDigest(replaced(byOther))).not.toBe(digest);
    // Same id, clock and writer, other content.
    expect(releaseDigest(replaced({ ...held, body: { ...held.body, title: `${held.body.title}!` } }))).not.toBe(digest);
    // Signing is not writing: this installation signs its earlier versions when it exports.
    expect(releaseDigest(replaced({ ...held, signature: 'c2lnbmVk' }))).toBe(digest);
  });

  it('has the same digest by WebCrypto as by the synchronous hash', async () => {
    const records = threePartners();
    expect(await webCryptoReleaseDigest(crypto.subtle)(records)).toBe(releaseDigest(records));
    expect(await webCryptoReleaseDigest(crypto.subtle)([])).toBe(releaseDigest([]));
  });

  it('keeps per standing issue its place, score, status and evidence, in priority order', () => {
    const records = [...threePartners(), fakeIssueMerge(3, 1)];
    const body = releaseBodyOf({ name: ' Regiobeeld 1.0 ', note: '', releasedOn: '2026-11-01' }, records, analyse(records).issues.issues);
    expect(body.name).toBe('Regiobeeld 1.0');
    expect(body.recordCount).toBe(records.length);
    expect(body.issueCount).toBe(2);
    expect(body.issues.map((issue) => [issue.id, issue.place, issue.evidence, issue.mergedIds])).toEqual([
      [I1, 1, 2, [I3]],
      [I2, 2, 1, []],
    ]);
    expect(body.issues[0]?.score).toBeGreaterThan(0);
  });

  it('is bounded: at most LIMITS.releasedIssues issues and LIMITS.listItems merged ids each, the total still counted', () => {
    const model = analyse(threePartners()).issues.issues[0] as IssueSummary;
    const many: IssueSummary[] = Array.from({ length: LIMITS.releasedIssues + 5 }, (_, index) => ({
      ...model,
      id: recordId(0x1000 + index),
      mergedIssues: Array.from({ length: LIMITS.listItems + 1 }, (_, n) => ({
        id: recordId(0x9000 + n),
        title: 'x',
        partnerId: PARTNER.zorg,
        intoId: I1,
        survivorId: I1,
      })),
    }));
    const kept = releasedIssues(many);
    expect(kept).toHaveLength(LIMITS.releasedIssues);
    expect(kept.every((issue) => issue.mergedIds.length === LIMITS.listItems)).toBe(true);
    const body = releaseBodyOf({ name: 'Groot', note: '', releasedOn: '2026-11-01' }, [], many);
    expect(body.issueCount).toBe(LIMITS.releasedIssues + 5);
    expect(
      RegionRecordSchema.safeParse(
        liveVersion('release', releaseId(COORDINATOR, body), body, { region: REGION, origin: COORDINATOR, updatedAt: '2026-11-01T09:00:00.000Z-0000' }),
      ).success,
    ).toBe(true);
  });
});

describe('releases in the analysis', () => {
  const base = [...threePartners(), coordinatorRecord];

  it('counts only releases of the coordinator, newest first, with who gave akkoord and who not yet', () => {
    const first = release(base, 'Regiobeeld 1.0', 1);
    const later = [...base, fakeIssue(7, { title: 'Jeugd-GGZ' }, { origin: PARTNER.zorg })];
    const second = release(later, 'Regiobeeld 1.1', 2);
    const forged = release(later, 'Regiobeeld 9.9', 3, PARTNER.zorg);
    const records = [
      ...later,
      first,
      second,
      forged,
      approval(PARTNER.zorg, first.id, 'akkoord', 'Prima'),
      approval(PARTNER.sociaal, first.id, 'akkoord', '', 1),
      approval(PARTNER.sociaal, first.id, 'withdrawn', '', 2),
      approval(PARTNER.verzekeraar, second.id, 'akkoord'),
      // The coordinator is no partner: its word is not counted, nor asked.
      approval(COORDINATOR, second.id, 'akkoord'),
    ];
    const { releases, ignored } = analyse(records).releases;
    expect(ignored).toBe(1);
    expect(releases.map((r) => r.body.name)).toEqual(['Regiobeeld 1.1', 'Regiobeeld 1.0']);
    const [newest, previous] = releases;
    expect(newest?.approvals.map((a) => a.partnerId)).toEqual([PARTNER.verzekeraar]);
    expect(newest?.waiting.map((p) => p.id)).toEqual([PARTNER.zorg, PARTNER.sociaal]);
    expect(previous?.approvals.map((a) => [a.partnerId, a.remark])).toEqual([[PARTNER.zorg, 'Prima']]);
    expect(previous?.waiting.map((p) => p.id)).toEqual([PARTNER.verzekeraar, PARTNER.sociaal]);
    expect(releaseDifference(previous?.body ?? whole([]), newest?.body ?? whole([])).added.map((issue) => issue.title)).toEqual(['Jeugd-GGZ']);
  });

  it('decodes a release a partner wrote, and leaves it out of the analysis as ignored', () => {
    const forged = release(base, 'Regiobeeld 9.9', 1, PARTNER.zorg);
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-11-03T09:00:00.000Z', surveyDefinitions: [] };
    const decoded = decodeBundle(encodeBundle(makeBundle({ ...content, records: [...base, forged] })), { now: NOW });
    if (!decoded.ok) throw new Error(decoded.errors.map((error) => error.message).join('; '));
    expect(analyse(decoded.bundle.records).releases).toEqual({ releases: [], ignored: 1 });
  });

  it('ignores a release once its writer is not (or no longer) the coordinator', () => {
    const asPartner = liveVersion(
      'partner',
      COORDINATOR,
      { organisation: 'Regiotafel', domain: 'zorg', regionName: 'Helmond-De Peel' },
      { region: REGION, origin: COORDINATOR, updatedAt: '2026-12-01T09:00:00.000Z-0000' },
    );
    const records = [...threePartners(), asPartner, release(base, 'Regiobeeld 1.0')];
    expect(analyse(records).releases).toEqual({ releases: [], ignored: 1 });
  });

  it('shows the newest release, its akkoord and its difference in the report', () => {
    const first = release(base, 'Regiobeeld 1.0', 1);
    const later = [...base, fakeIssue(7, { title: 'Jeugd <GGZ>' }, { origin: PARTNER.zorg })];
    const second = release(later, 'Regiobeeld 1.1', 2);
    const analysis = analyse([...later, first, second, approval(PARTNER.zorg, second.id, 'akkoord')]);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    const section = report.slice(report.indexOf('<section id="versies"'), report.indexOf('<section id="gespreksagenda"'));
    expect(section).toContain('Nieuwste versie: <strong><bdi>Regiobeeld 1.1</bdi></strong>, uitgebracht op 1 november 2026');
    expect(section).toContain('Akkoord: 1 van 3 partners');
    expect(section).toContain('Akkoord: <bdi>Huisartsen</bdi> (Zorg)');
    expect(section).toContain('Nog niet akkoord: <bdi>Zorgkantoor</bdi> (Zorgverzekeraar of zorgkantoor); <bdi>Gemeente</bdi> (Sociaal domein)');
    expect(section).toContain('Verschil met de vorige versie, <bdi>Regiobeeld 1.0</bdi>');
    expect(section).toContain('<h4>Nieuwe knelpunten (1)</h4><ul><li><bdi>Jeugd &lt;GGZ&gt;</bdi></li></ul>');
    expect(report).toContain('<a href="#versies">Versies</a>');
    const english = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'en', document: chartDocument() });
    expect(english).toContain('Difference from the previous version');
  });

  it('says in the report that a difference is partial when a release kept only part of the issues', () => {
    const cut = (record: RegionRecord, issueCount: number, tick: number): RegionRecord => {
      if (record.type !== 'release' || record.body === undefined) throw new Error('a release');
      // As if more issues had stood than the snapshot keeps.
      const body = { ...record.body, issueCount };
      return liveVersion('release', releaseId(COORDINATOR, body), body, {
        region: REGION,
        origin: COORDINATOR,
        updatedAt: `2026-11-01T09:00:00.000Z-000${tick}`,
      });
    };
    const first = cut(release(base, 'Regiobeeld 1.0'), 2_500, 1);
    const second = cut(release([...base, fakeIssue(7, { title: 'Jeugd-GGZ' }, { origin: PARTNER.zorg })], 'Regiobeeld 1.1'), 2_501, 2);
    const report = renderReport(analyse([...base, fakeIssue(7, { title: 'Jeugd-GGZ' }, { origin: PARTNER.zorg }), first, second]), {
      generatedAt: '2026-11-22T12:00:00.000Z',
      language: 'nl',
      document: chartDocument(),
    });
    const section = report.slice(report.indexOf('<section id="versies"'), report.indexOf('<section id="gespreksagenda"'));
    expect(section).toContain('Dit verschil is gedeeltelijk: een versie bewaart de eerste 2.000 knelpunten (eerst stonden er 2.500, nu 2.501).');
    // Jeugd-GGZ may have stood beyond the first release's cut: it is not named as new.
    expect(section).not.toContain('Nieuwe knelpunten');
  });
});

describe('a release and an akkoord as records', () => {
  const first = release(threePartners(), 'Regiobeeld 1.0');

  it('a release is frozen: its id is its writer and content, so an edited version, another writer or a deletion is refused', () => {
    expect(RegionRecordSchema.safeParse(first).success).toBe(true);
    if (first.type !== 'release' || first.body === undefined) throw new Error('a release');
    const edited: ReleaseBody = { ...first.body, name: 'Regiobeeld 1.0 (bijgewerkt)' };
    expect(RegionRecordSchema.safeParse({ ...first, body: edited, updatedAt: '2026-11-05T09:00:00.000Z-0000' }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...first, origin: PARTNER.zorg }).success).toBe(false);
    expect(RegionRecordSchema.safeParse(tombstone(first, { origin: COORDINATOR, updatedAt: '2026-11-05T09:00:00.000Z-0000' })).success).toBe(false);
    // The same content again, later: the same release, harmless.
    expect(RegionRecordSchema.safeParse({ ...first, updatedAt: '2026-11-05T09:00:00.000Z-0000' }).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...first, body: { ...first.body, digest: 'nope' } }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...first, body: { ...first.body, issueCount: 0 } }).success).toBe(false);
  });

  it('an approval takes its id from its writer and release, and is withdrawn by a version, never deleted', () => {
    const said = approval(PARTNER.zorg, first.id, 'akkoord', 'Goed');
    expect(RegionRecordSchema.safeParse(said).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...said, origin: PARTNER.sociaal }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...said, id: releaseApprovalId(PARTNER.zorg, I2) }).success).toBe(false);
    expect(RegionRecordSchema.safeParse(tombstone(said, { origin: PARTNER.zorg, updatedAt: '2026-11-05T09:00:00.000Z-0000' })).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...said, body: { releaseId: first.id, verdict: 'misschien', remark: '' } }).success).toBe(false);
    expect(RegionRecordSchema.safeParse({ ...said, body: { releaseId: first.id, verdict: 'akkoord', remark: 'x'.repeat(LIMITS.shortText + 1) } }).success).toBe(
      false,
    );
  });

  it('travel in a bundle of version 9; a bundle that says 7 cannot carry them, and an edited release refuses the bundle', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-11-03T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [first, approval(PARTNER.zorg, first.id, 'akkoord')] });
    expect(bundle.schemaVersion).toBe(9);
    expect(decodeBundle(encodeBundle(bundle), { now: NOW }).ok).toBe(true);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 7 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message).sort()).toEqual([
      'this release record needs bundle version 9, this bundle says 7',
      'this releaseApproval record needs bundle version 9, this bundle says 7',
    ]);
    const edited = { ...first, updatedAt: '2026-11-02T09:00:00.000Z-0000', body: { ...(first.body as ReleaseBody), note: 'achteraf' } } as RegionRecord;
    const refused = decodeBundle(encodeBundle(makeBundle({ ...content, records: [edited] })), { now: NOW });
    expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['records[0].id']);
  });

  it('merge by the laws of every record, in any order and grouping, and the analysis reads the same', () => {
    const base = [...threePartners(), coordinatorRecord];
    const releases = [release(base, 'Regiobeeld 1.0', 1), release([...base, fakeIssue(8)], 'Regiobeeld 1.1', 2)];
    const ids = releases.map((r) => r.id);
    const said = fc
      .record({
        origin: fc.constantFrom(PARTNER.zorg, PARTNER.sociaal, COORDINATOR),
        target: fc.constantFrom(...ids),
        verdict: fc.constantFrom<ApprovalVerdict>('akkoord', 'withdrawn'),
        tick: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ origin, target, verdict, tick }) => approval(origin, target, verdict, '', tick));
    const version = fc.oneof(
      said,
      fc.constantFrom(...releases),
      fc.constantFrom(...releases).map((r) => ({ ...r, updatedAt: '2026-11-09T09:00:00.000Z-0000' })),
    );
    const sets = fc.array(fc.array(version, { maxLength: 6 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(sets, (groups) => {
        const all = mergeRecords(groups).records;
        const stepwise = [...groups].reverse().reduce<RegionRecord[]>((held, group) => mergeRecords([held, group]).records, []);
        expect(canonicalJson(stepwise)).toBe(canonicalJson(all));
        const view = (records: RegionRecord[]) => analyse([...base, ...records]).releases;
        expect(view(groups.flat().reverse())).toEqual(view(all));
      }),
      { numRuns: 300 },
    );
  });
});
