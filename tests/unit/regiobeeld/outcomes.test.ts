import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { isOverdue } from '../../../shared/regiobeeld/outcomes.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import type { AgreementBody } from '../../../shared/schema/agreement.ts';
import { type IssueOutcomeBody, issueOutcomeId, type IssueStatus } from '../../../shared/schema/issue-outcome.ts';
import { RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { fakeIssueMerge, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, threePartners } from './fixture.ts';

const COORDINATOR = recordId(0xc0);
const outcomeBody = (issueId: string, status: IssueStatus = 'prioriteit', overrides: Partial<IssueOutcomeBody> = {}): IssueOutcomeBody => ({
  issueId,
  interpretation: 'Vooral 75-plussers zonder netwerk in de kleine kernen.',
  agreedBy: [PARTNER.zorg, PARTNER.sociaal],
  dissent: 'De verzekeraar ziet het als zorgvraag.',
  status,
  statusReason: '',
  ...overrides,
});
const outcome = (body: IssueOutcomeBody, tick = 0): RegionRecord =>
  liveVersion('issueOutcome', issueOutcomeId(body.issueId), body, { region: REGION, origin: COORDINATOR, updatedAt: `2026-11-01T09:00:00.000Z-000${tick}` });
const agreement = (n: number, body: Partial<AgreementBody> = {}): RegionRecord =>
  liveVersion(
    'agreement',
    recordId(0x900 + n),
    { issueId: I1, what: 'Buurtcirkels in Deurne starten', ownerPartnerId: PARTNER.sociaal, due: '2027-03-31', done: false, ...body },
    { region: REGION, origin: COORDINATOR, updatedAt: '2026-11-01T09:00:00.000Z-0000' },
  );
const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, records, [toets(1)]);
const summaryOf = (records: readonly RegionRecord[], id: string) => analyse(records).issues.issues.find((issue) => issue.id === id);

describe('what the regiotafel agreed', () => {
  it('stands under the issue: duiding, who agreed, dissent, status and afspraken due first', () => {
    const records = [...threePartners(), outcome(outcomeBody(I1)), agreement(2, { due: '2027-06-30' }), agreement(1)];
    const summary = summaryOf(records, I1);
    expect(summary?.outcome).toMatchObject({ status: 'prioriteit', agreedBy: [PARTNER.zorg, PARTNER.sociaal].sort(), recordedBy: COORDINATOR });
    expect(summary?.agreements.map((item) => item.due)).toEqual(['2027-03-31', '2027-06-30']);
    expect(analyse(records).agreements).toHaveLength(2);
    expect(summaryOf(records, I2)?.outcome).toBeNull();
  });

  it('counts for the survivor when recorded of a merged issue; of two outcomes the latest recorded speaks', () => {
    const records = [
      ...threePartners(),
      fakeIssueMerge(3, 2),
      outcome(outcomeBody(I2, 'gedeeld'), 1),
      outcome(outcomeBody(I3, 'prioriteit'), 2),
      agreement(1, { issueId: I3 }),
    ];
    expect(summaryOf(records, I2)?.outcome?.status).toBe('prioriteit');
    expect(summaryOf(records, I2)?.agreements.map((item) => item.issueId)).toEqual([I2]);
  });

  it('flags an afspraak not done after its day as overdue, not on the day itself', () => {
    expect(isOverdue({ done: false, due: '2027-03-31' }, '2027-04-01')).toBe(true);
    expect(isOverdue({ done: false, due: '2027-03-31' }, '2027-03-31')).toBe(false);
    expect(isOverdue({ done: true, due: '2027-03-31' }, '2027-04-01')).toBe(false);
  });

  it('shows in the report, with overdue afspraken flagged as of the day it was made', () => {
    const records = [...threePartners(), outcome(outcomeBody(I1)), agreement(1)];
    const report = (generatedAt: string) => renderReport(analyse(records), { generatedAt, language: 'nl', document: chartDocument() });
    const late = report('2027-04-02T09:00:00.000Z');
    expect(late).toContain('<strong>Uitkomst van de regiotafel: prioriteit</strong>');
    expect(late).toContain('Afwijkend: <bdi>De verzekeraar ziet het als zorgvraag.</bdi>');
    expect(late).toMatch(
      /<li class="overdue"><bdi>Buurtcirkels in Deurne starten<\/bdi> — <bdi>Gemeente<\/bdi>, uiterlijk 31 maart 2027 · <strong>te laat<\/strong><\/li>/,
    );
    expect(report('2027-03-01T09:00:00.000Z')).not.toContain('te laat');
  });

  it('shows in knelpunten.csv and gespreksagenda.csv: status, duiding and each afspraak with its owner and day', () => {
    const analysis = analyse([...threePartners(), outcome(outcomeBody(I1)), agreement(1), agreement(2, { what: 'Wijkteams', done: true })]);
    for (const name of ['knelpunten.csv', 'gespreksagenda.csv'] as const) {
      const [header, ...rows] = csvExport(analysis, name)
        .split('\r\n')
        .map((line) => line.split(';'));
      const row = rows.find((cells) => cells.includes(I1));
      const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
      expect([cell('status'), cell('gezamenlijke duiding'), cell('afspraken')]).toEqual([
        'prioriteit',
        'Vooral 75-plussers zonder netwerk in de kleine kernen.',
        'Buurtcirkels in Deurne starten (Gemeente uiterlijk 31-3-2027), Wijkteams (Gemeente uiterlijk 31-3-2027) — gedaan',
      ]);
    }
  });
});

describe('outcomes and afspraken as records', () => {
  it('check what they hold: one outcome per issue, a reason when not taken up, a real day', () => {
    expect(RegionRecordSchema.safeParse(outcome(outcomeBody(I1))).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...outcome(outcomeBody(I1)), id: issueOutcomeId(I2) }).success).toBe(false);
    expect(RegionRecordSchema.safeParse(outcome(outcomeBody(I1, 'niet-opgepakt'))).success).toBe(false);
    expect(RegionRecordSchema.safeParse(outcome(outcomeBody(I1, 'niet-opgepakt', { statusReason: 'Past niet bij de IZA-opdracht' }))).success).toBe(true);
    expect(RegionRecordSchema.safeParse(outcome(outcomeBody(I1, 'gedeeld', { agreedBy: [PARTNER.zorg, PARTNER.zorg] }))).success).toBe(false);
    expect(RegionRecordSchema.safeParse(agreement(1)).success).toBe(true);
    expect(RegionRecordSchema.safeParse(agreement(1, { due: '2027-02-30' })).success).toBe(false);
    expect(RegionRecordSchema.safeParse(agreement(1, { due: 'morgen' })).success).toBe(false);
    expect(RegionRecordSchema.safeParse(agreement(1, { what: '  ' })).success).toBe(false);
  });

  it('travel in a bundle of version 7; a bundle that says 6 cannot carry them', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-11-02T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [outcome(outcomeBody(I1)), agreement(1)] });
    expect(bundle.schemaVersion).toBe(7);
    const decoded = decodeBundle(encodeBundle(bundle), { now: NOW });
    expect(decoded.ok && decoded.bundle.records.map((record) => record.type).sort()).toEqual(['agreement', 'issueOutcome']);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 6 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message).sort()).toEqual([
      'this agreement record needs bundle version 7, this bundle says 6',
      'this issueOutcome record needs bundle version 7, this bundle says 6',
    ]);
  });

  it('merge by the laws of every record: every installation ends with the same outcomes, in any order', () => {
    const version = fc
      .record({
        issue: fc.constantFrom(I1, I2),
        status: fc.constantFrom<IssueStatus>('herkend', 'gedeeld', 'prioriteit'),
        tick: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ issue, status, tick }) => outcome(outcomeBody(issue, status), tick));
    fc.assert(
      fc.property(fc.array(fc.array(version, { maxLength: 4 }), { minLength: 1, maxLength: 3 }), (sets) => {
        const all = mergeRecords(sets).records;
        const stepwise = [...sets].reverse().reduce<RegionRecord[]>((held, set) => mergeRecords([held, set]).records, []);
        const view = (records: RegionRecord[]) => analyse([...threePartners(), ...records]).issues.issues.map((issue) => issue.outcome);
        expect(view(stepwise)).toEqual(view(all));
      }),
      { numRuns: 200 },
    );
  });
});
