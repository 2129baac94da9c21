import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { acceptedWarnings, isAccepted, type LintMessage } from './support/accepted-lint-warnings.ts';

const FIREFOX_DIR = resolve('.output/firefox-mv2');
const run = promisify(execFile);

const LintReport = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(z.object({ code: z.string(), message: z.string(), file: z.string().optional() })),
  warnings: z.array(
    z.object({ code: z.string(), message: z.string(), file: z.string().optional(), line: z.number().optional(), column: z.number().optional() }),
  ),
});

let report: z.infer<typeof LintReport>;
let manifest: Record<string, unknown>;

beforeAll(async () => {
  // Built here rather than by the npm script, so the file runs on its own like every e2e file.
  await run(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox']);
  manifest = JSON.parse(await readFile(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // addons-linter exits non-zero when it finds errors; the report on stdout says which.
  const linted = await run(resolve('node_modules/.bin/addons-linter'), ['--output', 'json', FIREFOX_DIR], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }),
  );
  report = LintReport.parse(JSON.parse(linted.stdout));
});

describe('the Firefox build', () => {
  it('declares its add-on id, its minimum versions and that it collects no data', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'regiobeeld@regiobeeld', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it('passes Mozilla’s addons-linter with no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('has no warning that tests/e2e/support/accepted-lint-warnings.json does not explain', async () => {
    const accepted = await acceptedWarnings();
    const source = (file: string) => readFile(join(FIREFOX_DIR, file), 'utf8');
    const unexplained: LintMessage[] = [];
    const used = new Set<number>();
    for (const warning of report.warnings) {
      const row = await isAccepted(warning, accepted, source);
      if (row === undefined) unexplained.push(warning);
      else used.add(row);
    }
    expect(unexplained).toEqual([]);
    // An explanation no warning needs any more is removed from the data file, so the list stays true.
    expect(accepted.filter((_, index) => !used.has(index))).toEqual([]);
  });
});
