import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/launch-extension.ts';

/** A CSS class name survey-core's code holds as a string (the definitions, which the dashboard reads, do not). */
const SURVEY_CORE_MARK = 'sd-root-modern';

/** The class Observable Plot 0.6 puts on every chart it draws: present in its code, nowhere else. */
const PLOT_MARK = 'plot-d6a7b5';

/**
 * Every script a page of the built extension may load: its module scripts and what they import,
 * transitively; with `dynamic: false` only what loads before the page runs (no `import()`).
 */
async function scriptsOf(page: string, { dynamic = true } = {}): Promise<Map<string, string>> {
  const html = await readFile(join(EXTENSION_DIR, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => resolve(EXTENSION_DIR, `.${match[1]}`));
  const seen = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const code = await readFile(file, 'utf8');
    seen.set(file, code);
    const imports = dynamic ? /(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g : /(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
    for (const match of code.matchAll(imports)) queue.push(resolve(dirname(file), match[1] as string));
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
      expect(
        [...scripts.entries()].filter(([, code]) => code.includes(SURVEY_CORE_MARK)).map(([file]) => file),
        page,
      ).toEqual([]);
    }
  });

  it('load Observable Plot only on the dashboard, as a chunk of its own fetched once the charts show', async () => {
    const carriesPlot = (scripts: Map<string, string>) => [...scripts.entries()].filter(([, code]) => code.includes(PLOT_MARK)).map(([file]) => file);
    expect(carriesPlot(await scriptsOf('dashboard.html'))).toHaveLength(1);
    expect(carriesPlot(await scriptsOf('dashboard.html', { dynamic: false }))).toEqual([]);
    for (const page of ['popup.html', 'sidepanel.html', 'survey.html']) expect(carriesPlot(await scriptsOf(page)), page).toEqual([]);
  });
});
