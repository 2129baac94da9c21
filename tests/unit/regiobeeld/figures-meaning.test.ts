import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { figureComparisons } from '../../../shared/regiobeeld/figure-comparison.ts';
import { buildObservationIndex } from '../../../shared/regiobeeld/observation-index.ts';
import { REGION_WIDE } from '../../../shared/regiobeeld/figure-table.ts';
import { figureText, figureValueText, indicatorLabel, observationFigureText, regionAreasOf } from '../../../shared/regiobeeld/figure-text.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import type { Figure } from '../../../shared/schema/observation.ts';
import { fakeObservation, ORIGIN_A, REGION } from '../../support/fake-records.ts';
import { chartDocument, parseReport } from '../report/support.ts';
import { partnerRecord } from '../survey/support/toets-survey.ts';

const PEEL = ['GM0794', 'GM0762', 'GM1652', 'GM1659', 'GM0743', 'GM0847'];
const REGION_INFO = regionAreasOf(REGION, 'Helmond-De Peel', new Map([['WK079401', 'Helmond-Centrum']]));
const figure = (value: number, label: string, period = '2024', unit = '%'): Figure => ({ value, unit, period, label });
const clip = (id: number, f: Figure, areas: string[]) => fakeObservation(id, { kind: 'figure', figure: f, areas, quote: `Cijfer ${id}` });

describe('a figure as a person reads it', () => {
  it('says value, unit, label, area and period in one line, with Dutch thousands and decimal signs', () => {
    expect(figureText(figure(25.8, '65 jaar of ouder'), ['Deurne'], 'nl')).toBe('25,8 % — 65 jaar of ouder, Deurne, 2024');
    expect(figureText(figure(25.8, '65 jaar of ouder'), ['Deurne'], 'en')).toBe('25.8 % — 65 jaar of ouder, Deurne, 2024');
    expect(figureValueText({ value: 12345.5, unit: 'inwoners' }, 'nl')).toBe('12.345,5 inwoners');
    expect(figureValueText({ value: 1250, unit: '€' }, 'nl')).toBe('€ 1.250');
    expect(figureValueText({ value: -3, unit: '' }, 'nl')).toBe('-3');
    expect(figureText({ value: 7, unit: '', period: '', label: '' }, [], 'nl')).toBe('7');
  });

  it('names the region, not every gemeente, for a figure about all of them', () => {
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: [...PEEL].reverse() }, REGION_INFO, 'nl')).toBe(
      '20 % — 65-plussers, Helmond-De Peel, 2024',
    );
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: [...PEEL] }, regionAreasOf(REGION, null, new Map()), 'en')).toBe(
      '20 % — 65-plussers, whole region, 2024',
    );
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: ['GM0794', 'GM0762'] }, REGION_INFO, 'nl')).toBe(
      '20 % — 65-plussers, Deurne, Helmond, 2024',
    );
    expect(observationFigureText({ areas: ['GM0794'] }, REGION_INFO, 'nl')).toBeNull();
    // Only exactly the region's gemeenten make a region-wide figure; a merged code names its successor once.
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: [...PEEL, 'GM0772'] }, REGION_INFO, 'nl')).toBe(
      '20 % — 65-plussers, Asten, Deurne, Eindhoven … en nog 4, 2024',
    );
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: ['GM0756', 'GM1982'] }, REGION_INFO, 'nl')).toBe(
      '20 % — 65-plussers, Land van Cuijk, 2024',
    );
    expect(observationFigureText({ figure: figure(20, '65-plussers'), areas: ['*'] }, REGION_INFO, 'nl')).toBe('20 % — 65-plussers, *, 2024');
    expect(observationFigureText({ figure: figure(31, 'alleenwonend'), areas: ['WK079401'] }, REGION_INFO, 'nl')).toBe(
      '31 % — alleenwonend, Helmond-Centrum, 2024',
    );
  });
});

describe('figures beside their neighbours', () => {
  it('reads one indicator in a label with or without the gemeente named in it', () => {
    expect(indicatorLabel('alleenwonende 65-plussers, Laarbeek', 'GM1659')).toBe('alleenwonende 65-plussers');
    expect(indicatorLabel('inwoners van 65 jaar of ouder in Helmond', 'GM0794')).toBe('inwoners van 65 jaar of ouder');
    expect(indicatorLabel('huisartsbelasting Gemert-Bakel', 'GM1652')).toBe('huisartsbelasting');
    expect(indicatorLabel('ziekteverzuim (Deurne)', 'GM0762')).toBe('ziekteverzuim');
    // A wijk of Helmond is not Helmond: the name must stand on its own.
    expect(indicatorLabel('Helmond-Noord gezondheid', 'GM0794')).toBe('Helmond-Noord gezondheid');
    expect(indicatorLabel('Helmond', 'GM0794')).toBe('Helmond');
    expect(indicatorLabel('Helmond: 65-plussers', 'GM0794')).toBe('65-plussers');
    // A gemeente that is also a word counts only as written, and only where a gemeente is named.
    expect(indicatorLabel('wat werkt het best', 'GM0753')).toBe('wat werkt het best');
    expect(indicatorLabel('Best practices', 'GM0753')).toBe('Best practices');
    expect(indicatorLabel('Deurne (gemeente)', 'GM0762')).toBe('Deurne (gemeente)');
    // An old code is read as the gemeente it became (Boxmeer is part of Land van Cuijk).
    expect(indicatorLabel('mantelzorgers, Land van Cuijk', 'GM0756')).toBe('mantelzorgers');
  });

  it('reads a hostile label in time linear in its length', () => {
    const hostile = `a${' '.repeat(498)}a`;
    const started = performance.now();
    for (let i = 0; i < 2000; i += 1) indicatorLabel(hostile, 'GM0794');
    // 2,000 labels of 500 characters: well under a second where a quadratic pattern took seconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(indicatorLabel(hostile, 'GM0794')).toBe('a a');
  });

  const records = [
    clip(1, figure(25.8, '65 jaar of ouder, Deurne'), ['GM0762']),
    clip(2, figure(20.1, '65 jaar of ouder in Helmond'), ['GM0794']),
    clip(3, figure(19.5, '65 Jaar of ouder', '2020'), ['GM0794']),
    clip(4, figure(22, '65 jaar of ouder'), [...PEEL]),
    clip(5, figure(24, '65 jaar of ouder'), ['Geldrop']),
    clip(6, figure(24, '65 jaar of ouder', ''), ['GM0743']),
    clip(7, figure(3, 'wachtlijst huisarts', '2024', 'personen'), ['GM0794']),
  ];

  it('sets one indicator out by area and period, the whole region first; free-text areas and figures without a period stay out', () => {
    const [comparison, ...rest] = figureComparisons(buildObservationIndex(records).observations, PEEL);
    expect(rest).toEqual([]);
    expect(comparison?.label).toBe('65 jaar of ouder');
    expect(comparison?.periods).toEqual(['2020', '2024']);
    expect(comparison?.rows.map((row) => [row.area, row.cells.map((cell) => cell.map((entry) => entry.value))])).toEqual([
      [REGION_WIDE, [[], [22]]],
      ['GM0762', [[], [25.8]]],
      ['GM0794', [[19.5], [20.1]]],
    ]);
  });

  it('shows the table in the report, each value linking to its clip, and each clip’s figure among the sources', () => {
    const analysis = analyseRegiobeeld(REGION, [partnerRecord(ORIGIN_A, 'publieke-gezondheid', 'GGD Brabant-Zuidoost'), ...records], []);
    const document = parseReport(renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() }));
    const table = document.querySelector('#cijfers table');
    expect(document.querySelector('#cijfers h3')?.textContent).toBe('65 jaar of ouder (%)');
    expect([...(table?.querySelectorAll('tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Gebied', '2020', '2024'],
      ['Hele regio (Helmond-De Peel)', '', '22'],
      ['Deurne', '', '25,8'],
      ['Helmond', '19,5', '20,1'],
    ]);
    const link = table?.querySelector('a')?.getAttribute('href') ?? '';
    expect(document.getElementById(link.slice(1))?.querySelector('.figure-line')?.textContent).toBe('Cijfer: 22 % — 65 jaar of ouder, Helmond-De Peel, 2024');
  });

  it('writes the figure, its area names and the codes apart in the observations file', () => {
    const analysis = analyseRegiobeeld(REGION, [partnerRecord(ORIGIN_A, 'publieke-gezondheid', 'GGD Brabant-Zuidoost'), ...records], []);
    const [header, ...rows] = csvExport(analysis, 'waarnemingen.csv')
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(';'));
    const row = rows.find((cells) => cells.includes('Cijfer 1'));
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
    expect([cell('cijfer'), cell('gebieden'), cell('gebiedscodes'), cell('soort'), cell('soortcode'), cell('domein'), cell('domeincode')]).toEqual([
      '25,8 % — 65 jaar of ouder, Deurne, 2024',
      'Deurne',
      'GM0762',
      'Cijfer',
      'figure',
      'Publieke gezondheid',
      'publieke-gezondheid',
    ]);
  });
});
