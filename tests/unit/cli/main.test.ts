import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { main } from '../../../cli/main.ts';
import { MESSAGES } from '../../../cli/messages/index.ts';
import { committedExamples } from './support/examples.ts';
import { memoryDeps } from './support/memory-deps.ts';

async function run(...args: string[]) {
  const machine = memoryDeps(committedExamples(), 'en');
  const code = await main(args, machine.deps);
  return { code, out: machine.out.join('\n'), err: machine.err.join('\n'), written: machine.written };
}

describe('the command line', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the overview for %s and exits 0', async (flag) => {
    expect(await run(flag)).toMatchObject({ code: EXIT.ok, out: MESSAGES.en.usage.main, err: '' });
  });

  it('prints the help of each command', async () => {
    expect(await run('validate', '--help')).toMatchObject({ code: EXIT.ok, out: MESSAGES.en.usage.validate });
    expect(await run('merge', '-h')).toMatchObject({ code: EXIT.ok, out: MESSAGES.en.usage.merge });
  });

  it('documents that merge still writes what is sound when a file or a record version is refused', () => {
    expect(MESSAGES.en.usage.merge).toMatch(/the rest of each file is merged/);
    expect(MESSAGES.en.usage.merge).toMatch(/The merge of what is sound is still written/);
    expect(MESSAGES.en.usage.merge).toMatch(/--accept-unsigned/);
  });

  it.each([
    [[], 'no command given', MESSAGES.en.usage.main],
    [['combine', 'a.json'], 'unknown command "combine"', MESSAGES.en.usage.main],
    [['validate'], 'validate needs at least one FILE', MESSAGES.en.usage.validate],
    [
      ['validate', '--verbose', 'a.json'],
      'unknown option --verbose (a FILE whose name starts with "-" goes at the end, after "--")',
      MESSAGES.en.usage.validate,
    ],
    [['validate', 'a.json', '-o', 'b.json'], 'validate writes nothing, so it takes no --output', MESSAGES.en.usage.validate],
    [['merge', 'examples/ggz-de-peel.json'], 'merge needs -o OUT.json', MESSAGES.en.usage.merge],
    [['merge', 'examples/ggz-de-peel.json', '-o'], '--output needs a value', MESSAGES.en.usage.merge],
    [['merge', '-o', 'out.json'], 'merge needs at least one FILE', MESSAGES.en.usage.merge],
  ])('answers %j with the problem and the usage, exit 2', async (args, problem, usage) => {
    const { code, out, err, written } = await run(...args);
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toContain(`regiobeeld: ${problem}`);
    expect(err).toContain(usage);
    expect(written.size).toBe(0);
  });

  it('runs validate and merge', async () => {
    expect((await run('validate', 'examples/ggz-de-peel.json')).code).toBe(EXIT.ok);
    const merged = await run('merge', 'examples/ggz-de-peel.json', 'examples/welzijn-peelland.json', '--output', 'out/x.json');
    expect(merged.code).toBe(EXIT.ok);
    expect([...merged.written.keys()]).toEqual(['out/x.json']);
  });
});
