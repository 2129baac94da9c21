import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merge } from '../../../cli/commands/merge.ts';
import { poolReader } from '../../../cli/decode-pool.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { nodeSha256 } from '../../../cli/node-sha256.ts';
import { readFileBytes } from '../../../cli/read-file-bytes.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { writeManyBundles } from '../../bench/many-bundles.ts';
import { memoryDeps, NOW } from './support/memory-deps.ts';

let folder = '';
let files: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regiobeeld-pool-'));
  const made = await writeManyBundles(folder, 12, 400);
  const broken = join(folder, 'broken.json');
  await writeFile(broken, '{"format":"regiobeeld-bundle",');
  const resigned = join(folder, 'resigned.json');
  const text = (await readFileBytes(made.files[3] as string, LIMITS.bundleBytes)) as { bytes: Uint8Array };
  await writeFile(resigned, new TextDecoder().decode(text.bytes).replace('"organisation":"Partner 4', '"organisation":"Partner X'));
  files = [...made.files.slice(0, 5), broken, ...made.files.slice(5), resigned, join(folder, 'missing.json')];
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** `merge` over real files, with the given reader (none: one file after another on this thread). */
async function mergeWith(threads: number | undefined) {
  const machine = memoryDeps(new Map());
  const deps = {
    ...machine.deps,
    readBytes: (path: string) => readFileBytes(path, LIMITS.bundleBytes),
    sha256: nodeSha256,
    ...(threads === undefined ? {} : { readBundles: poolReader(threads, () => NOW) }),
  };
  const code = await merge(files, 'out.json', deps);
  return { code, out: machine.out, err: machine.err, text: machine.written.get('out.json') };
}

describe('the decoding pool', () => {
  it('merges to the same bytes and says the same as reading one file after another', async () => {
    const serial = await mergeWith(undefined);
    const pooled = await mergeWith(2);
    const three = await mergeWith(3);
    expect(serial.code).toBe(EXIT.failed);
    expect(serial.text?.length).toBeGreaterThan(100_000);
    for (const run of [pooled, three]) {
      expect(run.text).toBe(serial.text);
      expect(run.out).toEqual(serial.out);
      expect(run.err).toEqual(serial.err);
      expect(run.code).toBe(serial.code);
    }
  }, 120_000);

  it('names each refused file and merges the others', async () => {
    const { out, err, code } = await mergeWith(2);
    expect(code).toBe(EXIT.failed);
    expect(out.filter((line) => line.startsWith('ok  '))).toHaveLength(12);
    expect(out).toContain('merged 12 bundles into out.json');
    expect(err).toContainEqual(expect.stringMatching(/broken\.json: .*ends too early/));
    expect(err).toContainEqual(expect.stringMatching(/resigned\.json: integrity\.signature: the signature does not match/));
    expect(err).toContainEqual(expect.stringMatching(/missing\.json: /));
    expect(err.at(-1)).toMatch(/3 files were refused .*broken\.json, .*resigned\.json, .*missing\.json\); the merge of the other 12 files/);
  }, 120_000);
});
