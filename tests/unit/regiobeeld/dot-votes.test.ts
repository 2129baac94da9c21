import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READABLE_SCHEMA_VERSIONS } from '../../../shared/bundle/format.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { type DotVoteResults, dotVoteResults } from '../../../shared/regiobeeld/dot-votes.ts';
import { partnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { type DotVoteBody, dotRoundOpeningId, dotVoteId } from '../../../shared/schema/dot-vote.ts';
import { RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, fakeIssueMerge, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, threePartners } from './fixture.ts';

const COORDINATOR = recordId(0xc0);
const ROUND = 'Regiotafel 12 maart 2027';

const coordinatorRecord = liveVersion(
  'partner',
  COORDINATOR,
  { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Helmond-De Peel' },
  { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
);

/** A vote for `voter` written by `writer`, with its dots per issue; `tick` orders versions. */
function vote(writer: string, voter: string, dots: readonly (readonly [string, number])[], { round = ROUND, budget = 5, tick = 1 } = {}): RegionRecord {
  const body: DotVoteBody = { round, voterPartnerId: voter, budget, dots: dots.map(([issueId, count]) => ({ issueId, dots: count })) };
  return liveVersion('dotVote', dotVoteId(round, voter), body, {
    region: REGION,
    origin: writer,
    updatedAt: `2026-11-01T09:00:0${tick}.000Z-0000`,
  });
}

/** The coordinator opens a round: its own record in it, no dots, under the opening's id. */
function opening({ round = ROUND, budget = 5, tick = 0 }: { round?: string; budget?: number; tick?: number } = {}): RegionRecord {
  return liveVersion(
    'dotVote',
    dotRoundOpeningId(round, COORDINATOR),
    { round, voterPartnerId: COORDINATOR, budget, dots: [] },
    {
      region: REGION,
      origin: COORDINATOR,
      updatedAt: `2026-11-01T09:00:0${tick}.000Z-0000`,
    },
  );
}

const everyone = () => [...threePartners(), coordinatorRecord];
const results = (records: readonly RegionRecord[]): DotVoteResults => analyseRegiobeeld(REGION, records, [toets(1)]).dotVotes;

describe('a voting round', () => {
  it('adds up the dots per issue and per domain, and counts the partners that voted', () => {
    const records = [
      ...everyone(),
      opening(),
      vote(PARTNER.zorg, PARTNER.zorg, [
        [I1, 3],
        [I2, 2],
      ]),
      vote(COORDINATOR, PARTNER.sociaal, [
        [I1, 1],
        [I3, 4],
      ]),
      // Entered for the insurer, with no dots yet: it has not voted.
      vote(COORDINATOR, PARTNER.verzekeraar, []),
    ];
    const { current, rounds } = results(records);
    expect(rounds).toHaveLength(1);
    expect(current).toMatchObject({ name: ROUND, budget: 5, openedBy: COORDINATOR, voters: 2, dots: 10, ignored: [] });
    expect(current?.issues).toEqual([
      {
        issueId: I1,
        dots: 4,
        voters: 2,
        byDomain: [
          { domain: 'zorg', dots: 3, voters: 1 },
          { domain: 'sociaal-domein', dots: 1, voters: 1 },
        ],
      },
      { issueId: I3, dots: 4, voters: 1, byDomain: [{ domain: 'sociaal-domein', dots: 4, voters: 1 }] },
      { issueId: I2, dots: 2, voters: 1, byDomain: [{ domain: 'zorg', dots: 2, voters: 1 }] },
    ]);
    expect(current?.byDomain).toEqual([
      { domain: 'zorg', dots: 5, voters: 1 },
      { domain: 'sociaal-domein', dots: 5, voters: 1 },
    ]);
    expect(current?.votes.map((counted) => [counted.voterPartnerId, counted.writtenBy, counted.total])).toEqual([
      [PARTNER.zorg, PARTNER.zorg, 5],
      [PARTNER.verzekeraar, COORDINATOR, 0],
      [PARTNER.sociaal, COORDINATOR, 5],
    ]);
  });

  it('counts a dot on a merged issue for the issue it stands in, the voter once', () => {
    const records = [
      ...everyone(),
      opening(),
      fakeIssueMerge(3, 2),
      vote(PARTNER.zorg, PARTNER.zorg, [
        [I2, 2],
        [I3, 3],
      ]),
    ];
    expect(results(records).current?.issues).toEqual([{ issueId: I2, dots: 5, voters: 1, byDomain: [{ domain: 'zorg', dots: 5, voters: 1 }] }]);
    expect(results(records).current?.votes[0]?.dots).toEqual([{ issueId: I2, dots: 5 }]);
  });

  it('holds every vote to the budget the coordinator opened the round with', () => {
    const records = [
      ...everyone(),
      opening({ budget: 3 }),
      vote(PARTNER.zorg, PARTNER.zorg, [[I1, 4]], { budget: 5 }),
      vote(PARTNER.sociaal, PARTNER.sociaal, [[I1, 3]], { budget: 3 }),
    ];
    const { current } = results(records);
    expect(current?.budget).toBe(3);
    expect(current?.issues).toEqual([{ issueId: I1, dots: 3, voters: 1, byDomain: [{ domain: 'sociaal-domein', dots: 3, voters: 1 }] }]);
    expect(current?.ignored).toEqual([
      {
        id: dotVoteId(ROUND, PARTNER.zorg),
        voterPartnerId: PARTNER.zorg,
        writtenBy: PARTNER.zorg,
        at: '2026-11-01T09:00:01.000Z-0000',
        total: 4,
        reason: 'over-budget',
      },
    ]);
  });

  it('names as ignored a vote written by another partner, and one given for the coordinator', () => {
    const records = [
      ...everyone(),
      opening(),
      // The insurer writes over the zorg partner's vote: the latest version, and it does not count.
      vote(PARTNER.zorg, PARTNER.zorg, [[I1, 5]], { tick: 1 }),
      vote(PARTNER.verzekeraar, PARTNER.zorg, [[I2, 5]], { tick: 2 }),
      // The coordinator entering dots under its own name: the coordinator does not vote.
      opening({ round: 'Andere ronde', tick: 3 }),
      vote(COORDINATOR, COORDINATOR, [[I3, 2]], { round: 'Andere ronde', tick: 3 }),
    ];
    const { current, rounds } = results(records);
    expect(current?.name).toBe('Andere ronde');
    expect(current?.ignored.map((ignored) => [ignored.voterPartnerId, ignored.writtenBy, ignored.reason])).toEqual([[COORDINATOR, COORDINATOR, 'coordinator']]);
    expect(current?.voters).toBe(0);
    const first = rounds.find((round) => round.name === ROUND);
    expect(first?.votes).toEqual([]);
    expect(first?.ignored.map((ignored) => [ignored.voterPartnerId, ignored.writtenBy, ignored.total, ignored.reason])).toEqual([
      [PARTNER.zorg, PARTNER.verzekeraar, 5, 'not-the-voter'],
    ]);
  });

  it("keeps each voter's latest vote: the partner's own after the coordinator's entry, and the other way round", () => {
    const entered = vote(COORDINATOR, PARTNER.zorg, [[I1, 2]], { tick: 1 });
    const own = vote(PARTNER.zorg, PARTNER.zorg, [[I2, 4]], { tick: 2 });
    const later = vote(COORDINATOR, PARTNER.zorg, [[I3, 1]], { tick: 3 });
    expect(results([...everyone(), opening(), entered, own]).current?.issues.map((issue) => [issue.issueId, issue.dots])).toEqual([[I2, 4]]);
    expect(results([...everyone(), opening(), own, later, entered]).current?.votes.map((counted) => [counted.writtenBy, counted.dots])).toEqual([
      [COORDINATOR, [{ issueId: I3, dots: 1 }]],
    ]);
  });

  it('is current once a coordinator opens it: the latest opened, never one no coordinator opened', () => {
    const records = [
      ...everyone(),
      opening({ round: 'Eerste ronde', tick: 1 }),
      opening({ round: 'Tweede ronde', budget: 8, tick: 2 }),
      vote(PARTNER.zorg, PARTNER.zorg, [[I1, 1]], { round: 'Zonder opening', tick: 3 }),
    ];
    const { current, rounds } = results(records);
    expect(current?.name).toBe('Tweede ronde');
    expect(current?.budget).toBe(8);
    // A round no coordinator opened is no round: its votes count nowhere.
    expect(rounds.map((round) => [round.name, round.budget])).toEqual([
      ['Tweede ronde', 8],
      ['Eerste ronde', 5],
    ]);
    expect(results([...everyone(), vote(PARTNER.zorg, PARTNER.zorg, [[I1, 1]])]).current).toBeNull();
    // Without the coordinator's partner record its opening is no opening: nothing shows it is a coordinator's.
    expect(results([...threePartners(), opening()]).current).toBeNull();
  });

  it('stays open whatever another partner writes under the coordinator: only its writer has the opening’s id', () => {
    // A later version of the coordinator's vote, by the insurer, no longer passes for the opening.
    const forged = vote(PARTNER.verzekeraar, COORDINATOR, [], { tick: 5 });
    // An opening under the coordinator's id written by another partner is refused on decoding: its id is not its writer's.
    const body: DotVoteBody = { round: ROUND, voterPartnerId: COORDINATOR, budget: 1, dots: [] };
    const posing = liveVersion('dotVote', dotRoundOpeningId(ROUND, COORDINATOR), body, {
      region: REGION,
      origin: PARTNER.verzekeraar,
      updatedAt: '2026-11-01T09:00:06.000Z-0000',
    });
    const { current } = results([...everyone(), opening(), vote(PARTNER.zorg, PARTNER.zorg, [[I1, 3]]), forged]);
    expect(current).toMatchObject({ name: ROUND, budget: 5, openedBy: COORDINATOR, openedAt: '2026-11-01T09:00:00.000Z-0000', voters: 1, dots: 3 });
    // It is named as what it is: a vote for the coordinator written by another partner.
    expect(current?.ignored.map((ignored) => [ignored.voterPartnerId, ignored.writtenBy, ignored.reason])).toEqual([
      [COORDINATOR, PARTNER.verzekeraar, 'not-the-voter'],
    ]);
    expect(RegionRecordSchema.safeParse(posing).success).toBe(false);
    expect(RegionRecordSchema.safeParse(opening()).success).toBe(true);
    // An opening holds no dots.
    expect(RegionRecordSchema.safeParse({ ...opening(), body: { ...body, budget: 5, dots: [{ issueId: I1, dots: 1 }] } }).success).toBe(false);
  });

  it('does not count dots on a deleted issue, and counts those on an issue not received here', () => {
    const gone = deleted(fakeIssue(3, { title: 'Eenzaamheid' }, { origin: PARTNER.sociaal }), {
      origin: PARTNER.sociaal,
      updatedAt: '2026-12-01T09:00:00.000Z-0000',
    });
    const elsewhere = recordId(0x99);
    const records = [
      ...everyone(),
      gone,
      opening(),
      vote(PARTNER.zorg, PARTNER.zorg, [
        [I1, 1],
        [I3, 2],
        [elsewhere, 1],
      ]),
    ];
    const { current } = results(records);
    expect(current?.issues.map((issue) => [issue.issueId, issue.dots])).toEqual([
      [I1, 1],
      [elsewhere, 1],
    ]);
    expect(current?.dots).toBe(2);
    expect(current?.votes[0]).toMatchObject({
      total: 2,
      dots: [
        { issueId: I1, dots: 1 },
        { issueId: elsewhere, dots: 1 },
      ],
    });
  });

  it('counts only votes given for a partner with a partner record, naming the others as not counted', () => {
    const stranger = recordId(0x77);
    const records = [
      ...everyone(),
      opening(),
      vote(COORDINATOR, stranger, [[I1, 2]]),
      vote(stranger, stranger, [[I2, 1]], { round: ROUND, tick: 2 }),
      vote(PARTNER.zorg, PARTNER.zorg, [[I1, 1]]),
    ];
    const { current } = results(records);
    expect(current?.voters).toBe(1);
    expect(current?.dots).toBe(1);
    expect(current?.ignored.map((ignored) => [ignored.voterPartnerId, ignored.writtenBy, ignored.reason])).toEqual([[stranger, stranger, 'not-a-partner']]);
  });

  it('lists its rounds in the report when the agenda is empty', () => {
    const partners = [...threePartners().filter((record) => record.type === 'partner'), coordinatorRecord];
    const analysis = analyseRegiobeeld(REGION, [...partners, opening()], [toets(1)]);
    expect(analysis.agenda).toEqual([]);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toContain('<h3>Stemmen met stippen: <bdi>Regiotafel 12 maart 2027</bdi></h3>');
  });

  it('shows in the report, beside each issue and in the agenda, and as a column of knelpunten.csv', () => {
    const records = [
      ...everyone(),
      opening({ tick: 2 }),
      vote(PARTNER.zorg, PARTNER.zorg, [[I1, 3]]),
      vote(COORDINATOR, PARTNER.sociaal, [
        [I1, 1],
        [I2, 2],
      ]),
      opening({ round: 'Regiotafel <b>1</b>', tick: 1 }),
      vote(PARTNER.verzekeraar, PARTNER.sociaal, [[I3, 5]], { round: 'Regiotafel <b>1</b>', tick: 2 }),
      vote(PARTNER.zorg, PARTNER.zorg, [[I3, 1]], { round: 'Zonder opening', tick: 3 }),
    ];
    const analysis = analyseRegiobeeld(REGION, records, [toets(1)]);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toContain('<h3>Stemmen met stippen: <bdi>Regiotafel 12 maart 2027</bdi></h3>');
    expect(report).toContain('2 partners stemden, 5 stippen per partner · 6 stippen verdeeld');
    expect(report).toContain('<td class="number">4</td><td class="number">2</td><td>Zorg 3, Sociaal domein 1</td>');
    expect(report).toContain('Stippen per domein: Zorg 3, Sociaal domein 3');
    expect(report).toContain('<th scope="col">Stippen <span class="meta">(<bdi>Regiotafel 12 maart 2027</bdi>)</span></th>');
    // A round's name is text; a vote by another partner is named as not counted; a round no coordinator opened is not there.
    expect(report).toContain('Stemmen met stippen: <bdi>Regiotafel &lt;b&gt;1&lt;/b&gt;</bdi>');
    expect(report).not.toContain('Zonder opening');
    expect(report).toContain(
      'stem voor <bdi>Gemeente</bdi> (5 stippen), geschreven door <bdi>Zorgkantoor</bdi>: geschreven door een andere partner dan de stemmer, die geen coördinator is',
    );
    const english = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'en', document: chartDocument() });
    expect(english).toContain('<h3>Dot voting: <bdi>Regiotafel 12 maart 2027</bdi></h3>');
    expect(english).toContain('2 partners voted, 5 dots each · 6 dots spread');
    expect(english).toContain('written by <bdi>Zorgkantoor</bdi>: written by another partner than the voter, who is no coordinator');
    const csv = csvExport(analysis, 'knelpunten.csv')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = csv[0]?.split(';') ?? [];
    const column = header.indexOf('stippen');
    expect(column).toBeGreaterThan(0);
    const dotsOfRow = (id: string) => csv.find((line) => line.startsWith(id))?.split(';')[column];
    expect([dotsOfRow(I1), dotsOfRow(I2), dotsOfRow(I3)]).toEqual(['4', '2', '0']);
    // No round opened: the column stays empty.
    const none = csvExport(analyseRegiobeeld(REGION, threePartners(), [toets(1)]), 'knelpunten.csv').split('\r\n');
    expect(none.find((line) => line.startsWith(I1))?.split(';')[column]).toBe('');
  });
});

describe('a dot vote as a record', () => {
  const valid = vote(PARTNER.zorg, PARTNER.zorg, [
    [I1, 3],
    [I2, 2],
  ]);
  const withBody = (body: Record<string, unknown>) => ({ ...valid, body: { ...valid.body, ...body } });
  const parses = (value: unknown) => RegionRecordSchema.safeParse(value).success;

  it('takes its id from its round and its voter, whoever writes it', () => {
    expect(parses(valid)).toBe(true);
    expect(parses({ ...valid, origin: COORDINATOR })).toBe(true);
    expect(parses({ ...valid, id: dotVoteId(ROUND, PARTNER.sociaal) })).toBe(false);
    expect(parses({ ...valid, id: dotVoteId('Regiotafel 13 maart 2027', PARTNER.zorg) })).toBe(false);
    expect(parses(withBody({ voterPartnerId: PARTNER.sociaal }))).toBe(false);
  });

  it('is never deleted: a tombstone names no voter', () => {
    expect(parses(tombstone(valid as RegionRecord & { type: 'dotVote' }, { origin: PARTNER.zorg, updatedAt: '2026-11-02T09:00:00.000Z-0000' }))).toBe(false);
  });

  it('spreads at most its budget, each issue once, at least a dot where it puts any', () => {
    expect(parses(withBody({ budget: 4 }))).toBe(false);
    expect(parses(withBody({ budget: 20 }))).toBe(true);
    expect(
      parses(
        withBody({
          dots: [
            { issueId: I1, dots: 1 },
            { issueId: I1, dots: 1 },
          ],
        }),
      ),
    ).toBe(false);
    expect(parses(withBody({ dots: [{ issueId: I1, dots: 0 }] }))).toBe(false);
    expect(parses(withBody({ dots: [] }))).toBe(true);
  });

  it.each([
    ['budget 0', { budget: 0 }],
    ['budget 21', { budget: 21 }],
    ['a budget of 2.5', { budget: 2.5 }],
    ['a budget as text', { budget: '5' }],
    ['dots of 1.5', { dots: [{ issueId: I1, dots: 1.5 }] }],
    ['negative dots', { dots: [{ issueId: I1, dots: -1 }] }],
    ['an issue that is no id', { dots: [{ issueId: 'I1', dots: 1 }] }],
    ['an extra field in an entry', { dots: [{ issueId: I1, dots: 1, weight: 2 }] }],
    ['an extra field', { secret: true }],
    ['21 entries', { budget: 20, dots: Array.from({ length: 21 }, (_, n) => ({ issueId: recordId(0x300 + n), dots: 1 })) }],
  ])('refuses %s', (_, body) => {
    expect(parses(withBody(body))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['white space only', '   '],
    ['a space before', ' Regiotafel'],
    ['a space after', 'Regiotafel '],
    ['a control character', 'Regio\u0007tafel'],
    ['a bidi control', 'Regio\u202Etafel'],
    ['only invisible characters', '\u200B\u200B'],
    ['too long', 'x'.repeat(501)],
  ])('refuses a round name that is %s', (_, round) => {
    expect(parses({ ...withBody({ round }), id: dotVoteId(round, PARTNER.zorg) })).toBe(false);
  });

  it('travels in a bundle of version 10; a bundle that says an earlier version cannot carry it', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-11-01T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [valid] });
    expect(bundle.schemaVersion).toBe(10);
    const decoded = decodeBundle(encodeBundle(bundle), { now: NOW });
    expect(decoded.ok).toBe(true);
    for (const version of READABLE_SCHEMA_VERSIONS.filter((readable) => readable >= 2 && readable < 10)) {
      const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: version }), { now: NOW });
      expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message)).toEqual([
        `this dotVote record needs bundle version 10, this bundle says ${version}`,
      ]);
    }
  });

  it('merges by the laws of every record: in any order and grouping, the latest vote per voter per round counts', () => {
    const voters = [PARTNER.zorg, PARTNER.sociaal, PARTNER.verzekeraar] as const;
    const written = fc
      .record({
        writer: fc.constantFrom(PARTNER.zorg, PARTNER.sociaal, COORDINATOR),
        voter: fc.constantFrom(...voters),
        round: fc.constantFrom(ROUND, 'Tweede ronde'),
        dots: fc.uniqueArray(fc.tuple(fc.constantFrom(I1, I2, I3), fc.integer({ min: 1, max: 2 })), { selector: ([issue]) => issue, maxLength: 2 }),
        tick: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ writer, voter, round, dots, tick }) => vote(writer, voter, dots, { round, tick }));
    const base = [...everyone(), opening(), fakeIssueMerge(3, 2)];
    const partners = partnerDirectory(base);
    fc.assert(
      fc.property(fc.array(fc.array(written, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), (groups) => {
        const all = mergeRecords(groups).records;
        const stepwise = [...groups].reverse().reduce<RegionRecord[]>((held, group) => mergeRecords([held, group]).records, []);
        expect(canonicalJson(stepwise)).toBe(canonicalJson(all));
        // Read from every version in any order, the result is the merge's.
        const view = (records: readonly RegionRecord[]) => results([...base, ...records]);
        const merged = view(all);
        expect(view(groups.flat().reverse())).toEqual(merged);
        expect(view([...groups].reverse().flat())).toEqual(merged);
        // Per voter per round the version latest by the merge order is the one judged.
        for (const round of merged.rounds) {
          for (const voter of voters) {
            const versions = groups.flat().filter((record) => record.id === dotVoteId(round.name, voter));
            if (versions.length === 0) continue;
            const last = mergeRecords([versions]).records[0];
            const counted = round.votes.find((counted) => counted.voterPartnerId === voter);
            const ignored = round.ignored.find((ignored) => ignored.voterPartnerId === voter);
            expect(counted?.at ?? ignored?.at).toBe(last?.updatedAt);
            expect(counted?.writtenBy ?? ignored?.writtenBy).toBe(last?.origin);
            // Written by the voter or the coordinator it counts; by another partner it does not.
            const allowed = last?.origin === voter || last?.origin === COORDINATOR;
            expect(counted !== undefined).toBe(allowed);
            expect(partners.of(voter).coordinator).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('dotVoteResults', () => {
  it('says nothing of records without votes', () => {
    expect(dotVoteResults(threePartners(), partnerDirectory(threePartners()))).toEqual({ rounds: [], current: null });
  });
});
