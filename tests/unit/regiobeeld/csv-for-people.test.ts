import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { mergeBundles } from '../../../shared/merge/merge-bundles.ts';
import { analyseRegiobeeld, CSV_FILE_NAMES, csvExports } from '../../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { committedExamples } from '../cli/support/examples.ts';
import { readCsv } from '../../support/read-csv.ts';

const bundles = [...committedExamples()].map(([path, text]) => {
  const result = decodeBundle(text, { now: Date.now() });
  if (!result.ok) throw new Error(`${path} does not decode`);
  return result.bundle;
});
const result = mergeBundles(bundles);
if (!result.ok) throw new Error('the examples do not merge');
const merged = result.bundle;
const files = csvExports(analyseRegiobeeld(merged.region, merged.records, loadDefinitions(DEFINITION_SOURCES).definitions));
const table = (name: (typeof CSV_FILE_NAMES)[number]) => {
  const [header = [], ...rows] = readCsv(files[name]);
  return { header, rows, column: (title: string) => rows.map((row) => row[header.indexOf(title)] ?? '') };
};

const DOMAIN_LABELS = ['Zorg', 'Sociaal domein', 'Zorgverzekeraar of zorgkantoor', 'Publieke gezondheid', 'Inwoners'];
const CODE = /\b(?:GM\d{4}|WK\d{6}|[0-9a-f]{8}-[0-9a-f]{4}-)/;

describe('the CSV files, read the way Dutch Excel reads them', () => {
  it('have Dutch names and one header cell per cell of every row', () => {
    expect(CSV_FILE_NAMES).toEqual(['waarnemingen.csv', 'knelpunten.csv', 'vragenlijsten.csv', 'gespreksagenda.csv', 'herleidingsmatrix.csv']);
    for (const name of CSV_FILE_NAMES) {
      const { header, rows } = table(name);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) expect(row.length, name).toBe(header.length);
    }
  });

  it('say domain, kind, themes, gemeenten and issues in words, with the codes in columns of their own', () => {
    const clips = table('waarnemingen.csv');
    expect(new Set(clips.column('domein'))).toEqual(new Set(DOMAIN_LABELS.filter((label) => clips.column('domein').includes(label))));
    expect(clips.column('domein').every((label) => DOMAIN_LABELS.includes(label))).toBe(true);
    expect(new Set(clips.column('soort'))).toEqual(new Set(['Cijfer', 'Signaal of knelpunt', 'Ervaring of verhaal', 'Beleid of context']));
    expect(clips.column("thema's").some((cell) => cell.includes('Zorgaanbod en arbeidsmarkt'))).toBe(true);
    for (const title of ['domein', 'soort', "thema's", 'gebieden', 'knelpunten'])
      expect(
        clips.column(title).filter((cell) => CODE.test(cell)),
        title,
      ).toEqual([]);
    expect(clips.column('gebieden').some((cell) => cell.includes('Gemert-Bakel'))).toBe(true);
    expect(clips.column('gebiedscodes').some((cell) => cell.includes('GM1652'))).toBe(true);
    expect(clips.column('domeincode').every((code) => /^[a-z-]+$/.test(code))).toBe(true);
    const issues = table('knelpunten.csv');
    for (const title of ['domeinen', "thema's", 'gebieden'])
      expect(
        issues.column(title).filter((cell) => CODE.test(cell)),
        title,
      ).toEqual([]);
    expect(issues.column('domeinen').some((cell) => cell.includes('Sociaal domein'))).toBe(true);
    for (const cell of [...issues.column('domeinen'), ...table('gespreksagenda.csv').column('herkend door (domeinen)')])
      for (const label of cell === '' ? [] : cell.split(', ')) expect(DOMAIN_LABELS).toContain(label);
  });

  it('write dates as day-month-year and decimals with a comma, which Dutch Excel reads as dates and numbers', () => {
    const clips = table('waarnemingen.csv');
    for (const moment of clips.column('geknipt op')) expect(moment).toMatch(/^\d{1,2}-\d{1,2}-20\d{2} \d{2}:\d{2}$/);
    expect(clips.column('waarde')).toContain('8,1');
    expect(clips.column('cijfer')).toContain('8,1 % — ziekteverzuim VVT Zuidoost-Brabant, Helmond-De Peel, 2025');
    for (const value of clips.column('waarde').filter((cell) => cell !== '')) expect(value).toMatch(/^-?\d+(?:,\d+)?$/);
    const surveys = table('vragenlijsten.csv');
    expect(surveys.column('gemiddelde').some((cell) => /^\d+,\d+$/.test(cell))).toBe(true);
    expect(new Set(surveys.column('domein'))).toContain('alle domeinen');
    // Surveys and questions by their titles; the ids in columns of their own.
    expect(surveys.column('vragenlijst')).toContain('Knelpunten en prioriteiten');
    expect(surveys.column('vraag')).toContain('Vanuit welke rol vult u deze vragenlijst in?');
    expect(surveys.column('vragenlijstcode')).toContain('knelpunten-en-prioriteiten');
    expect(table('knelpunten.csv').column('vragenlijst')).toContain('Knelpunten en prioriteiten');
  });
});
