import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const EXAMPLES_DIR = join(ROOT, 'examples');

/** The committed example bundles, by their path relative to the repository. */
export function committedExamples(): Map<string, string> {
  const names = readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(names.map((name) => [`examples/${name}`, readFileSync(join(EXAMPLES_DIR, name), 'utf8')]));
}
