import { resolve } from 'node:path';
import { benchCapture } from './capture.bench.ts';
import { benchCliReport } from './cli.bench.ts';
import { benchDashboard } from './dashboard.bench.ts';
import { benchObservationFilter } from './regiobeeld.bench.ts';
import { benchReleaseDigest } from './release-digest.bench.ts';
import { type Measurement, writeReport } from './report.ts';
import { benchPrefill, benchSurveyPage } from './survey.bench.ts';
import { benchWorstShapes } from './worst-shapes.bench.ts';

const BENCHES: Record<string, () => Promise<Measurement | Measurement[]> | Measurement> = {
  capture: benchCapture,
  'survey-page': benchSurveyPage,
  prefill: benchPrefill,
  filter: benchObservationFilter,
  digest: benchReleaseDigest,
  dashboard: benchDashboard,
  cli: benchCliReport,
  shapes: benchWorstShapes,
};

/**
 * `npm run bench`: every benchmark, then docs/benchmarks.md; `npm run bench -- cli dashboard` runs
 * only those and keeps the other sections of the page. Never part of CI: timings vary by machine.
 * Run through vite-node, not tsx: tsx keeps function names with a helper that does not exist
 * inside the browser, where the functions handed to `evaluate` run.
 */
const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
const measurements: Measurement[] = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (chosen.length === 0 || chosen.includes(name)) measurements.push(...[await bench()].flat());
}
process.stdout.write(await writeReport(resolve('docs/benchmarks.md'), measurements, chosen.length > 0));
