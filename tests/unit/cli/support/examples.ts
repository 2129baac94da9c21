import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBundle } from '../../../../shared/bundle/decode.ts';
import { mergeRecords } from '../../../../shared/merge/merge-records.ts';
import type { RegionRecord } from '../../../../shared/schema/record.ts';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const EXAMPLES_DIR = join(ROOT, 'examples');

/** The committed example bundles, by their path relative to the repository. */
export function committedExamples(): Map<string, string> {
  const names = readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(names.map((name) => [`examples/${name}`, readFileSync(join(EXAMPLES_DIR, name), 'utf8')]));
}

/** The records of every committed example bundle, merged as the coordinator's `merge` does. */
export function mergedExampleRecords(): RegionRecord[] {
  return mergeRecords(
    [...committedExamples()].map(([path, text]) => {
      const decoded = decodeBundle(text, { now: Date.now() });
      if (!decoded.ok) throw new Error(`${path}: ${decoded.errors.map((e) => e.message).join('; ')}`);
      return decoded.bundle.records;
    }),
  ).records;
}
