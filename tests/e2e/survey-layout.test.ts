import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import { setUpPartner } from './support/setup-partner.ts';
import { fillByKeyboard } from './support/survey-keyboard.ts';

/** A page of each survey that holds matrices of six answer columns, and one of its matrices. */
const MATRIX_PAGES = [
  { survey: 'samenwerking-en-gedeelde-urgentie', page: 1, matrix: 'stellingen-urgentie' },
  { survey: 'knelpunten-en-prioriteiten', page: 2, matrix: 'aandacht-basisthemas' },
  { survey: 'perspectief-van-de-ander', page: 2, matrix: 'ander-personeelstekort' },
] as const;

/** Statements narrower than this are set a few words per line. */
const NARROWEST_STATEMENT = 180;

const setup = e2eSetup();
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await setup.launch();
  await (await setUpPartner(ext, 'GGD Brabant-Zuidoost', 'publieke-gezondheid')).close();
});

interface MatrixFit {
  readonly name: string;
  /** How far the table runs past its question's card, or past the room its scroller gives it, in px. */
  readonly overflow: number;
  readonly narrowestStatement: number;
}

function matrixFits(page: Page): Promise<MatrixFit[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.sd-question[data-name]'))
      .filter((question) => question.querySelector('table.sd-matrix__table') !== null)
      .map((question) => {
        const table = question.querySelector('table.sd-matrix__table') as HTMLTableElement;
        const statements = Array.from(table.querySelectorAll('.sd-table__cell--row-text')).map((cell) => cell.getBoundingClientRect().width);
        return {
          name: question.dataset['name'] ?? '',
          overflow: Math.max(
            0,
            Math.round(table.getBoundingClientRect().right - question.getBoundingClientRect().right),
            table.scrollWidth - (table.parentElement?.clientWidth ?? table.scrollWidth),
          ),
          narrowestStatement: Math.round(Math.min(...statements)),
        };
      }),
  );
}

describe('survey matrices on the card', () => {
  for (const width of [1280, 1600, 1920, 640]) {
    for (const { survey, page: pageNumber, matrix } of MATRIX_PAGES) {
      it(`at ${width} px, ${survey}: every answer column lies on the card and the statements have room`, async () => {
        const page = await ext.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(ext.page(`survey.html?survey=${survey}`));
        await page.locator('.sd-question').first().waitFor();
        if (pageNumber > 1) await fillByKeyboard(page, { untilPage: pageNumber });
        await page.locator(`[data-name="${matrix}"]`).waitFor();
        const fits = await matrixFits(page);
        expect(fits.map((fit) => fit.name)).toContain(matrix);
        for (const fit of fits) {
          expect(fit.overflow, `${fit.name} runs past its card`).toBe(0);
          expect(fit.narrowestStatement, `${fit.name}'s statements are squeezed`).toBeGreaterThanOrEqual(NARROWEST_STATEMENT);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        if (pageNumber === 1 || survey === 'knelpunten-en-prioriteiten') await screenshot(page, `survey-matrix-${survey}-${width}`);
        await page.close();
      });
    }
  }
});
