import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBundle } from '../../../shared/bundle/encode.ts';
import { exampleFiles } from '../../../examples/generator/story.ts';
import { committedExamples } from '../cli/support/examples.ts';
import { runNode } from '../cli/support/run-bin.ts';

function generatedTexts(): Map<string, string> {
  return new Map(exampleFiles().map(({ fileName, bundle }) => [`examples/${fileName}`, encodeBundle(bundle)]));
}

async function folderTexts(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [`examples/${name}`, await readFile(join(folder, name), 'utf8')] as const)));
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regiobeeld-examples-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the example generator', () => {
  it('makes the same five files every time', () => {
    const first = generatedTexts();
    expect(first.size).toBe(5);
    expect(generatedTexts()).toEqual(first);
  });

  it('writes, twice over, exactly the committed examples', async () => {
    const [one, two] = [join(dir, 'one'), join(dir, 'two')];
    const runs = await Promise.all([one, two].map((folder) => runNode(['--import', 'tsx', 'examples/generate.ts', folder])));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const written = await folderTexts(one);
    expect(await folderTexts(two)).toEqual(written);
    // If this fails after a deliberate change to the generator, run `npm run examples` and commit.
    expect(written).toEqual(committedExamples());
  }, 60_000);
});
