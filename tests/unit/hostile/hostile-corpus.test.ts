import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { fakeObservation } from '../../support/fake-records.ts';
import { bundleJson, NOW } from '../../support/fake-bundles.ts';
import { runEnv } from '../cli/support/run-bin.ts';

const HOSTILE = resolve(import.meta.dirname, '../../fixtures/hostile');
const BIN = resolve(import.meta.dirname, '../../../cli/bin/regiobeeld.js');
const run = promisify(execFile);

const files = (await readdir(HOSTILE)).filter((name) => name.endsWith('.json')).sort();
let scratch = '';
let large: string[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'regiobeeld-hostile-'));
  // Too large to keep in git: made here.
  const huge = join(scratch, 'too-large--one-byte-over.json');
  await writeFile(huge, Buffer.alloc(LIMITS.bundleBytes + 1, 0x20));
  const json = bundleJson([fakeObservation(1)]);
  (json.records[0] as { body: { quote: string } }).body.quote = 'x'.repeat(10 * 1024 * 1024);
  const longString = join(scratch, 'invalid-record--10-mb-quote.json');
  await writeFile(longString, JSON.stringify(json));
  large = [huge, longString];
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the hostile bundle corpus', () => {
  it('holds at least 25 bad bundles', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s is refused with the error its name expects', async (name) => {
    const expected = name.split('--')[0];
    const result = decodeBundle(await readFile(join(HOSTILE, name)), { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.code)).toContain(expected);
      for (const error of result.errors) expect(error.message).not.toMatch(/^\s*at |undefined|\[object Object\]/);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses the files too large for git: one byte over the size limit before reading deep, a 10 MB quote by its field', async () => {
    const [huge, longString] = large as [string, string];
    const tooLarge = decodeBundle(await readFile(huge), { now: NOW });
    expect(tooLarge.ok === false && tooLarge.errors[0]?.code).toBe('too-large');
    const tooLong = decodeBundle(await readFile(longString), { now: NOW });
    expect(tooLong.ok === false && tooLong.errors[0]).toMatchObject({ code: 'invalid-record', path: 'records[0].body.quote' });
  });

  it.each([
    ['en', { LANG: 'en_GB.UTF-8' }, (count: number) => `${count} of ${count} files refused`],
    ['nl', {}, (count: number) => `${count} van ${count} bestanden geweigerd`],
  ] as const)('makes the CLI name every file and its problem in %s, exit 1, without a stack trace', async (_language, locale, refused) => {
    const paths = [...files.map((name) => join(HOSTILE, name)), ...large];
    const failure = await run(process.execPath, [BIN, 'validate', ...paths], { maxBuffer: 16 * 1024 * 1024, env: runEnv(locale) }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const stderr = failure?.stderr ?? '';
    for (const path of paths) expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(stderr).not.toMatch(/undefined|\[object Object\]/);
    expect(stderr).toContain(refused(paths.length));
  });
});
