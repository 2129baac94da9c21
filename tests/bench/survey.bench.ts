import { Model } from 'survey-core';
import type { Page } from 'playwright-core';
import { setupSurveyCore } from '../../survey-definitions/survey-core-setup.ts';
import { launchExtension } from '../e2e/support/launch-extension.ts';
import { setUpPartner } from '../e2e/support/setup-partner.ts';
import type { Measurement } from './report.ts';

const ROUNDS = 20;
const QUESTIONS = 500;

/** Milliseconds from the navigation's start to the first element matching `selector`. */
async function timeToFirst(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor();
  return page.evaluate(() => performance.now());
}

/**
 * Opening a survey: from navigation to the first question on screen, in Chromium with the built
 * extension; the baseline is the dashboard of the same installation up to its header, which opens
 * the same database without survey-core.
 */
export async function benchSurveyPage(): Promise<Measurement> {
  const ext = await launchExtension();
  try {
    const page = await setUpPartner(ext, 'GGD Brabant-Zuidoost', 'publieke-gezondheid');
    const samples: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      baseline.push(await timeToFirst(page, ext.page('dashboard.html'), '[data-testid="dashboard-header"]'));
      samples.push(await timeToFirst(page, ext.page('survey.html?survey=knelpunten-en-prioriteiten'), '.sd-question'));
    }
    return {
      name: 'Survey page: open to first question (issue 4)',
      what: `Debian Chromium with the built extension; ${ROUNDS} loads of survey.html with "Knelpunten en prioriteiten", alternating with the baseline. One sample = navigation start to the first SurveyJS question in the DOM (survey-core and its CSS loaded, definitions checked, the partner's records read, the model built and rendered).`,
      samples,
      baseline: { what: 'dashboard.html to its header (same database, no survey-core)', samples: baseline },
    };
  } finally {
    await ext.context.close();
  }
}

function bigSurvey(): { json: object; data: Record<string, unknown> } {
  const elements: object[] = [];
  const data: Record<string, unknown> = {};
  for (let i = 0; i < QUESTIONS; i += 1) {
    const name = `q${i}`;
    if (i % 3 === 0) {
      elements.push({ type: 'rating', name });
      data[name] = (i % 5) + 1;
    } else if (i % 3 === 1) {
      elements.push({ type: 'checkbox', name, choices: ['a', 'b', 'c', 'd'] });
      data[name] = ['a', 'c'];
    } else {
      elements.push({ type: 'comment', name, visibleIf: `{q${i - 2}} >= 3` });
      data[name] = `Toelichting ${i}`;
    }
  }
  return { json: { pages: Array.from({ length: 25 }, (_, page) => ({ name: `p${page}`, elements: elements.slice(page * 20, page * 20 + 20) })) }, data };
}

/**
 * Resuming a long survey: filling a 500-question model with the stored answers in one `data`
 * assignment, as the survey page does, against one `setValue` per question.
 */
export function benchPrefill(): Measurement {
  setupSurveyCore();
  const { json, data } = bigSurvey();
  const samples: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const viaData = new Model(json);
    let start = performance.now();
    viaData.data = data;
    samples.push(performance.now() - start);

    const viaSetValue = new Model(json);
    start = performance.now();
    for (const [name, value] of Object.entries(data)) viaSetValue.setValue(name, value);
    baseline.push(performance.now() - start);
    if (JSON.stringify(viaData.data) !== JSON.stringify(viaSetValue.data)) throw new Error('the two ways of filling the model differ');
  }
  return {
    name: `Survey prefill: ${QUESTIONS} answers into the model (issue 4)`,
    what: `survey-core in Node; a ${QUESTIONS}-question survey (ratings, checkboxes, comments with visibleIf) on 25 pages, ${ROUNDS} rounds. One sample = \`model.data = answers\`, how the survey page resumes a response.`,
    samples,
    baseline: { what: 'one `model.setValue(name, value)` per question on a fresh model', samples: baseline },
  };
}
