import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { terminalOutput } from '../../../cli/terminal-output.ts';
import { runBin } from './support/run-bin.ts';

/** Spawning Node with tsx takes a second or more on a busy machine. */
const SLOW = 60_000;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regiobeeld-terminal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the CLI's output", () => {
  it('escapes every line it prints, on both streams, a line break too', () => {
    const written: string[] = [];
    const output = terminalOutput({ out: (text) => written.push(`out ${text}`), err: (text) => written.push(`err ${text}`) });
    output.out('ok  \u202egnp.exe');
    output.err('bad\u001b[2K\r');
    output.out('x.json\nok  y.json');
    expect(written).toEqual(['out ok  \\u202egnp.exe\n', 'err bad\\x1b[2K\\x0d\n', 'out x.json\\x0aok  y.json\n']);
  });

  it(
    'cannot be made to print a fake "ok" over a refused file\'s error by the file\'s name',
    async () => {
      const name = join(dir, 'x\u001b[2K\r\u001b[32mok\u0007.json');
      await writeFile(name, 'Dit is geen bundel.');
      const { code, stderr } = await runBin(['validate', name], 'en');
      expect(code).toBe(EXIT.failed);
      expect(stderr).toContain(`${join(dir, 'x')}\\x1b[2K\\x0d\\x1b[32mok\\x07.json: the file is not valid JSON`);
      // eslint-disable-next-line no-control-regex -- the controls are what this test looks for
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    },
    SLOW,
  );
});
