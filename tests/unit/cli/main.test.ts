import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { main } from '../../../cli/main.ts';
import { MAIN_USAGE, MERGE_USAGE, VALIDATE_USAGE } from '../../../cli/usage.ts';
import { committedExamples } from './support/examples.ts';
import { memoryDeps } from './support/memory-deps.ts';

async function run(...args: string[]) {
  const machine = memoryDeps(committedExamples());
  const code = await main(args, machine.deps);
  return { code, out: machine.out.join('\n'), err: machine.err.join('\n'), written: machine.written };
}

describe('the command line', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the overview for %s and exits 0', async (flag) => {
    expect(await run(flag)).toMatchObject({ code: EXIT.ok, out: MAIN_USAGE, err: '' });
  });

  it('prints the help of each command', async () => {
    expect(await run('validate', '--help')).toMatchObject({ code: EXIT.ok, out: VALIDATE_USAGE });
    expect(await run('merge', '-h')).toMatchObject({ code: EXIT.ok, out: MERGE_USAGE });
  });

  it('documents that merge still writes what is sound when a file or a record version is refused', () => {
    expect(MERGE_USAGE).toMatch(/the rest of each file is merged/);
    expect(MERGE_USAGE).toMatch(/The merge of what is sound is still written/);
    expect(MERGE_USAGE).toMatch(/--accept-unsigned/);
  });

  it.each([
    [[], 'no command given', MAIN_USAGE],
    [['combine', 'a.json'], 'unknown command "combine"', MAIN_USAGE],
    [['validate'], 'validate needs at least one FILE', VALIDATE_USAGE],
    [['validate', '--verbose', 'a.json'], "Unknown option '--verbose'", VALIDATE_USAGE],
    [['validate', 'a.json', '-o', 'b.json'], 'validate writes nothing, so it takes no --output', VALIDATE_USAGE],
    [['merge', 'examples/ggz-de-peel.json'], 'merge needs -o OUT.json', MERGE_USAGE],
    [['merge', 'examples/ggz-de-peel.json', '-o'], "Option '-o, --output <value>' argument missing", MERGE_USAGE],
    [['merge', '-o', 'out.json'], 'merge needs at least one FILE', MERGE_USAGE],
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
