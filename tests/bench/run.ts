import { resolve } from 'node:path';
import { benchCapture } from './capture.bench.ts';
import { benchObservationFilter } from './regiobeeld.bench.ts';
import { writeReport } from './report.ts';
import { benchPrefill, benchSurveyPage } from './survey.bench.ts';

/**
 * `npm run bench`: every benchmark, then docs/benchmarks.md. Never part of CI: timings vary by
 * machine. Run through vite-node, not tsx: tsx keeps function names with a helper that does not
 * exist inside the browser, where the functions handed to `evaluate` run.
 */
const measurements = [await benchCapture(), await benchSurveyPage(), benchPrefill(), benchObservationFilter()];
process.stdout.write(await writeReport(resolve('docs/benchmarks.md'), measurements));
