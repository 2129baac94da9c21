import { describe, expect, it } from 'vitest';
import { merge, type MergeOptions } from '../../../cli/commands/merge.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { committedExamples } from './support/examples.ts';
import { UNSIGNED_LET_IN } from './support/unsigned-warning.ts';
import { memoryDeps, NOW } from './support/memory-deps.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { fakeIssue, ORIGIN_A, ORIGIN_B, recordId, REGION } from '../../support/fake-records.ts';

const examples = committedExamples();
const paths = [...examples.keys()];
const OUT = 'out/regiobeeld.json';

/** Runs `merge` over the given files in memory and returns the exit code, output and written text. */
async function mergeOf(files: ReadonlyMap<string, string>, order: readonly string[] = [...files.keys()], options: MergeOptions = {}) {
  const machine = memoryDeps(files, 'en');
  const code = await merge(order, OUT, machine.deps, options);
  return { code, out: machine.out, err: machine.err, text: machine.written.get(OUT) };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/** The same bundle re-made for another region, sound in itself. */
function elsewhere(text: string, region: string): string {
  const decoded = decodeBundle(text, { now: NOW });
  if (!decoded.ok) throw new Error('expected a sound example');
  const { bundle } = decoded;
  // Records moved to another region are no longer what their writers signed: sent unsigned.
  const producer =
    bundle.producer.kind === 'partner'
      ? { kind: 'partner' as const, partnerId: bundle.producer.partnerId, organisation: bundle.producer.organisation, domain: bundle.producer.domain }
      : bundle.producer;
  return encodeBundle(
    makeBundle({ ...bundle, producer, region, records: bundle.records.map(({ signature: _signature, ...record }) => ({ ...record, region })) }),
  );
}

function only(entries: Record<string, string | undefined>): Map<string, string> {
  return new Map(
    Object.entries(entries).map(([path, text]) => {
      if (text === undefined) throw new Error(`no text for ${path}`);
      return [path, text];
    }),
  );
}

describe('merge', () => {
  it('writes a bundle that decodes, holding the records of every partner', async () => {
    const { code, text, err } = await mergeOf(examples);
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([]);
    const decoded = decodeBundle(text ?? '', { now: NOW });
    if (!decoded.ok) throw new Error(decoded.errors.map((e) => e.message).join('\n'));
    expect(decoded.bundle.producer).toMatchObject({ kind: 'merge' });
    expect(decoded.bundle.producer.kind === 'merge' && decoded.bundle.producer.partnerIds).toHaveLength(5);
  });

  it('writes the same bytes for every order of the five examples', async () => {
    const reference = (await mergeOf(examples)).text;
    const orders = permutations(paths);
    expect(orders).toHaveLength(120);
    for (const order of orders) expect((await mergeOf(examples, order)).text).toBe(reference);
  }, 30_000);

  it('gives the same bytes merged in steps as at once, and merging a merge again changes nothing', async () => {
    const all = (await mergeOf(examples)).text;
    const [a, b, c, d, e] = paths;
    if (a === undefined || b === undefined || c === undefined || d === undefined || e === undefined) throw new Error('expected five examples');
    const ab = (await mergeOf(only({ [a]: examples.get(a), [b]: examples.get(b) }))).text;
    const cd = (await mergeOf(only({ [c]: examples.get(c), [d]: examples.get(d) }))).text;
    const abc = (await mergeOf(only({ ab: ab, [c]: examples.get(c) }))).text;
    const abcde = (await mergeOf(only({ abc, [d]: examples.get(d), [e]: examples.get(e) }))).text;
    const ab_cd_e = (await mergeOf(only({ ab, cd, [e]: examples.get(e) }))).text;
    expect(abcde).toBe(all);
    expect(ab_cd_e).toBe(all);
    expect((await mergeOf(only({ all, again: all }))).text).toBe(all);
  });

  it('sums up region, records, partners and the conflicts, naming who was superseded', async () => {
    const { out } = await mergeOf(examples);
    expect(out).toContain(`merged 5 bundles into ${OUT}`);
    expect(out).toContain('  region     helmond-de-peel');
    expect(out).toContain('  partners   5');
    expect(out.find((line) => line.startsWith('  records '))).toMatch(/^ {2}records {4}\d+ \(1 deleted\)$/);
    expect(out).toContain('  conflicts  2 (records changed by more than one partner; the latest version was kept)');
    const conflict = out.find((line) => line.includes('"Huisartsentekort: inwoners zonder huisarts"'));
    expect(conflict).toMatch(
      /kept the version by Gemeente Helmond at 2026-09-22T11:05:00\.000Z-0000; superseded the version by Huisartsencoöperatie De Peel at 2026-09-18/,
    );
  });

  it('leaves a refused file out, still writes the rest, and exits 1 saying so', async () => {
    const files = new Map([...examples, ['broken.json', '{"format":"regiobeeld-bundle"']]);
    const { code, text, err } = await mergeOf(files);
    expect(code).toBe(EXIT.failed);
    expect(text).toBe((await mergeOf(examples)).text);
    expect(err[0]).toMatch(/^broken\.json: the file ends too early/);
    expect(err.at(-1)).toBe(`warning: 1 file was refused and left out of the merge (broken.json); the merge of the other 5 files was written to ${OUT}`);
  });

  it('writes nothing when no file is a valid bundle', async () => {
    const { code, text, err } = await mergeOf(new Map([['a.json', '[]']]));
    expect(code).toBe(EXIT.failed);
    expect(text).toBeUndefined();
    expect(err.slice(-2)).toEqual(['nothing to merge: no valid bundle among the 1 file given', `${OUT} was not written`]);
  });

  it('writes nothing for bundles of different regions, and lists the regions with their files', async () => {
    const other = elsewhere(examples.get('examples/ggz-de-peel.json') ?? '', 'eindhoven-e-o');
    const files = only({ 'examples/huisartsen-de-peel.json': examples.get('examples/huisartsen-de-peel.json'), 'eindhoven.json': other });
    const { code, text, err } = await mergeOf(files);
    expect(code).toBe(EXIT.failed);
    expect(text).toBeUndefined();
    expect(err).toEqual([
      'these bundles belong to 2 regions with as many files each; only bundles of one region can be merged, say which with --region:',
      '  eindhoven-e-o: eindhoven.json',
      '  helmond-de-peel: examples/huisartsen-de-peel.json',
      `${OUT} was not written`,
    ]);
  });

  it('says why the result could not be written', async () => {
    const machine = memoryDeps(examples, 'en');
    const deps = { ...machine.deps, writeText: () => Promise.resolve({ ok: false as const, problem: { kind: 'disk-full' as const } }) };
    expect(await merge(paths, OUT, deps)).toBe(EXIT.failed);
    expect(machine.err).toEqual([`${OUT}: cannot write the merged bundle: the disk is full`]);
    expect(machine.out.some((line) => line.startsWith('merged'))).toBe(false);
  });
});

describe('merge within what every reader accepts', () => {
  it('names in the merged regiobeeld only the survey definitions its responses answer, however many a file lists', async () => {
    const listed = Array.from({ length: LIMITS.surveyDefinitions }, (_, i) => ({ id: `verzonnen-${i}`, version: 1, hash: 'a'.repeat(64) }));
    const crowded = encodeBundle(
      makeBundle({
        region: REGION,
        producer: { kind: 'partner', partnerId: ORIGIN_A, organisation: 'Lijstenmaker', domain: 'zorg' },
        exportedAt: '2026-10-02T10:00:00.000Z',
        records: [fakeIssue(7)],
        surveyDefinitions: listed,
      }),
    );
    const files = new Map([...examples, ['lijsten.json', crowded]]);
    const { code, text, err } = await mergeOf(files, [...files.keys()], { acceptUnsigned: true });
    expect(err.filter((line) => !UNSIGNED_LET_IN.test(line))).toEqual([]);
    expect(code).toBe(EXIT.ok);
    const decoded = decodeBundle(text ?? '', { now: NOW });
    expect(decoded.ok && decoded.bundle.surveyDefinitions.map((ref) => ref.id)).toEqual(['knelpunten-en-prioriteiten']);
  });

  it('refuses, before writing, a merge of sound bundles that together hold more records than a bundle may', async () => {
    const half = Math.floor(LIMITS.records / 2) + 1;
    const tombstones = (from: number, origin: string) =>
      Array.from({ length: half }, (_, i) => ({
        id: recordId(from + i),
        type: 'observation' as const,
        region: REGION,
        origin,
        updatedAt: '2026-10-01T09:00:00.000Z-0000',
        deleted: true,
      }));
    const files = new Map([
      [
        'a.json',
        encodeBundle(
          makeBundle({
            region: REGION,
            producer: { kind: 'partner', partnerId: ORIGIN_A, organisation: 'A', domain: 'zorg' },
            exportedAt: '2026-10-02T10:00:00.000Z',
            records: tombstones(1, ORIGIN_A),
            surveyDefinitions: [],
          }),
        ),
      ],
      [
        'b.json',
        encodeBundle(
          makeBundle({
            region: REGION,
            producer: { kind: 'partner', partnerId: ORIGIN_B, organisation: 'B', domain: 'zorg' },
            exportedAt: '2026-10-02T10:00:00.000Z',
            records: tombstones(1 + half, ORIGIN_B),
            surveyDefinitions: [],
          }),
        ),
      ],
    ]);
    const { code, text, err } = await mergeOf(files, [...files.keys()], { acceptUnsigned: true });
    expect(code).toBe(EXIT.failed);
    expect(text).toBeUndefined();
    expect(err.filter((line) => !UNSIGNED_LET_IN.test(line))).toEqual([
      `the merged regiobeeld would be refused by every reader of bundles: records: more than the ${LIMITS.records.toLocaleString('en')} items a bundle may hold`,
      `${OUT} was not written; merge fewer files into one regiobeeld, or merge them per part of the region`,
    ]);
  }, 120_000);
});

describe('merge when checking one file fails unexpectedly', () => {
  it('names that file, leaves it out and merges the others', async () => {
    const machine = memoryDeps(examples, 'en');
    const readBytes = machine.deps.readBytes;
    const deps = {
      ...machine.deps,
      readBytes: (path: string) => (path === 'kapot.json' ? Promise.reject(new TypeError('Cannot convert object to primitive value')) : readBytes(path)),
    };
    const code = await merge([...paths, 'kapot.json'], OUT, deps);
    expect(code).toBe(EXIT.failed);
    expect(machine.err[0]).toBe(
      'kapot.json: could not be checked, Regiobeeld stopped on it (TypeError: Cannot convert object to primitive value); the file is left out, please report it',
    );
    expect(decodeBundle(machine.written.get(OUT) ?? '', { now: NOW }).ok).toBe(true);
  });
});
