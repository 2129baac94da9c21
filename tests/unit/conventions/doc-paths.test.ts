import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/source-graph.ts';

const DOC = 'docs/architecture.md';

/** The repository's top-level folders; a path the docs name starts with one of them. */
const TOP_FOLDERS = ['extension', 'shared', 'cli', 'tests', 'examples', 'survey-definitions', 'docs'];

const PATH = new RegExp(`^(?:${TOP_FOLDERS.join('|')})/[A-Za-z0-9._/-]*$`);

/**
 * The repository paths a markdown text names. A path is an inline code span (`…` in single
 * backticks) whose whole content is a top-level folder of the repository, a slash, and then only
 * letters, digits, `.`, `_`, `-` and `/`: `shared/bundle/decode.ts`, `extension/features/plan/`,
 * `cli/`. Not counted: spans with anything else in them (white space, `<name>`, `*`, `…`, a
 * command line), paths outside the repository (`../shared/…`), bare file names (`html.ts`), and
 * everything inside fenced code blocks, which hold sketches rather than references.
 */
export function docPaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
  return [...new Set(spans.filter((span) => PATH.test(span)))].sort();
}

/** A path ending in `/` must be a folder; any other must be a file or a folder. */
function exists(path: string): boolean {
  const full = join(ROOT, path);
  if (!existsSync(full)) return false;
  return !path.endsWith('/') || statSync(full).isDirectory();
}

describe('the paths docs/architecture.md names', () => {
  it('counts only repository paths in inline code, outside fenced blocks', () => {
    const text = [
      'See `shared/bundle/decode.ts` and `extension/features/plan/`, not `extension/features/<name>/`,',
      '`../shared/docs/architecture.md`, `html.ts`, `regiobeeld validate|merge|report` or `cli/…`.',
      '```',
      'shared/ `tests/fenced.ts`',
      '```',
      'Twice: `cli/` and `cli/`.',
    ].join('\n');
    expect(docPaths(text)).toEqual(['cli/', 'extension/features/plan/', 'shared/bundle/decode.ts']);
  });

  it('all exist, so the map stays true', () => {
    const paths = docPaths(readFileSync(join(ROOT, DOC), 'utf8'));
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });
});
