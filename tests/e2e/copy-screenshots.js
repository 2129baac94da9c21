// Copies the screenshots the handleiding shows from an e2e run (test-results/e2e) to docs/img.
// Run after the e2e tests named below; a missing screenshot names the test that makes it.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const FROM = resolve('test-results/e2e');
const TO = resolve('docs/img');

/** docs/img name ← e2e screenshot, and the test file that takes it. */
const CHOSEN = [
  ['instellen.png', 'setup-form.png', 'tests/e2e/onboarding.test.ts'],
  ['aan-de-slag.png', 'getting-started.png', 'tests/e2e/onboarding.test.ts'],
  ['overzicht.png', 'getting-started-done.png', 'tests/e2e/onboarding.test.ts'],
  ['knipblad.png', 'zoom-200-capture-sheet.png', 'tests/e2e/zoom.test.ts'],
  ['vragenlijst.png', 'zoom-200-survey.png', 'tests/e2e/zoom.test.ts'],
  ['popup.png', 'zoom-200-popup.png', 'tests/e2e/zoom.test.ts'],
  ['firefox-overzicht.png', 'firefox-dashboard.png', 'tests/e2e/firefox-run.test.ts'],
  ['plan.png', 'plan-view.png', 'tests/e2e/plan.test.ts'],
  ['grafiek-urgentie.png', 'dashboard-chart-urgency.png', 'tests/e2e/accessibility.test.ts'],
  ['heatmap-urgentie.png', 'dashboard-chart-heatmap.png', 'tests/e2e/accessibility.test.ts'],
  ['versies.png', 'coordinator-releases-difference.png', 'tests/e2e/releases.test.ts'],
];

await mkdir(TO, { recursive: true });
const missing = [];
for (const [target, source, test] of CHOSEN) {
  const from = join(FROM, source);
  const found = await stat(from).then(
    () => true,
    () => false,
  );
  if (!found) {
    missing.push(`${source} (run: npx wxt build && npx vitest run --config tests/vitest.config.ts --project e2e ${test})`);
    continue;
  }
  await copyFile(from, join(TO, target));
  console.log(`docs/img/${target} ← test-results/e2e/${source}`);
}
if (missing.length > 0) {
  console.error(`Missing screenshots:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
