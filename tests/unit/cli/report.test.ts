import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { MESSAGES } from '../../../cli/messages/index.ts';
import { writeFileAtomic } from '../../../cli/write-file-atomic.ts';
import { writeFilesAtomic } from '../../../cli/write-files-atomic.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { bundleText } from '../../support/fake-bundles.ts';
import { fakeObservation, recordId, stamp } from '../../support/fake-records.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { definitionRef } from '../../../shared/survey/definition.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { planItem, serves } from '../plan/support.ts';
import { committedExamples } from './support/examples.ts';
import { UNSIGNED_LET_IN } from './support/unsigned-warning.ts';
import { memoryDeps } from './support/memory-deps.ts';
import { runBin, STACK_LINE } from './support/run-bin.ts';

const examples = committedExamples();
const paths = [...examples.keys()];
const NAMES = ['waarnemingen.csv', 'knelpunten.csv', 'vragenlijsten.csv', 'gespreksagenda.csv', 'herleidingsmatrix.csv'];

async function reportOf(files: ReadonlyMap<string, string>, args: readonly string[]) {
  const machine = memoryDeps(files, 'en');
  const code = await main(['report', ...args], machine.deps);
  return { code, out: machine.out, err: machine.err, written: machine.written };
}

/** A single bundle of unsigned test records, reported to a CSV folder in memory, and the warnings it printed. */
async function reportOfRecords(records: readonly RegionRecord[]) {
  const { err, ...run } = await reportOf(new Map([['big.json', bundleText(records)]]), ['big.json', '--csv-dir', 'csv', '--accept-unsigned']);
  return { ...run, err: err.filter((line) => !UNSIGNED_LET_IN.test(line)) };
}

const rows = (text: string | undefined) =>
  (text ?? '')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');

describe('report', () => {
  it('writes the five CSV files of the merged examples into the folder', async () => {
    const { code, out, err, written } = await reportOf(examples, [...paths, '--csv-dir', 'out/csv']);
    expect(err).toEqual([]);
    expect(code).toBe(EXIT.ok);
    expect([...written.keys()]).toEqual(NAMES.map((name) => `out/csv/${name}`));
    for (const text of written.values()) expect(text.startsWith('\uFEFF') && text.endsWith('\r\n')).toBe(true);
    expect(out).toContain('  survey answers   5 responses counted in 1 survey');
    expect(out).toContain(
      '  plan             8 items, 12 trace links; 1 top issue without goal or action, 1 item standing alone, 1 suspect link, 0 dangling links',
    );
    // 52 live observations and 10 issues in the merged examples, each one line under the header.
    expect(rows(written.get('out/csv/waarnemingen.csv'))).toHaveLength(55);
    expect(rows(written.get('out/csv/knelpunten.csv'))).toHaveLength(11);
    expect(rows(written.get('out/csv/herleidingsmatrix.csv'))).toHaveLength(11);
  });

  it('ranks the huisartsentekort first, ranked by three of the five partners, as a shared priority', async () => {
    const { written } = await reportOf(examples, [...paths, '--csv-dir', 'csv']);
    const [header, first] = rows(written.get('csv/knelpunten.csv')).map((line) => line.split(';'));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell('knelpunt')).toBe('Huisartsentekort: inwoners zonder huisarts');
    // Places 1 (huisartsen, of 2), 2 (gemeente, of 5), 1 (zorgkantoor, of 5): Borda 2 + 4 + 5.
    expect([
      cell('respondenten'),
      cell('gerangschikt door'),
      cell('gemiddelde rang'),
      cell('Borda'),
      cell('plaats'),
      cell('IQR rang'),
      cell('consensus'),
    ]).toEqual(['5', '3', '1,33', '11', '1', '0,5', 'ja']);
    const [agendaHeader, firstItem] = rows(written.get('csv/gespreksagenda.csv')).map((line) => line.split(';'));
    const item = (name: string) => firstItem?.[agendaHeader?.indexOf(name) ?? -1];
    expect([item('nr'), item('onderwerp'), item('knelpunt'), item('aantal waarnemingen')]).toEqual([
      '1',
      'Gedeelde prioriteit',
      'Huisartsentekort: inwoners zonder huisarts',
      '7',
    ]);
    // Who raised it beside the item, and (nothing recorded yet in the examples) no status.
    expect(item('ingebracht door')).toBe(cell('ingebracht door'));
    expect(item('ingebracht door')).not.toBe('');
    expect(item('status')).toBe('');
  });

  it('gives the same files for every order of the bundles', async () => {
    const forward = (await reportOf(examples, [...paths, '--csv-dir', 'd'])).written;
    const backward = (await reportOf(examples, [...[...paths].reverse(), '--csv-dir', 'd'])).written;
    expect(backward).toEqual(forward);
  });

  it('leaves a refused file out, still writes the rest and exits 1', async () => {
    const files = new Map([...examples, ['broken.json', '{']]);
    const { code, err, written } = await reportOf(files, [...paths, 'broken.json', '--csv-dir', 'd']);
    expect(code).toBe(EXIT.failed);
    expect(written.size).toBe(NAMES.length);
    expect(err.at(-1)).toBe('warning: 1 file was refused and left out of the merge (broken.json); the merge of the other 5 files was written to d');
  });

  it('writes nothing when no bundle is sound', async () => {
    const { code, err, written } = await reportOf(new Map([['a.json', '[]']]), ['a.json', '--csv-dir', 'd']);
    expect(code).toBe(EXIT.failed);
    expect(written.size).toBe(0);
    expect(err.at(-1)).toBe('no CSV file was written to d');
  });

  it('writes the HTML report beside the CSV files, or alone, in Dutch unless --lang asks otherwise', async () => {
    const both = await reportOf(examples, [...paths, '--csv-dir', 'csv', '--html', 'out/regiobeeld.html']);
    expect(both.code).toBe(EXIT.ok);
    expect([...both.written.keys()]).toEqual([...NAMES.map((name) => `csv/${name}`), 'out/regiobeeld.html']);
    expect(both.out).toContain('wrote the HTML report to out/regiobeeld.html (Dutch)');
    expect(both.written.get('out/regiobeeld.html')).toMatch(/^<!doctype html>\n<html lang="nl">/);
    const alone = await reportOf(examples, [...paths, '--html', 'r.html', '--lang', 'nl']);
    expect(alone.code).toBe(EXIT.ok);
    expect([...alone.written.keys()]).toEqual(['r.html']);
    expect(alone.out).toContain('HTML-verslag geschreven naar r.html (Nederlands)');
    expect(alone.written.get('r.html')).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('says which files were not written when no bundle is sound', async () => {
    const { code, err, written } = await reportOf(new Map([['a.json', '[]']]), ['a.json', '--csv-dir', 'd', '--html', 'r.html']);
    expect(code).toBe(EXIT.failed);
    expect(written.size).toBe(0);
    expect(err.at(-1)).toBe('no CSV file was written to d and r.html was not written');
  });

  it('reports an HTML file it cannot write, exit 1', async () => {
    const machine = memoryDeps(examples, 'en');
    const deps = {
      ...machine.deps,
      writeText: (path: string) =>
        Promise.resolve(path.endsWith('.html') ? { ok: false as const, problem: { kind: 'permission' as const } } : { ok: true as const }),
    };
    expect(await main(['report', ...paths, '--html', 'locked/r.html'], deps)).toBe(EXIT.failed);
    expect(machine.err).toEqual(['locked/r.html: cannot write the HTML report: permission denied']);
  });

  it('names 300,000 dangling issue ids in one short warning: the first ids and the count', async () => {
    // 1,500 clips naming 200 issues each that no bundle holds.
    const clips = Array.from({ length: 1_500 }, (_, c) =>
      fakeObservation(1 + c, { issueIds: Array.from({ length: 200 }, (_, i) => recordId(0x1000000 + c * 200 + i)) }),
    );
    const { code, err } = await reportOfRecords(clips);
    expect(code).toBe(EXIT.ok);
    const warning = err.find((line) => line.startsWith('warning: observations name'));
    expect(warning).toMatch(
      /^warning: observations name 300,000 issues the regiobeeld does not hold \(deleted or not received\): 019a0000-0000-7000-8000-000001000000, .* … and 299,980 more$/,
    );
    expect(warning?.length).toBeLessThan(2_000);
  }, 60_000);

  it("warns of survey responses in a round that does not follow the region's rounds, and leaves them out of the figures", async () => {
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    const survey = definitions.find((definition) => definition.header.id === 'knelpunten-en-prioriteiten');
    if (survey === undefined) throw new Error('no shipped survey');
    const answer = (n: number, round?: number) =>
      liveVersion(
        'surveyResponse',
        recordId(0x900 + n),
        { survey: definitionRef(survey), status: 'completed' as const, answers: {}, ...(round === undefined ? {} : { round }) },
        stamp({ origin: recordId(0x990 + n) }),
      );
    const { code, err, out } = await reportOfRecords([answer(1), answer(2, 20)]);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(
      'warning: 1 survey response is in a round the round before it has no completed response for (knelpunten-en-prioriteiten round 20); kept, but left out of the figures',
    );
    expect(out).toContain('  survey answers   1 response counted in 1 survey');
  });

  it('names a plan cycle of 50,000 items in one short warning, and caps the number of cycles too', async () => {
    const ring = 50_000;
    const items = Array.from({ length: ring }, (_, n) => planItem(n, 'goal'));
    const links = items.map((_, n) => serves(n, (n + 1) % ring));
    // Beside the ring, 30 pairs of goals that serve each other.
    const pairs = Array.from({ length: 30 }, (_, p) => ring + 2 * p).flatMap((n) => [
      planItem(n, 'goal'),
      planItem(n + 1, 'goal'),
      serves(n, n + 1),
      serves(n + 1, n),
    ]);
    const { err } = await reportOfRecords([...items, ...links, ...pairs]);
    const warning = err.find((line) => line.startsWith('warning: plan items serve each other'));
    expect(warning).toMatch(/^warning: plan items serve each other in 31 circles \(.+ … and 49,990 more; .+ … and 26 more\); the report lists them$/);
    expect(warning?.length).toBeLessThan(3_000);
  }, 60_000);

  it('names a few of many refused files and counts the rest', async () => {
    const broken = Array.from({ length: 500 }, (_, i) => `broken-${i}.json`);
    const files = new Map([...examples, ...broken.map((name): [string, string] => [name, '{'])]);
    const { code, err } = await reportOf(files, [...paths, ...broken, '--csv-dir', 'd']);
    expect(code).toBe(EXIT.failed);
    expect(err.at(-1)).toBe(
      `warning: 500 files were refused and left out of the merge (${broken.slice(0, 20).join(', ')} … and 480 more); the merge of the other 5 files was written to d`,
    );
  });

  it('leaves the old CSV set whole when one file of the new set cannot be written, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regiobeeld-csv-'));
    try {
      const csv = join(dir, 'csv');
      await mkdir(csv);
      for (const name of NAMES) await writeFile(join(csv, name), `old ${name}`);
      // The third file of the set cannot be replaced: a folder stands in its place.
      await rm(join(csv, NAMES[2] as string));
      await mkdir(join(csv, NAMES[2] as string));
      const machine = memoryDeps(examples, 'en');
      const code = await main(['report', ...paths, '--csv-dir', csv], {
        ...machine.deps,
        writeText: writeFileAtomic,
        writeFiles: (files) => writeFilesAtomic(files),
      });
      expect(code).toBe(EXIT.failed);
      expect(machine.err).toEqual([
        `${join(csv, NAMES[2] as string)}: cannot write the CSV file: is a folder, not a file; the CSV files in ${csv} were left as they were`,
      ]);
      expect((await readdir(csv)).sort()).toEqual([...NAMES].sort());
      for (const name of NAMES.filter((_, i) => i !== 2)) expect(await readFile(join(csv, name), 'utf8')).toBe(`old ${name}`);

      // Once the folder is out of the way, the whole new set is written.
      await rm(join(csv, NAMES[2] as string), { recursive: true });
      const again = memoryDeps(examples, 'en');
      expect(
        await main(['report', ...paths, '--csv-dir', csv], { ...again.deps, writeText: writeFileAtomic, writeFiles: (files) => writeFilesAtomic(files) }),
      ).toBe(EXIT.ok);
      expect((await readdir(csv)).sort()).toEqual([...NAMES].sort());
      for (const name of NAMES) expect(await readFile(join(csv, name), 'utf8')).toMatch(/^\uFEFF/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['examples/ggz-de-peel.json'], 'report needs --csv-dir DIR (the folder for the CSV files), --html OUT.html (the HTML report), or both'],
    [
      ['examples/ggz-de-peel.json', '-o', 'x.csv'],
      'report writes CSV files into a folder and an HTML report: give --csv-dir DIR or --html OUT.html instead of --output',
    ],
    [['--csv-dir', 'd'], 'report needs at least one FILE'],
    [['examples/ggz-de-peel.json', '--html'], '--html needs a value'],
  ])('refuses %j with usage and exit 2', async (args, problem) => {
    const { code, err } = await reportOf(examples, args);
    expect(code).toBe(EXIT.usage);
    expect(err[0]).toBe(`regiobeeld: ${problem}`);
    expect(err.slice(2).join('\n')).toBe(MESSAGES.en.usage.report);
  });

  it.each([
    ['merge', ['-o', 'm.json', '--html', 'r.html'], 'merge writes no HTML report, so it takes no --html'],
    ['validate', ['--html', 'r.html'], 'validate writes no HTML report, so it takes no --html'],
    ['validate', ['--csv-dir', 'csv'], 'validate writes no CSV files, so it takes no --csv-dir'],
  ])('refuses the report options on %s', async (command, args, problem) => {
    const machine = memoryDeps(examples, 'en');
    expect(await main([command, 'examples/ggz-de-peel.json', ...args], machine.deps)).toBe(EXIT.usage);
    expect(machine.err[0]).toBe(`regiobeeld: ${problem}`);
  });

  it('runs as a program and writes the HTML file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regiobeeld-report-'));
    try {
      const target = join(dir, 'sub', 'regiobeeld.html');
      const { code, stdout, stderr } = await runBin(['report', ...paths, '--html', target], 'nl');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`HTML-verslag geschreven naar ${target} (Nederlands)`);
      const markup = await readFile(target, 'utf8');
      expect(markup).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(markup).toContain('Huisartsentekort: inwoners zonder huisarts');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('runs as a program: clear English on a missing file, exit 1, no stack trace', async () => {
    const { code, stderr } = await runBin(['report', 'no-such.json', '--csv-dir', 'out/never'], 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('no-such.json: no such file or folder');
    expect(stderr).not.toMatch(STACK_LINE);
  }, 30_000);
});
