import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { committedExamples } from './support/examples.ts';
import { BIN, runBin, STACK_LINE } from './support/run-bin.ts';

/** Spawning Node with tsx takes a second or more on a busy machine. */
const SLOW = 60_000;
const committed = committedExamples();
const examples = [...committed.keys()];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regiobeeld-bin-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the regiobeeld command', () => {
  it('is an executable file that Node runs directly', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it(
    'validates the examples: one ok line each, exit 0',
    async () => {
      const { code, stdout, stderr } = await runBin(['validate', ...examples], 'en');
      expect(stderr).toBe('');
      expect(code).toBe(EXIT.ok);
      expect(stdout.trim().split('\n')).toHaveLength(examples.length);
      expect(stdout).toMatch(
        /^ok {2}examples\/gemeente-helmond\.json {2}\(\d+ records, region helmond-de-peel, producer Gemeente Helmond \(sociaal-domein\), signed\)$/m,
      );
    },
    SLOW,
  );

  it(
    'refuses bad input with exit 1 and reasons, never a stack trace',
    async () => {
      const tampered = join(dir, 'tampered.json');
      const notJson = join(dir, 'not.json');
      const example = [...committed.values()][0] ?? '';
      await writeFile(tampered, example.replace('"deleted":false', '"deleted":true'));
      await writeFile(notJson, 'Dit is geen bundel.');
      const { code, stdout, stderr } = await runBin(['validate', tampered, notJson, dir, join(dir, 'missing.json')], 'en');
      expect(code).toBe(EXIT.failed);
      expect(stdout).toBe('');
      expect(stderr).toContain(`${tampered}: records[0].body: `);
      expect(stderr).toContain(`${notJson}: the file is not valid JSON`);
      expect(stderr).toContain(`${dir}: is a folder, not a bundle file`);
      expect(stderr).toContain(`${join(dir, 'missing.json')}: no such file or folder`);
      expect(stderr).toContain('4 of 4 files refused');
      expect(stderr).not.toMatch(STACK_LINE);
    },
    SLOW,
  );

  it(
    'merges into a new folder, the same bytes whatever the order',
    async () => {
      const first = join(dir, 'out', 'one', 'regiobeeld.json');
      const second = join(dir, 'out', 'two', 'regiobeeld.json');
      const [forward, backward] = await Promise.all([
        runBin(['merge', ...examples, '-o', first], 'en'),
        runBin(['merge', ...[...examples].reverse(), '--output', second], 'en'),
      ]);
      expect(forward.stderr).toBe('');
      expect(forward.code).toBe(EXIT.ok);
      expect(backward.code).toBe(EXIT.ok);
      expect(forward.stdout).toContain(`merged ${examples.length} bundles into ${first}`);
      expect(forward.stdout).toContain('  conflicts  2 ');
      const text = await readFile(first, 'utf8');
      expect(await readFile(second, 'utf8')).toBe(text);
      expect(decodeBundle(text, { now: Date.now() }).ok).toBe(true);
    },
    SLOW,
  );

  it(
    'answers a wrong command line with the usage and exit 2',
    async () => {
      const [noOutput, unknown] = await Promise.all([runBin(['merge', ...examples], 'en'), runBin(['frobnicate'], 'en')]);
      expect(noOutput.code).toBe(EXIT.usage);
      expect(noOutput.stderr).toContain('regiobeeld: merge needs -o OUT.json');
      expect(noOutput.stderr).toContain('Usage: regiobeeld merge FILE... -o OUT.json');
      expect(unknown.code).toBe(EXIT.usage);
      expect(unknown.stderr).toContain('regiobeeld: unknown command "frobnicate"');
    },
    SLOW,
  );
});
