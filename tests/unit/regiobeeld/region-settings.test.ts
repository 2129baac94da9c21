import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { readRegionSettings } from '../../../shared/records/published-settings.ts';
import { liveVersion, tombstone } from '../../../shared/records/versions.ts';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { RegionRecord as RegionRecordSchema, type RegionRecord } from '../../../shared/schema/record.ts';
import { type RegionSettingsBody, regionSettingsId } from '../../../shared/schema/region-settings.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { issueChoices, surveyIssueChoices } from '../../../shared/survey/dynamic-choices.ts';
import { fakeIssue, fakeIssueMerge, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, threePartners } from './fixture.ts';

const COORDINATOR = recordId(0xc0);
const SECOND_COORDINATOR = recordId(0xc1);

function coordinator(id: string, organisation = 'Regiotafel'): RegionRecord {
  return liveVersion(
    'partner',
    id,
    { organisation, role: 'coordinator', regionName: 'Helmond-De Peel' },
    { region: REGION, origin: id, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
  );
}

function settings(origin: string, body: Partial<RegionSettingsBody>, tick = 0): RegionRecord {
  return liveVersion(
    'regionSettings',
    regionSettingsId(origin),
    { issueIds: [], themes: [], ...body },
    { region: REGION, origin, updatedAt: `2026-10-05T09:00:00.000Z-000${tick}` },
  );
}

const withCoordinators = (...records: RegionRecord[]) => [
  ...threePartners(),
  coordinator(COORDINATOR),
  coordinator(SECOND_COORDINATOR, 'Tweede tafel'),
  ...records,
];

describe('the region settings that count', () => {
  it("are the coordinator's; a partner's are ignored and named", () => {
    const read = readRegionSettings(withCoordinators(settings(PARTNER.zorg, { issueIds: [I1] }, 5), settings(COORDINATOR, { issueIds: [I2, I3] })));
    expect(read.published?.issueIds).toEqual([I2, I3]);
    expect(read.ignoredWriters).toEqual([PARTNER.zorg]);
  });

  it('are the latest of two coordinators', () => {
    const read = readRegionSettings(withCoordinators(settings(COORDINATOR, { issueIds: [I1] }, 1), settings(SECOND_COORDINATOR, { issueIds: [I3] }, 2)));
    expect(read.published?.issueIds).toEqual([I3]);
    expect(read.published?.record.origin).toBe(SECOND_COORDINATOR);
  });

  it('read the shared list through merges made since, once each, leaving out deleted issues', () => {
    const deleted = tombstone(fakeIssue(3, {}, { origin: PARTNER.sociaal }), { origin: PARTNER.sociaal, updatedAt: '2026-10-06T09:00:00.000Z-0000' });
    const records = withCoordinators(settings(COORDINATOR, { issueIds: [I2, I1, I3] }), fakeIssueMerge(2, 1));
    expect(readRegionSettings(records).published?.issueIds).toEqual([I1, I3]);
    const withoutI3 = records.filter((record) => record.id !== I3).concat(deleted);
    expect(readRegionSettings(withoutI3).published?.issueIds).toEqual([I1]);
  });

  it('count nothing when no coordinator published, or a former coordinator did', () => {
    expect(readRegionSettings(threePartners()).published).toBeUndefined();
    // Written while a coordinator, read after its partner record says it is a partner again.
    const nowPartner = liveVersion(
      'partner',
      COORDINATOR,
      { organisation: 'Regiotafel', domain: 'zorg', regionName: 'Helmond-De Peel' },
      { region: REGION, origin: COORDINATOR, updatedAt: '2026-10-09T09:00:00.000Z-0000' },
    );
    expect(readRegionSettings([...threePartners(), nowPartner, settings(COORDINATOR, { issueIds: [I1] })]).published).toBeUndefined();
  });
});

describe('the shared list in the survey, the report and knelpunten.csv', () => {
  it('is what the survey offers, in its order; without a list every standing issue', () => {
    const records = withCoordinators(settings(COORDINATOR, { issueIds: [I3, I1] }));
    expect(surveyIssueChoices(records).map((choice) => choice.id)).toEqual([I3, I1]);
    expect(surveyIssueChoices(threePartners())).toEqual(issueChoices(threePartners()));
    // An empty list publishes none.
    expect(surveyIssueChoices(withCoordinators(settings(COORDINATOR, { themes: ['vergrijzing'] })))).toEqual(issueChoices(threePartners()));
  });

  it('marks the issues not on it in the report and knelpunten.csv', () => {
    const analysis = analyseRegiobeeld(REGION, withCoordinators(settings(COORDINATOR, { issueIds: [I1, I2] })), [toets(1)]);
    const report = renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toContain('De gedeelde knelpuntenlijst van de regiotafel telt 2 knelpunten (gepubliceerd door <bdi>Regiotafel</bdi>');
    expect(report.match(/data-not-shared="true"/g)).toHaveLength(1);
    expect(report).toMatch(/Eenzaamheid<\/bdi><\/strong> <span class="meta" data-not-shared="true">\(nog niet op de gedeelde lijst\)/);
    const csv = csvExport(analysis, 'knelpunten.csv').split('\r\n');
    const column = csv[0]?.split(';').indexOf('op gedeelde lijst') ?? -1;
    expect(column).toBeGreaterThan(0);
    const cells = Object.fromEntries(csv.slice(1, 4).map((line) => [line.split(';')[0], line.split(';')[column]]));
    expect(cells).toEqual({ [I1]: 'ja', [I2]: 'ja', [I3]: 'nee' });
  });
});

describe('region settings as a record', () => {
  it('take their id from their writer, are never deleted, and name an issue or theme once', () => {
    const published = settings(COORDINATOR, { issueIds: [I1], themes: ['vergrijzing', 'Wonen en zorg'], surveyRound: { surveyId: 'toets', round: 2 } });
    expect(RegionRecordSchema.safeParse(published).success).toBe(true);
    expect(RegionRecordSchema.safeParse({ ...published, origin: PARTNER.zorg }).success).toBe(false);
    expect(RegionRecordSchema.safeParse(tombstone(published, { origin: COORDINATOR, updatedAt: '2026-10-06T09:00:00.000Z-0000' })).success).toBe(false);
    const body = (change: object) => RegionRecordSchema.safeParse({ ...published, body: { ...(published.body as object), ...change } }).success;
    expect(body({ issueIds: [I1, I1] })).toBe(false);
    expect(body({ themes: ['vergrijzing', 'vergrijzing'] })).toBe(false);
    expect(body({ themes: ['  '] })).toBe(false);
    expect(body({ surveyRound: { surveyId: 'toets', round: 0 } })).toBe(false);
    expect(body({ surveyRound: { surveyId: '', round: 1 } })).toBe(false);
    expect(body({ issueIds: ['not-an-id'] })).toBe(false);
    expect(body({ extra: true })).toBe(false);
  });

  it('travel in a bundle of version 8; a bundle that says 7 cannot carry them', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [settings(COORDINATOR, { issueIds: [I1] })] });
    expect(bundle.schemaVersion).toBe(8);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 7 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message)).toEqual([
      'this regionSettings record needs bundle version 8, this bundle says 7',
    ]);
  });

  it('merge by the laws of every record: the same settings count in any order and grouping', () => {
    const version = fc
      .record({
        origin: fc.constantFrom(COORDINATOR, SECOND_COORDINATOR, PARTNER.zorg),
        issueIds: fc.subarray([I1, I2, I3]),
        tick: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ origin, issueIds, tick }) => settings(origin, { issueIds }, tick));
    const sets = fc.array(fc.array(version, { maxLength: 5 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(sets, (groups) => {
        const all = mergeRecords(groups).records;
        const stepwise = [...groups].reverse().reduce<RegionRecord[]>((held, group) => mergeRecords([held, group]).records, []);
        expect(canonicalJson(stepwise)).toBe(canonicalJson(all));
        const view = (records: RegionRecord[]) => readRegionSettings(withCoordinators(...records));
        // Read straight from every version, in any order, the settings are those of the merge.
        expect(canonicalJson(view(groups.flat().reverse()))).toBe(canonicalJson(view(all)));
      }),
      { numRuns: 300 },
    );
  });
});
