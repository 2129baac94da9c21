import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const BLOCKING: ReadonlySet<string> = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now, with every rule axe has (WCAG 2.x A and AA, best
 * practices). Extension pages forbid inline scripts, so axe goes in through DevTools evaluation,
 * which their content security policy does not govern.
 */
export async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(() => (globalThis as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
}

/** One line per offending element: rule, impact, what axe says, and where. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${node.target.join(' ')}`),
  );
}

/**
 * Asserts that axe finds nothing serious or critical on the page; milder findings are returned, so
 * a test can look at them too. `name` says which screen failed.
 */
export async function expectNoSeriousViolations(page: Page, name = page.url()): Promise<Result[]> {
  const { violations } = await runAxe(page);
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  expect(blocking.length, `axe on ${name}:\n${describeViolations(blocking).join('\n')}\n`).toBe(0);
  return violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''));
}
