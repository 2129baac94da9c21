import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld, csvExports } from '../../../shared/regiobeeld/analyse.ts';
import { observationsView } from '../../../shared/regiobeeld/observations-view.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { issueOutcomeId } from '../../../shared/schema/issue-outcome.ts';
import { regionSettingsId } from '../../../shared/schema/region-settings.ts';
import { replyId } from '../../../shared/schema/reply.ts';
import { recognitionId } from '../../../shared/schema/recognition.ts';
import { type DotVoteBody, dotRoundOpeningId, dotVoteId } from '../../../shared/schema/dot-vote.ts';
import { releaseApprovalId, releaseId, type ReleaseBody } from '../../../shared/schema/release.ts';
import { fakeIssue, fakeIssueMerge, fakeObservation, observationBody, recordId, REGION } from '../../support/fake-records.ts';
import { PARTNER, responseRecord, toets } from '../survey/support/toets-survey.ts';
import { link, P, planItem, serves } from '../plan/support.ts';
import { I1, I2, I3, MISSING, O, threePartners } from './fixture.ts';
import { chartDocument } from '../report/support.ts';

const COORDINATOR = recordId(0xc0);
const vote = (origin: string, body: DotVoteBody, updatedAt = '2026-10-07T09:00:00.000Z-0000'): RegionRecord =>
  liveVersion('dotVote', dotVoteId(body.round, body.voterPartnerId), body, { region: REGION, origin, updatedAt });
/** The coordinator opens a round, both at the same clock time (tied, then ordered by name). */
const opening = (round: string, budget: number): RegionRecord =>
  liveVersion(
    'dotVote',
    dotRoundOpeningId(round, COORDINATOR),
    { round, voterPartnerId: COORDINATOR, budget, dots: [] },
    { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-07T08:00:00.000Z-0000' },
  );
const releaseBody = (name: string): ReleaseBody => ({
  name,
  note: '',
  releasedOn: '2026-10-07',
  digest: 'b'.repeat(64),
  recordCount: 40,
  issueCount: 1,
  issues: [{ id: I1, title: 'Huisartsentekort', place: 1, score: 0.5, status: null, evidence: 2, mergedIds: [] }],
});
const releaseOf = (name: string, writer: string, tick: number) =>
  liveVersion('release', releaseId(writer, releaseBody(name)), releaseBody(name), {
    region: REGION,
    origin: writer,
    updatedAt: `2026-10-07T09:00:00.000Z-000${tick}`,
  });
const akkoord = (origin: string, release: string) =>
  liveVersion(
    'releaseApproval',
    releaseApprovalId(origin, release),
    { releaseId: release, verdict: 'akkoord' as const, remark: '' },
    { region: REGION, origin, updatedAt: '2026-10-08T09:00:00.000Z-0000' },
  );

/**
 * The fixture plus clips of one source under two addresses and a fourth ranking, so ties and groups
 * occur, a plan with a goal under two ambitions, a suspect and a dangling link and a cycle, and
 * merges of issues: a chain and two merges made against each other, and recognitions (one of a
 * merged issue), outcomes and afspraken, region settings, releases with an akkoord, voting rounds and
 * replies.
 */
function regiobeeld(): RegionRecord[] {
  return [
    liveVersion(
      'partner',
      COORDINATOR,
      { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Helmond-De Peel' },
      { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    ),
    // Two releases of the coordinator made at the same clock time (tied, then ordered by id), and one of a partner, ignored.
    releaseOf('Regiobeeld 1.0', COORDINATOR, 1),
    releaseOf('Regiobeeld 1.1', COORDINATOR, 1),
    releaseOf('Regiobeeld 2.0', PARTNER.zorg, 2),
    akkoord(PARTNER.sociaal, releaseId(COORDINATOR, releaseBody('Regiobeeld 1.0'))),
    ...threePartners(),
    // Two rounds opened at the same moment, votes on merged issues, one written by another partner.
    opening('Ronde B', 5),
    opening('Ronde A', 4),
    vote(PARTNER.zorg, {
      round: 'Ronde A',
      voterPartnerId: PARTNER.zorg,
      budget: 4,
      dots: [
        { issueId: recordId(4), dots: 2 },
        { issueId: recordId(5), dots: 1 },
        { issueId: I1, dots: 1 },
      ],
    }),
    vote(COORDINATOR, { round: 'Ronde A', voterPartnerId: PARTNER.sociaal, budget: 4, dots: [{ issueId: I1, dots: 4 }] }),
    vote(PARTNER.sociaal, { round: 'Ronde B', voterPartnerId: PARTNER.verzekeraar, budget: 5, dots: [{ issueId: recordId(6), dots: 5 }] }),
    vote(PARTNER.verzekeraar, { round: 'Ronde B', voterPartnerId: PARTNER.zorg, budget: 5, dots: [{ issueId: I2, dots: 5 }] }),
    fakeObservation(
      0x30,
      {
        kind: 'figure',
        figure: { value: 3, unit: '%', period: '2024', label: 'x' },
        source: { ...observationBody().source, url: 'https://a.nl/x?utm_source=1' },
      },
      { origin: PARTNER.sociaal },
    ),
    fakeObservation(
      0x31,
      { kind: 'figure', figure: { value: 4, unit: '%', period: '2024', label: 'x' }, source: { ...observationBody().source, url: 'https://a.nl/x' } },
      { origin: PARTNER.zorg },
    ),
    responseRecord(4, PARTNER.zonderRecord, { top: [I3, I2, I1] }),
    fakeIssue(4, { title: 'Eenzaamheid bij ouderen' }, { origin: PARTNER.zorg }),
    fakeIssue(5, { title: 'Eenzaamheid' }, { origin: PARTNER.verzekeraar }),
    fakeIssue(6, { title: 'Wijkverpleging' }, { origin: PARTNER.zorg }),
    fakeIssueMerge(4, 3),
    fakeIssueMerge(3, 5),
    fakeIssueMerge(6, 2),
    fakeIssueMerge(2, 6),
    liveVersion(
      'recognition',
      recognitionId(PARTNER.sociaal, I1),
      { targetType: 'issue', targetId: I1, verdict: 'not-recognised', reason: 'Niet in Deurne' },
      { region: REGION, origin: PARTNER.sociaal, updatedAt: '2026-10-05T09:00:00.000Z-0000' },
    ),
    // Two replies to that word (one said again later), and a word on a clip.
    liveVersion(
      'reply',
      replyId(PARTNER.zorg, recognitionId(PARTNER.sociaal, I1)),
      { recognitionId: recognitionId(PARTNER.sociaal, I1), text: 'Bij ons wel', withdrawn: false },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'reply',
      replyId(PARTNER.zorg, recognitionId(PARTNER.sociaal, I1)),
      { recognitionId: recognitionId(PARTNER.sociaal, I1), text: 'Bij ons wel, in Helmond', withdrawn: false },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-06T10:00:00.000Z-0000' },
    ),
    liveVersion(
      'reply',
      replyId(PARTNER.verzekeraar, recognitionId(PARTNER.sociaal, I1)),
      { recognitionId: recognitionId(PARTNER.sociaal, I1), text: 'Ook hier', withdrawn: false },
      { region: REGION, origin: PARTNER.verzekeraar, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'recognition',
      recognitionId(PARTNER.verzekeraar, O(0)),
      { targetType: 'observation', targetId: O(0), verdict: 'recognised', reason: '' },
      { region: REGION, origin: PARTNER.verzekeraar, updatedAt: '2026-10-05T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'issueOutcome',
      issueOutcomeId(recordId(4)),
      { issueId: recordId(4), interpretation: 'Samen', agreedBy: [PARTNER.zorg], dissent: '', status: 'gedeeld', statusReason: '' },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'agreement',
      recordId(0x901),
      { issueId: I1, what: 'Starten', ownerPartnerId: PARTNER.sociaal, due: '2027-03-31', done: false },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'agreement',
      recordId(0x902),
      { issueId: recordId(2), what: 'Ook starten', ownerPartnerId: PARTNER.zorg, due: '2027-03-31', done: true },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'recognition',
      recognitionId(PARTNER.zorg, recordId(4)),
      { targetType: 'issue', targetId: recordId(4), verdict: 'recognised', reason: '' },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-05T09:00:00.000Z-0000' },
    ),
    // The coordinator's list names an issue merged since; a partner's own settings count nowhere.
    liveVersion(
      'regionSettings',
      regionSettingsId(COORDINATOR),
      { issueIds: [recordId(4), I1, recordId(6)], themes: ['vergrijzing'], surveyRound: { surveyId: 'toets', round: 1 } },
      { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-07T09:00:00.000Z-0000' },
    ),
    liveVersion(
      'regionSettings',
      regionSettingsId(PARTNER.zorg),
      { issueIds: [I1], themes: [] },
      { region: REGION, origin: PARTNER.zorg, updatedAt: '2026-10-08T09:00:00.000Z-0000' },
    ),
    planItem(1, 'ambition', { title: 'Zelfde titel' }),
    planItem(2, 'ambition', { title: 'Zelfde titel' }),
    planItem(3, 'goal', { title: '<b>Doel</b>' }),
    planItem(4, 'action'),
    planItem(5, 'goal'),
    planItem(6, 'goal'),
    serves(3, 1),
    serves(3, 2),
    serves(4, 3),
    serves(5, 6),
    serves(6, 5),
    link({ fromId: P(3), toType: 'issue', toId: I1 }, '2025-01-01T00:00:00.000Z-0000'),
    link({ fromId: P(4), toType: 'observation', toId: O(0) }),
    link({ fromId: P(4), toType: 'issue', toId: MISSING }),
  ];
}

describe('the regiobeeld', () => {
  const records = regiobeeld();
  const definitions = [toets(1)];
  const reference = analyseRegiobeeld(REGION, records, definitions);
  const shuffles = fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length });

  it('does not depend on the order of the records', () => {
    const view = (a: typeof reference) => observationsView(a.observations, { themes: ['zorgaanbod'] });
    // Opened at the same moment, the rounds go by name.
    expect(reference.dotVotes.rounds.map((round) => [round.name, round.voters, round.ignored.length])).toEqual([
      ['Ronde A', 2, 0],
      ['Ronde B', 0, 2],
    ]);
    fc.assert(
      fc.property(shuffles, (shuffled) => {
        const analysis = analyseRegiobeeld(REGION, shuffled, definitions);
        expect(analysis.overview).toEqual(reference.overview);
        expect(analysis.issues).toEqual(reference.issues);
        expect(analysis.duplicates).toEqual(reference.duplicates);
        expect(analysis.agreements).toEqual(reference.agreements);
        expect(analysis.settings).toEqual(reference.settings);
        expect(analysis.dotVotes).toEqual(reference.dotVotes);
        expect(analysis.releases).toEqual(reference.releases);
        expect(analysis.agenda).toEqual(reference.agenda);
        expect(analysis.plan.coverage).toEqual(reference.plan.coverage);
        expect(view(analysis)).toEqual(view(reference));
        expect(csvExports(analysis)).toEqual(csvExports(reference));
      }),
      { numRuns: 200 },
    );
    // Two hundred analyses: generous for a machine shared with other test runs.
  }, 60_000);

  // Drawing the charts takes most of a report's time: fewer runs, over the same shuffles.
  it('gives the same report, byte for byte, in any order of the records', () => {
    const document = chartDocument();
    const report = (a: typeof reference) => renderReport(a, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document });
    const expected = report(reference);
    fc.assert(
      fc.property(shuffles, (shuffled) => {
        expect(report(analyseRegiobeeld(REGION, shuffled, definitions))).toBe(expected);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
