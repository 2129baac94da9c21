import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Stylesheets live in ui/ (the theme) and in feature folders (a feature's own sheet).
const EXTENSION = join(import.meta.dirname, '../../../extension');
const STYLESHEETS = readdirSync(EXTENSION, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.css'));

/**
 * Where a stylesheet's blocks go wrong: a style rule holding another rule (the stylesheets use no
 * CSS nesting, so that is a lost closing brace, which silently scopes every later rule under the
 * one left open), a brace closing nothing, a block left open at the end. Only at-rules (`@media`)
 * hold rules.
 */
function blockProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const open: Array<{ atRule: boolean; line: number }> = [];
  const problems: string[] = [];
  let start = 0;
  let line = 1;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\n') line += 1;
    else if (char === '{') {
      const prelude = text.slice(start, at).trim();
      const parent = open[open.length - 1];
      if (parent !== undefined && !parent.atRule) problems.push(`line ${line}: "${prelude}" sits inside the rule opened on line ${parent.line}`);
      open.push({ atRule: prelude.startsWith('@'), line });
      start = at + 1;
    } else if (char === '}') {
      if (open.pop() === undefined) problems.push(`line ${line}: a closing brace closes nothing`);
      start = at + 1;
    } else if (char === ';') start = at + 1;
  }
  for (const left of open) problems.push(`line ${left.line}: a block is never closed`);
  return problems;
}

describe('stylesheets', () => {
  it.each(STYLESHEETS)('%s opens and closes every block where it means to', (path) => {
    expect(blockProblems(readFileSync(join(EXTENSION, path), 'utf8'))).toEqual([]);
  });

  it('names a lost brace, a stray one and a block left open', () => {
    expect(blockProblems('.a { color: red;\n.b { color: blue; }\n}')).toEqual(['line 2: ".b" sits inside the rule opened on line 1']);
    expect(blockProblems('.a { color: red; }\n}')).toEqual(['line 2: a closing brace closes nothing']);
    expect(blockProblems('@media (max-width: 1px) {\n.a { content: "{"; }')).toEqual(['line 1: a block is never closed']);
    expect(blockProblems('@media (max-width: 1px) { .a { color: red; } }\n/* { */')).toEqual([]);
    expect(blockProblems('/* one\ntwo */\n.a { color: red;\n.b { color: blue; }\n}')).toEqual(['line 4: ".b" sits inside the rule opened on line 3']);
  });
});
