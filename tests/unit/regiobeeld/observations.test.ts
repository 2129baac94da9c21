import { describe, expect, it } from 'vitest';
import { buildObservationIndex, queryObservations } from '../../../shared/regiobeeld/observation-index.ts';
import { observationsView } from '../../../shared/regiobeeld/observations-view.ts';
import { REGION_WIDE } from '../../../shared/regiobeeld/figure-table.ts';
import { regionOverview } from '../../../shared/regiobeeld/overview.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, fakeObservation, observationBody, REGION } from '../../support/fake-records.ts';
import { PARTNER, partnerRecord } from '../survey/support/toets-survey.ts';
import { O } from './fixture.ts';

const source = (url: string, accessedAt: string, title = 'Bron') => ({ ...observationBody().source, url, title, accessedAt });
const figure = (value: number, period: string) => ({ value, unit: '%', period, label: 'Eenzaamheid 75+' });

function records(): RegionRecord[] {
  return [
    partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'),
    partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente'),
    fakeObservation(
      0x10,
      {
        quote: 'Coöperatie meldt wachtlijsten',
        themes: ['zorgaanbod-arbeidsmarkt'],
        areas: ['GM0794'],
        source: source('https://ggd.nl/monitor?utm_source=mail#deel-2', '2026-09-03T10:00:00.000Z', 'Monitor'),
      },
      { origin: PARTNER.zorg },
    ),
    fakeObservation(
      0x11,
      {
        quote: 'Eenzaamheid',
        interpretation: 'Vooral in de dorpen',
        kind: 'figure',
        figure: figure(52, '2024'),
        themes: ['leefomgeving'],
        areas: ['GM0794', 'GM0762'],
        source: source('https://ggd.nl/monitor', '2026-09-10T10:00:00.000Z', 'Monitor 2024'),
      },
      { origin: PARTNER.sociaal },
    ),
    fakeObservation(
      0x12,
      {
        quote: 'Eenzaamheid',
        kind: 'figure',
        figure: figure(48, '2020'),
        themes: ['leefomgeving'],
        areas: ['GM0794'],
        source: source('https://cbs.nl/t', '2026-10-01T10:00:00.000Z'),
      },
      { origin: PARTNER.zorg },
    ),
    fakeObservation(
      0x13,
      { quote: 'Tweede', kind: 'figure', figure: figure(7, '2024'), themes: [], areas: [], source: source('https://cbs.nl/t', '2026-10-02T10:00:00.000Z') },
      { origin: PARTNER.zorg },
    ),
    deleted(fakeObservation(0x14), { updatedAt: '2026-10-03T09:00:00.000Z-0000' }),
    fakeIssue(1, {}, { origin: PARTNER.sociaal, updatedAt: '2026-10-05T09:00:00.000Z-0000' }),
  ];
}

const ids = (filter: Parameters<typeof queryObservations>[1]) => queryObservations(buildObservationIndex(records()), filter).map((o) => o.record.id);

describe('the observations view', () => {
  it('lists live observations by clip date, and all of them without a filter', () => {
    expect(ids({})).toEqual([O(0), O(1), O(2), O(3)]);
  });

  it('filters by theme, area, kind, partner and domain; values of one field are alternatives, fields combine', () => {
    expect(ids({ themes: ['leefomgeving'] })).toEqual([O(1), O(2)]);
    expect(ids({ areas: ['GM0762', 'GM0794'] })).toEqual([O(0), O(1), O(2)]);
    expect(ids({ kinds: ['figure'], partnerIds: [PARTNER.zorg] })).toEqual([O(2), O(3)]);
    expect(ids({ domains: ['sociaal-domein'] })).toEqual([O(1)]);
    expect(ids({ themes: ['leefomgeving'], domains: ['zorg'] })).toEqual([O(2)]);
    expect(ids({ themes: ['onbekend'] })).toEqual([]);
  });

  it('filters by clip date: from inclusive, until exclusive', () => {
    expect(ids({ from: '2026-09-10', until: '2026-10-02' })).toEqual([O(1), O(2)]);
    expect(ids({ from: '2026-10', kinds: ['figure'] })).toEqual([O(2), O(3)]);
    expect(ids({ until: '2026-01-01' })).toEqual([]);
  });

  it('finds free text without regard to case or accents, in quote and interpretation', () => {
    expect(ids({ text: 'COOPERATIE' })).toEqual([O(0)]);
    expect(ids({ text: 'coöperatie' })).toEqual([O(0)]);
    expect(ids({ text: 'dorpen' })).toEqual([O(1)]);
  });

  it('groups clips of the same source by canonical address, most partners first', () => {
    const { sources } = observationsView(buildObservationIndex(records()), {});
    expect(sources.map((s) => [s.url, s.title, s.partnerIds, s.clips.map((c) => c.observationId)])).toEqual([
      ['https://ggd.nl/monitor', 'Monitor', [PARTNER.zorg, PARTNER.sociaal], [O(0), O(1)]],
      ['https://cbs.nl/t', 'Bron', [PARTNER.zorg], [O(2), O(3)]],
    ]);
    expect(sources[0]?.clips[1]).toMatchObject({ quote: 'Eenzaamheid', interpretation: 'Vooral in de dorpen' });
  });

  it('normalises each source address once across builds that share a map, and reads the ones it holds from it', () => {
    const sourceUrls = new Map<string, string>();
    const first = buildObservationIndex(records(), undefined, sourceUrls);
    expect([...sourceUrls]).toEqual([
      ['https://ggd.nl/monitor?utm_source=mail#deel-2', 'https://ggd.nl/monitor'],
      ['https://ggd.nl/monitor', 'https://ggd.nl/monitor'],
      ['https://cbs.nl/t', 'https://cbs.nl/t'],
    ]);
    // What the map says is taken as it is: a later build parses no address it holds.
    sourceUrls.set('https://cbs.nl/t', 'https://cbs.nl/t-as-kept');
    const again = buildObservationIndex(records(), undefined, sourceUrls);
    expect(again.observations.map((o) => o.sourceUrl)).toEqual([
      ...first.observations.slice(0, 2).map((o) => o.sourceUrl),
      'https://cbs.nl/t-as-kept',
      'https://cbs.nl/t-as-kept',
    ]);
  });

  it('puts figures in a table by area and period; a figure about two areas once, in a row of its own, one about none last', () => {
    const { figures } = observationsView(buildObservationIndex(records()), {});
    expect(figures.periods).toEqual(['2020', '2024']);
    expect(figures.rows.map((r) => [r.area, r.areas, r.cells.map((cell) => cell.map((f) => f.value))])).toEqual([
      ['GM0794', ['GM0794'], [[48], []]],
      ['GM0762+GM0794', ['GM0762', 'GM0794'], [[], [52]]],
      ['', [], [[], [7]]],
    ]);
  });

  it('puts a figure about every gemeente of the region in one row for the whole region, first', () => {
    const { figures } = observationsView(buildObservationIndex(records()), {}, ['GM0762', 'GM0794']);
    expect(figures.rows.map((r) => [r.area, r.areas, r.cells.map((cell) => cell.map((f) => f.value))])).toEqual([
      [REGION_WIDE, [], [[], [52]]],
      ['GM0794', ['GM0794'], [[48], []]],
      ['', [], [[], [7]]],
    ]);
  });
});

describe('the overview', () => {
  it('counts live records per type, partners per domain, and each partner’s latest change', () => {
    const overview = regionOverview(REGION, records());
    expect(overview.region).toBe(REGION);
    expect(overview.counts).toEqual({
      partner: 2,
      observation: 4,
      issue: 1,
      surveyResponse: 0,
      planItem: 0,
      traceLink: 0,
      issueMerge: 0,
      recognition: 0,
      issueOutcome: 0,
      agreement: 0,
      regionSettings: 0,
      dotVote: 0,
      reply: 0,
      release: 0,
      releaseApproval: 0,
    });
    expect(overview.deleted).toBe(1);
    expect(overview.partnersByDomain.map((d) => [d.domain, d.partners.map((p) => [p.organisation, p.latestChange])])).toEqual([
      ['zorg', [['Huisartsen', '2026-10-01T09:00:00.000Z-0000']]],
      ['sociaal-domein', [['Gemeente', '2026-10-05T09:00:00.000Z-0000']]],
      // The fake records' own installation wrote the deletion but has no partner record.
      ['unknown', [[null, '2026-10-03T09:00:00.000Z-0000']]],
    ]);
  });

  it('is empty for an empty regiobeeld', () => {
    expect(regionOverview(REGION, [])).toMatchObject({ partnersByDomain: [], deleted: 0, counts: { observation: 0 } });
  });
});
