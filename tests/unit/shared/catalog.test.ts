import { describe, expect, it } from 'vitest';
import { areaName, areasNamedIn, areasOfRegion } from '../../../shared/catalog/areas.ts';
import { GEMEENTEN } from '../../../shared/catalog/gemeenten.ts';
import { GGD_REGIONS } from '../../../shared/catalog/ggd-regions.ts';
import { currentGemeente, MERGERS } from '../../../shared/catalog/mergers.ts';
import { DIVISIONS } from '../../../shared/catalog/region-division.ts';
import { KNOWN_REGIONS, knownRegion } from '../../../shared/catalog/regions.ts';
import { WIJKEN } from '../../../shared/catalog/wijken-data.ts';
import { isWijkCode, wijkenOf, wijkNames } from '../../../shared/catalog/wijken.ts';
import { figureTable } from '../../../shared/regiobeeld/figure-table.ts';
import { buildObservationIndex, queryObservations } from '../../../shared/regiobeeld/observation-index.ts';
import { RegionCode, regionCodeFromName } from '../../../shared/schema/region.ts';
import { fakeObservation } from '../../support/fake-records.ts';
import { PARTNER, partnerRecord } from '../survey/support/toets-survey.ts';

const codes = GEMEENTEN.map((gemeente) => gemeente.code);

describe('the gemeenten', () => {
  it('are the 342 of the current indeling, each code once and well-formed', () => {
    expect(GEMEENTEN).toHaveLength(342);
    expect(new Set(codes).size).toBe(342);
    expect(codes.filter((code) => !/^GM\d{4}$/.test(code))).toEqual([]);
    expect(GEMEENTEN.filter((gemeente) => gemeente.name.trim() === '' || gemeente.name !== gemeente.name.trim())).toEqual([]);
  });

  it('know the codes partners will meet', () => {
    expect(areaName('GM0363')).toBe('Amsterdam');
    expect(areaName('GM0794')).toBe('Helmond');
    expect(areaName('GM0772')).toBe('Eindhoven');
    expect(areaName('GM1771')).toBe('Geldrop-Mierlo');
    expect(areaName('GM1992')).toBe('Voorne aan Zee');
    expect(areaName('GM0518')).toBe("'s-Gravenhage");
  });

  it('hold no code of a gemeente that merged away', () => {
    expect(MERGERS.filter((merger) => codes.includes(merger.code))).toEqual([]);
  });
});

describe('mergers', () => {
  it('map every old code to a gemeente of today, the 2023 ones included', () => {
    expect(MERGERS.filter((merger) => !codes.includes(merger.into))).toEqual([]);
    expect(currentGemeente('GM0457')).toBe('GM0363');
    expect(currentGemeente('GM0530')).toBe('GM1992');
    expect(currentGemeente('GM1685')).toBe('GM1991');
    expect(currentGemeente('GM0794')).toBe('GM0794');
    expect(currentGemeente('mijn wijk')).toBe('mijn wijk');
  });

  it('show an old code as the gemeente it became', () => {
    expect(areaName('GM0457')).toBe('Amsterdam');
    expect(areaName('GM0501')).toBe('Voorne aan Zee');
  });

  it('count a clip tagged with an old code as the new gemeente, in the filter and in the figure table', () => {
    const figure = { value: 12, unit: '%', period: '2024', label: 'Eenzaamheid' };
    const index = buildObservationIndex([
      partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'),
      fakeObservation(0x20, { areas: ['GM0530'], kind: 'figure', figure }, { origin: PARTNER.zorg }),
      fakeObservation(0x21, { areas: ['GM1992'], kind: 'figure', figure }, { origin: PARTNER.zorg }),
    ]);
    expect([...index.byArea.keys()]).toEqual(['GM1992']);
    expect(queryObservations(index, { areas: ['GM1992'] })).toHaveLength(2);
    expect(figureTable(index.observations).rows.map((row) => row.area)).toEqual(['GM1992']);
  });
});

describe('region divisions', () => {
  it('put every gemeente in exactly one GGD region, and name only gemeenten of today', () => {
    const seen = GGD_REGIONS.regions.flatMap((region) => region.gemeenten);
    expect(GGD_REGIONS.regions).toHaveLength(25);
    expect(seen).toHaveLength(342);
    expect([...new Set(seen)].sort()).toEqual([...codes].sort());
  });

  it('keep Helmond-De Peel with its code and six gemeenten', () => {
    expect(knownRegion('helmond-de-peel')?.division).toBe('samenwerkingsregio');
    expect(areasOfRegion('helmond-de-peel').map((area) => area.code)).toEqual(['GM0794', 'GM0762', 'GM1652', 'GM1659', 'GM0743', 'GM0847']);
    expect(areasOfRegion('helmond-de-peel').map((area) => area.name)).toEqual(['Helmond', 'Deurne', 'Gemert-Bakel', 'Laarbeek', 'Asten', 'Someren']);
  });

  it('give every known region a stable, unique code that its own name slugs to', () => {
    const regionCodes = KNOWN_REGIONS.map((region) => region.code);
    expect(new Set(regionCodes).size).toBe(KNOWN_REGIONS.length);
    expect(KNOWN_REGIONS.filter((region) => !RegionCode.safeParse(region.code).success || regionCodeFromName(region.name) !== region.code)).toEqual([]);
    expect(knownRegion('ggd-regio-brabant-zuidoost')?.name).toBe('GGD-regio Brabant-Zuidoost');
    expect(KNOWN_REGIONS.every((region) => (DIVISIONS as readonly string[]).includes(region.division))).toBe(true);
  });

  it('offer the gemeenten of a GGD region by name, and none for a region of its own', () => {
    const brabant = areasOfRegion('ggd-regio-brabant-zuidoost');
    expect(brabant).toHaveLength(21);
    expect(brabant.map((area) => area.name)).toContain('Geldrop-Mierlo');
    expect(brabant.map((area) => area.name)).toEqual([...brabant.map((area) => area.name)].sort());
    expect(areasOfRegion('mijn-eigen-regio')).toEqual([]);
  });

  it('guess the gemeenten a text names, but not a gemeente that is also a word', () => {
    expect(areasNamedIn('Zorg is hier het best bereikbaar', areasOfRegion('ggd-regio-brabant-zuidoost'))).toEqual([]);
    expect(areasNamedIn('In Best wacht men langer', areasOfRegion('ggd-regio-brabant-zuidoost')).map((area) => area.code)).toEqual(['GM0753']);
    expect(areasNamedIn('Wachtlijsten in Geldrop-Mierlo en Eindhoven', areasOfRegion('ggd-regio-brabant-zuidoost')).map((area) => area.code)).toEqual([
      'GM0772',
      'GM1771',
    ]);
  });
});

describe('wijken', () => {
  const all = Object.values(WIJKEN).flat();

  it('have unique, well-formed codes inside the gemeente they are listed under', () => {
    expect(new Set(all.map((wijk) => wijk.code)).size).toBe(all.length);
    expect(all.filter((wijk) => !isWijkCode(wijk.code))).toEqual([]);
    expect(
      Object.entries(WIJKEN).filter(([gemeente, list]) => !codes.includes(gemeente) || list.some((wijk) => wijk.code.slice(2, 6) !== gemeente.slice(2))),
    ).toEqual([]);
  });

  it('cover every gemeente of GGD-regio Brabant-Zuidoost, and so of Helmond-De Peel', () => {
    expect(areasOfRegion('ggd-regio-brabant-zuidoost').filter((area) => (WIJKEN[area.code] ?? []).length === 0)).toEqual([]);
    expect(WIJKEN['GM1652']?.map((wijk) => wijk.code)).toContain('WK165206');
  });

  it('load for the gemeenten asked, skipping those without catalogued wijken', async () => {
    const listed = await wijkenOf(['GM1771', 'GM0153', 'GM0794']);
    expect(listed.map((entry) => entry.gemeente)).toEqual(['GM1771', 'GM0794']);
    expect(listed[0]?.wijken).toEqual([
      { code: 'WK177100', name: 'Geldrop' },
      { code: 'WK177101', name: 'Mierlo' },
    ]);
    expect(listed[1]?.wijken).toHaveLength(12);
  });

  it('give areaName a readable wijk name once loaded, and leave other text alone', async () => {
    const names = await wijkNames(['WK177101', 'GM0794', 'WK999999', 'eigen tekst']);
    expect([...names]).toEqual([['WK177101', 'Mierlo']]);
    expect(areaName('WK177101', names)).toBe('Mierlo');
    expect(areaName('WK177101')).toBe('WK177101');
    expect(areaName('eigen tekst', names)).toBe('eigen tekst');
  });
});
