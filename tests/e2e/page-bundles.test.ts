import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/launch-extension.ts';

/** A CSS class name survey-core's code holds as a string (the definitions, which the dashboard reads, do not). */
const SURVEY_CORE_MARK = 'sd-root-modern';

/** Every script a page of the built extension loads: its module scripts and what they import, transitively. */
async function scriptsOf(page: string): Promise<Map<string, string>> {
  const html = await readFile(join(EXTENSION_DIR, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => resolve(EXTENSION_DIR, `.${match[1]}`));
  const seen = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const code = await readFile(file, 'utf8');
    seen.set(file, code);
    for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) queue.push(resolve(dirname(file), match[1] as string));
  }
  return seen;
}

describe('the built pages', () => {
  it('load survey-core only on the survey page', async () => {
    const survey = await scriptsOf('survey.html');
    expect([...survey.values()].some((code) => code.includes(SURVEY_CORE_MARK))).toBe(true);
    for (const page of ['popup.html', 'dashboard.html', 'sidepanel.html']) {
      const scripts = await scriptsOf(page);
      expect(scripts.size, page).toBeGreaterThan(0);
      expect([...scripts.entries()].filter(([, code]) => code.includes(SURVEY_CORE_MARK)).map(([file]) => file), page).toEqual([]);
    }
  });
});
