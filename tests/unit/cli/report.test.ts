import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { REPORT_USAGE } from '../../../cli/usage.ts';
import { committedExamples } from './support/examples.ts';
import { memoryDeps } from './support/memory-deps.ts';
import { runBin, STACK_LINE } from './support/run-bin.ts';

const examples = committedExamples();
const paths = [...examples.keys()];
const NAMES = ['observations.csv', 'issues.csv', 'survey-aggregates.csv', 'gespreksagenda.csv'];

async function reportOf(files: ReadonlyMap<string, string>, args: readonly string[]) {
  const machine = memoryDeps(files);
  const code = await main(['report', ...args], machine.deps);
  return { code, out: machine.out, err: machine.err, written: machine.written };
}

const rows = (text: string | undefined) => (text ?? '').replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');

describe('report', () => {
  it('writes the four CSV files of the merged examples into the folder', async () => {
    const { code, out, err, written } = await reportOf(examples, [...paths, '--csv-dir', 'out/csv']);
    expect(err).toEqual([]);
    expect(code).toBe(EXIT.ok);
    expect([...written.keys()]).toEqual(NAMES.map((name) => `out/csv/${name}`));
    for (const text of written.values()) expect(text.startsWith('\uFEFF') && text.endsWith('\r\n')).toBe(true);
    expect(out).toContain('  survey answers   5 responses counted in 1 survey');
    // 52 live observations and 10 issues in the merged examples, each one line under the header.
    expect(rows(written.get('out/csv/observations.csv'))).toHaveLength(53);
    expect(rows(written.get('out/csv/issues.csv'))).toHaveLength(11);
  });

  it('ranks the huisartsentekort first, ranked by three of the five partners, as a shared priority', async () => {
    const { written } = await reportOf(examples, [...paths, '--csv-dir', 'csv']);
    const [header, first] = rows(written.get('csv/issues.csv')).map((line) => line.split(';'));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell('knelpunt')).toBe('Huisartsentekort: inwoners zonder huisarts');
    // Places 1 (huisartsen, of 2), 2 (gemeente, of 5), 1 (zorgkantoor, of 5): Borda 2 + 4 + 5.
    expect([cell('respondenten'), cell('gerangschikt door'), cell('gemiddelde rang'), cell('Borda'), cell('plaats'), cell('IQR rang'), cell('consensus')]).toEqual(['5', '3', '1,33', '11', '1', '0,5', 'ja']);
    expect(rows(written.get('csv/gespreksagenda.csv'))[1]).toMatch(/^1;Gedeelde prioriteit;[0-9a-f-]{36};Huisartsentekort: inwoners zonder huisarts;7;/);
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
    expect(written.size).toBe(4);
    expect(err.at(-1)).toBe('warning: 1 file was refused and left out of the merge (broken.json); the merge of the other 5 files was written to d');
  });

  it('writes nothing when no bundle is sound', async () => {
    const { code, err, written } = await reportOf(new Map([['a.json', '[]']]), ['a.json', '--csv-dir', 'd']);
    expect(code).toBe(EXIT.failed);
    expect(written.size).toBe(0);
    expect(err.at(-1)).toBe('no CSV file was written to d');
  });

  it.each([
    [['examples/ggz-de-peel.json'], 'report needs --csv-dir DIR, the folder to write the CSV files to'],
    [['examples/ggz-de-peel.json', '-o', 'x.csv'], 'report writes CSV files into a folder: give --csv-dir DIR instead of --output'],
    [['--csv-dir', 'd'], 'report needs at least one FILE'],
  ])('refuses %j with usage and exit 2', async (args, problem) => {
    const { code, err } = await reportOf(examples, args);
    expect(code).toBe(EXIT.usage);
    expect(err[0]).toBe(`regiobeeld: ${problem}`);
    expect(err.at(-1)).toBe(REPORT_USAGE);
  });

  it('runs as a program: clear English on a missing file, exit 1, no stack trace', async () => {
    const { code, stderr } = await runBin(['report', 'no-such.json', '--csv-dir', 'out/never']);
    expect(code).toBe(1);
    expect(stderr).toContain('no-such.json: no such file or folder');
    expect(stderr).not.toMatch(STACK_LINE);
  }, 30_000);
});
