import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['shared', 'extension', 'cli', 'survey-definitions'];
/** The only packages the pure core may use. */
const SHARED_PACKAGES = ['zod', '@noble/hashes', '@mozilla/readability', 'approx-string-match', '@observablehq/plot'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] as string);
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const graph = new Map(
  files.map((file) => [
    file,
    importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec)),
  ]),
);

describe('conventions', () => {
  it('finds the source it checks', () => {
    expect(files.filter((f) => f.includes(`${ROOT}/shared/`)).length).toBeGreaterThan(10);
  });

  it('keeps shared/ to relative imports and its few pure packages', () => {
    const offending = files
      .filter((file) => relative(ROOT, file).startsWith('shared/'))
      .flatMap((file) => importsOf(file).filter((spec) => !spec.startsWith('.') && !SHARED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))).map((spec) => `${relative(ROOT, file)} → ${spec}`));
    expect(offending).toEqual([]);
  });

  it('never lets shared/ import from the extension or the CLI', () => {
    const upward = [...graph]
      .filter(([file]) => relative(ROOT, file).startsWith('shared/'))
      .flatMap(([file, targets]) => targets.filter((t) => !relative(ROOT, t).startsWith('shared/')).map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`));
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
