import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { importsOf, relativeImportGraph, ROOT, sourceFiles } from './support/source-graph.ts';

const SOURCE_DIRS = ['shared', 'extension', 'cli', 'survey-definitions'];
/** The only packages the pure core may use. */
const SHARED_PACKAGES = ['zod', '@noble/hashes', '@mozilla/readability', 'approx-string-match', '@observablehq/plot'];

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const graph = relativeImportGraph(files);

describe('conventions', () => {
  it('finds the source it checks', () => {
    expect(files.filter((f) => f.includes(`${ROOT}/shared/`)).length).toBeGreaterThan(10);
  });

  it('keeps shared/ to relative imports and its few pure packages', () => {
    const offending = files
      .filter((file) => relative(ROOT, file).startsWith('shared/'))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => !spec.startsWith('.') && !SHARED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)))
          .map((spec) => `${relative(ROOT, file)} → ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('never lets shared/ import from the extension or the CLI', () => {
    const upward = [...graph]
      .filter(([file]) => relative(ROOT, file).startsWith('shared/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => !relative(ROOT, t).startsWith('shared/')).map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`),
      );
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
