import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipSelection } from './support/active-tab.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { setUpPartner } from './support/setup-partner.ts';

/** What a 1280 px wide screen shows at 200 % zoom, in CSS pixels. */
const ZOOMED = { width: 640, height: 800 };

const setup = e2eSetup();
let server: PageServer;
let ext: ExtensionBrowser;

async function zoomedPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(ZOOMED);
  await page.goto(ext.page(path));
  return page;
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Names the element that sticks out furthest, so a failure says where to look.
    let widest = '';
    let right = root.clientWidth + 1;
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.right > right) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''}[${element.getAttribute('data-testid') ?? ''}] right=${Math.round(box.right)}`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

/** No horizontal scrolling, and each control is shown and lies within the window's width once scrolled to. */
async function expectUsableAtZoom(page: Page, name: string, testIds: readonly string[]): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${name} scrolls sideways; widest: ${overflow.widest}`).toBeLessThanOrEqual(overflow.clientWidth + 1);
  for (const testId of testIds) {
    const control = page.getByTestId(testId).first();
    await control.scrollIntoViewIfNeeded();
    expect(await control.isVisible(), `${name}: ${testId} visible`).toBe(true);
    const box = await control.boundingBox();
    expect(box, `${name}: ${testId} has a box`).not.toBeNull();
    if (box === null) continue;
    expect(box.x, `${name}: ${testId} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name}: ${testId} ends inside the window`).toBeLessThanOrEqual(ZOOMED.width + 1);
  }
  await screenshot(page, `zoom-200-${name}`);
}

beforeAll(async () => {
  server = await setup.serve();
  ext = await setup.launch();
});

describe('at 200 % zoom (640 CSS px wide) nothing scrolls sideways and the controls are in reach', () => {
  it('the first-run setup form', async () => {
    const page = await zoomedPage('dashboard.html');
    await page.getByTestId('setup-form').waitFor();
    await expectUsableAtZoom(page, 'setup', ['setup-organisation', 'setup-domain', 'setup-region', 'setup-contact', 'setup-save']);
    await page.close();
  });

  it('the capture sheet in the side panel, and the dashboard with its records and surveys', async () => {
    const dashboard = await setUpPartner(ext, 'Wijkverpleging Peelland', 'zorg');
    const sheet = await zoomedPage('sidepanel.html');
    await sheet.getByTestId('panel-idle').waitFor();

    await clipSelection(ext, `${server.origin}/ggd-gezondheidsmonitor.html`, '#mantelzorg');
    await sheet.bringToFront();
    await sheet.getByTestId('capture-sheet').waitFor();
    await sheet.getByTestId('new-issue-title').fill('Overbelaste mantelzorgers in de Peel');
    await expectUsableAtZoom(sheet, 'capture-sheet', [
      'sheet-title',
      'sheet-kind',
      'areas-free-input',
      'themes-free-input',
      'sheet-interpretation',
      'new-issue-title',
      'sheet-save',
      'sheet-cancel',
    ]);
    await sheet.getByTestId('sheet-save').click();
    await sheet.getByTestId('panel-saved').waitFor();

    // In front again: a tab behind the sheet gets no animation frames, and each scroll, visibility
    // check and screenshot below then waited about 2 s for one (the case took ~20 s instead of ~3 s).
    await dashboard.bringToFront();
    await dashboard.setViewportSize(ZOOMED);
    await dashboard.reload();
    await dashboard.getByTestId('records-table').waitFor();
    await expectUsableAtZoom(dashboard, 'dashboard', [
      'header-region',
      'export-button',
      'import-input',
      'survey-open',
      'record-text',
      'record-edit',
      'record-delete',
    ]);
  });

  it('the survey page', async () => {
    const page = await zoomedPage('survey.html?survey=knelpunten-en-prioriteiten');
    await page.getByTestId('survey-heading').waitFor();
    await page.locator('.sd-question').first().waitFor();
    await expectUsableAtZoom(page, 'survey', ['survey-back', 'survey-language-nl', 'survey-language-en', 'autosave-status']);
    const next = page.locator('.sd-navigation__next-btn, input[value="Volgende"]').first();
    await next.scrollIntoViewIfNeeded();
    const box = await next.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= ZOOMED.width + 1, 'survey: next button inside the window').toBe(true);
  });

  it('the popup', async () => {
    const page = await zoomedPage('popup.html');
    await page.getByTestId('popup-region').waitFor();
    await expectUsableAtZoom(page, 'popup', ['popup-region', 'popup-count', 'popup-clip', 'popup-open-dashboard']);
  });
});
