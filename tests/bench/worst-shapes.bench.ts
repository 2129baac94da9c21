import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeSha256 } from '../../cli/node-sha256.ts';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { recordId } from '../support/fake-records.ts';
import { PLAIN_PARSE, timed } from './cli.bench.ts';
import { type Measurement, quantile } from './report.ts';

const ROUNDS = 3;
const CLI = resolve('cli/bin/regiobeeld.js');
const example = JSON.parse(readFileSync(resolve('examples/gemeente-helmond.json'), 'utf8')) as Bundle;
if (example.producer.kind !== 'partner') throw new Error('the example is a partner bundle');
// The shapes are unsigned files: a copy under a new id cannot carry its writer's signature, nor a
// new header the producer's, and a published key without a signature would refuse every shape.
const { publicKey, ...producer } = example.producer;
const templates = example.records
  .filter((record) => record.type === 'observation' || record.type === 'issue' || record.type === 'surveyResponse')
  .map(({ signature, ...record }) => record as RegionRecord);
const response = templates.find((record) => record.type === 'surveyResponse') as RegionRecord & { body: Record<string, unknown> };

function bundleOf(records: readonly RegionRecord[]): string {
  return encodeBundle(makeBundle({ ...example, producer, records }, { sha256: nodeSha256 }));
}

/** The example's header with `records` replaced by raw JSON text: for shapes no encoder would write. */
function withRawRecords(recordsJson: string, extraHeader = ''): string {
  const header = bundleOf([]);
  return header.replace('"records":[]', `${extraHeader}"records":${recordsJson}`);
}

interface Shape {
  readonly name: string;
  readonly what: string;
  readonly text: () => string;
  /** What `validate` must say: accepted (exit 0) or refused (exit 1). */
  readonly accepted: boolean;
  /** Whether plain JSON.parse of the file is a fair baseline; otherwise the sound bundle is. */
  readonly parseable: boolean;
}

/**
 * Issue 23's worst shapes for the decoder, each as large as the limits let it be: what a hostile or
 * broken file can make `regiobeeld validate` do. Every shape is checked for the verdict it must get.
 */
const SHAPES: readonly Shape[] = [
  {
    name: 'sound',
    what: `a sound bundle at the record limit: ${LIMITS.records.toLocaleString('en')} clips, issues and survey responses copied from the examples`,
    text: () =>
      bundleOf(
        Array.from({ length: LIMITS.records }, (_, i) => ({ ...(templates[i % templates.length] as RegionRecord), id: recordId(i + 1) }) as RegionRecord),
      ),
    accepted: true,
    parseable: true,
  },
  {
    name: 'empty objects',
    what: 'one survey response whose answers are empty objects up to the size limit',
    text: () => {
      const count = Math.floor((LIMITS.bundleBytes - 2_000) / 3);
      return bundleOf([]).replace('"records":[]', `"records":[{"body":{"answers":{"x":[${'{},'.repeat(count - 1)}{}]}}}]`);
    },
    accepted: false,
    parseable: false,
  },
  {
    name: 'answers at the bound',
    what: `survey responses each holding just under ${LIMITS.freeFormValues.toLocaleString('en')} values in their answers, as many as the count of values and separators allows`,
    text: () => {
      const answers = {
        lijsten: Array.from({ length: Math.floor(LIMITS.freeFormValues / LIMITS.answers) - 1 }, () => Array.from({ length: LIMITS.answers }, () => 0)),
      };
      const count = Math.floor((LIMITS.jsonValues * 0.95) / LIMITS.freeFormValues);
      return bundleOf(Array.from({ length: count }, (_, i) => ({ ...response, id: recordId(i + 1), body: { ...response.body, answers } }) as RegionRecord));
    },
    accepted: true,
    parseable: true,
  },
  {
    name: 'unknown keys',
    what: 'a header with unknown fields up to the count of values and separators (one object of 12 million keys: JSON.parse alone takes many minutes on it)',
    text: () => withRawRecords('[]', Array.from({ length: LIMITS.jsonValues - 1_000 }, (_, i) => `"k${i}":0,`).join('')),
    accepted: false,
    parseable: false,
  },
  {
    name: 'unknown keys below the scan',
    what: 'a header with just under a million unknown fields: too few colons in all for the scan of objects, so parsed and refused by the schema',
    text: () => withRawRecords('[]', Array.from({ length: 999_000 }, (_, i) => `"k${i}":0,`).join('')),
    accepted: false,
    parseable: true,
  },
  {
    name: 'long texts',
    what: `clips with quotes and notes of the longest allowed text (${LIMITS.longText.toLocaleString('en')} characters), up to the size limit`,
    text: () => {
      const observation = templates.find((record) => record.type === 'observation') as RegionRecord & { body: Record<string, unknown> };
      // 'é' is two bytes in UTF-8: a quote of 30,000 bytes and a note of 20,000, plus the rest of the record.
      const count = Math.floor((LIMITS.bundleBytes * 0.95) / (2.5 * LIMITS.longText + 1_000));
      const body = {
        ...observation.body,
        quote: 'é'.repeat(LIMITS.longText / 2) + 'a'.repeat(LIMITS.longText / 2),
        interpretation: 'b'.repeat(LIMITS.longText),
      };
      return bundleOf(Array.from({ length: count }, (_, i) => ({ ...observation, id: recordId(i + 1), body }) as RegionRecord));
    },
    accepted: true,
    parseable: true,
  },
  {
    name: 'invalid records',
    what: `${LIMITS.records.toLocaleString('en')} records of an unknown type`,
    text: () =>
      withRawRecords(`[${Array.from({ length: LIMITS.records }, (_, i) => `{"id":"${recordId(i + 1)}","type":"onbekend","body":{"quote":"x"}}`).join(',')}]`),
    accepted: false,
    parseable: true,
  },
  {
    name: 'numbers',
    what: 'a records list of zeros up to the count of values and separators',
    text: () => withRawRecords(`[${'0,'.repeat(LIMITS.jsonValues - 1_000)}0]`),
    accepted: false,
    parseable: true,
  },
];

/**
 * Issue 23: `regiobeeld validate` on each worst shape as a child process, against a child that
 * only reads and `JSON.parse`s the same file (or, where that alone would take gigabytes, the sound
 * bundle of about the same size); alternating, so both see the same machine.
 */
export async function benchWorstShapes(): Promise<Measurement[]> {
  const folder = await mkdtemp(join(tmpdir(), 'regiobeeld-shapes-'));
  try {
    const files = new Map<string, { path: string; bytes: number }>();
    for (const shape of SHAPES) {
      const text = shape.text();
      const path = join(folder, `${shape.name.replace(/\s+/g, '-')}.json`);
      await writeFile(path, text);
      files.set(shape.name, { path, bytes: Buffer.byteLength(text) });
    }
    const sound = files.get('sound') as { path: string; bytes: number };
    const measurements: Measurement[] = [];
    for (const shape of SHAPES) {
      const file = files.get(shape.name) as { path: string; bytes: number };
      const baselineFile = shape.parseable ? file.path : sound.path;
      const samples: number[] = [];
      const baseline: number[] = [];
      const rss: number[] = [];
      const baselineRss: number[] = [];
      let verdict = '';
      for (let round = 0; round < ROUNDS; round += 1) {
        const plain = await timed(process.execPath, ['-e', PLAIN_PARSE, baselineFile]);
        baseline.push(plain.ms);
        baselineRss.push(plain.maxRssKb);
        const run = await timed(process.execPath, [CLI, 'validate', file.path]);
        if (run.code !== (shape.accepted ? 0 : 1)) throw new Error(`validate on "${shape.name}" exited ${run.code}, expected ${shape.accepted ? 0 : 1}`);
        samples.push(run.ms);
        rss.push(run.maxRssKb);
        verdict = run.firstLine;
      }
      const ratio = quantile(samples, 0.5) / quantile(baseline, 0.5);
      measurements.push({
        name: `Worst shapes: ${shape.name} (issue 23)`,
        what: `\`regiobeeld validate\` as a child process on ${shape.what}: ${(file.bytes / 2 ** 20).toFixed(1)} MiB, ${ROUNDS} runs alternating with the baseline. One sample = wall time of the whole command (read, count, parse, check, digest).`,
        samples,
        baseline: {
          what: shape.parseable
            ? 'a child Node that reads the same file and `JSON.parse`s it, nothing more'
            : `a child Node that reads and \`JSON.parse\`s the sound bundle at the record limit (${(sound.bytes / 2 ** 20).toFixed(0)} MiB): parsing this file itself is what the count before parsing prevents`,
          samples: baseline,
        },
        notes: [
          `${shape.accepted ? 'Accepted' : 'Refused'}, as it must be: ${verdict.replace(folder, '…')}`,
          `Ratio ${ratio.toFixed(1)}×. Peak memory (max RSS) of the command: ${(Math.max(...rss) / 1024).toFixed(0)} MiB (baseline ${(Math.max(...baselineRss) / 1024).toFixed(0)} MiB).`,
        ],
      });
    }
    return measurements;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
