import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/source-graph.ts';

const DOC = 'docs/architecture.md';

/** The repository's top-level folders; a path the docs name starts with one of them. */
const TOP_FOLDERS = ['extension', 'shared', 'cli', 'tests', 'examples', 'survey-definitions', 'docs'];

const PATH = new RegExp(`^(?:${TOP_FOLDERS.join('|')})/[A-Za-z0-9._/-]*$`);
const FENCE = /^```[^\n]*\n([\s\S]*?)^```[^\n]*$/gm;

/**
 * The repository paths a markdown text names. A path is a top-level folder of the repository, a
 * slash, and then only letters, digits, `.`, `_`, `-` and `/`: `shared/bundle/decode.ts`,
 * `extension/features/plan/`, `cli/`. Counted are
 * - in prose, an inline code span (`…` in single backticks) whose whole content is such a path;
 * - in fenced code blocks (the map's layers and flows), every word between white space or
 *   backticks that is such a path once a trailing `,` `;` `:` or `)` is cut off.
 * Not counted: anything else in it (white space, `<name>`, `*`, `…`, a command line), paths outside
 * the repository (`../shared/…`) and bare file names (`html.ts`).
 */
export function docPaths(markdown: string): string[] {
  const fenced = [...markdown.matchAll(FENCE)].flatMap((match) => (match[1] ?? '').split(/[\s`]+/).map((word) => word.replace(/[,;:)]+$/, '')));
  const prose = markdown.replace(FENCE, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set([...spans, ...fenced].filter((token) => PATH.test(token)))].sort();
}

/** A path ending in `/` must be a folder; any other must be a file or a folder. */
function exists(path: string): boolean {
  const full = join(ROOT, path);
  if (!existsSync(full)) return false;
  return !path.endsWith('/') || statSync(full).isDirectory();
}

/** The paths a markdown text names that the repository does not hold. */
export function missingPaths(markdown: string): string[] {
  return docPaths(markdown).filter((path) => !exists(path));
}

describe('the paths docs/architecture.md names', () => {
  it('counts repository paths in inline code and in the words of fenced blocks', () => {
    const text = [
      'See `shared/bundle/decode.ts` and `extension/features/plan/`, not `extension/features/<name>/`,',
      '`../shared/docs/architecture.md`, `html.ts`, `regiobeeld validate|merge|report` or `cli/…`.',
      'Not a path outside code: shared/limits.ts.',
      '```',
      'partner: export → sync      extension/features/exchange/, cli/commands/',
      '  entrypoints/  survey-definitions/*.json `tests/fenced.ts`',
      '```',
      'Twice: `cli/` and `cli/`.',
    ].join('\n');
    expect(docPaths(text)).toEqual([
      'cli/',
      'cli/commands/',
      'extension/features/exchange/',
      'extension/features/plan/',
      'shared/bundle/decode.ts',
      'tests/fenced.ts',
    ]);
  });

  it('names a path that does not exist, in prose or in a fenced block', () => {
    const text =
      'Real: `shared/bundle/decode.ts`, `extension/features/`. Made up: `extension/features/no-such-feature/`.\n```\n→ shared/no-such-module.ts\n```\n';
    expect(missingPaths(text)).toEqual(['extension/features/no-such-feature/', 'shared/no-such-module.ts']);
    // A file named as a folder is not that folder.
    expect(missingPaths('`shared/limits.ts/`')).toEqual(['shared/limits.ts/']);
  });

  it('all exist, so the map stays true', () => {
    const markdown = readFileSync(join(ROOT, DOC), 'utf8');
    expect(docPaths(markdown).length).toBeGreaterThan(50);
    expect(missingPaths(markdown)).toEqual([]);
  });
});
