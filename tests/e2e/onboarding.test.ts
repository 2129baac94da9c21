import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipSelection, openSidePanel } from './support/active-tab.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { e2eSetup } from './support/e2e-setup.ts';
import type { ExtensionBrowser } from './support/launch-extension.ts';
import { screenshot } from './support/screenshots.ts';
import type { PageServer } from './support/serve-pages.ts';
import { currentPage, fillByKeyboard } from './support/survey-keyboard.ts';

const setup = e2eSetup();
let server: PageServer;
let ext: ExtensionBrowser;
let dashboard: Page;

function steps(): Promise<Record<string, string | null>> {
  return dashboard
    .getByTestId('getting-started-step')
    .evaluateAll((items) => Object.fromEntries(items.map((item) => [item.getAttribute('data-step') ?? '', item.getAttribute('data-done')])));
}

beforeAll(async () => {
  server = await setup.serve();
  ext = await setup.launch();
});

describe('a new partner gets started', () => {
  it('sets up organisation, domain and region and is shown the first steps', async () => {
    dashboard = await ext.context.newPage();
    await dashboard.goto(ext.page('dashboard.html'));
    await dashboard.getByTestId('setup-organisation').fill('Wijkverpleging Peelland');
    await dashboard.getByTestId('setup-domain').selectOption('zorg');
    await dashboard.getByTestId('setup-region').fill('Helmond-De Peel');
    await screenshot(dashboard, 'setup-form');
    await dashboard.getByTestId('setup-save').click();

    await dashboard.getByTestId('getting-started').waitFor();
    expect(await steps()).toEqual({ setup: 'true', clip: 'false', survey: 'false' });
    expect(await dashboard.getByTestId('getting-started').textContent()).toContain('Toevoegen aan regiobeeld');
    await expectNoSeriousViolations(dashboard, 'dashboard with getting started');
    await screenshot(dashboard, 'getting-started');
  });

  it('ticks the clip step once a first observation is saved from a web page', async () => {
    const sheet = await openSidePanel(ext);

    const { answer } = await clipSelection(ext, `${server.origin}/ggd-gezondheidsmonitor.html`, '#mantelzorg');
    expect(answer.status).toBe('ready');

    await sheet.bringToFront();
    await sheet.getByTestId('capture-sheet').waitFor();
    await sheet.getByTestId('sheet-interpretation').fill('Mantelzorgers raken overbelast.');
    await sheet.keyboard.press('Control+Enter');
    await sheet.getByTestId('panel-saved').waitFor();

    await dashboard.bringToFront();
    await expect.poll(steps).toEqual({ setup: 'true', clip: 'true', survey: 'false' });
  });

  it('ticks the survey step once the first page of the first survey is answered, then all is done', async () => {
    const href = await dashboard.getByTestId('getting-started-survey').getAttribute('href');
    expect(href).toBe('survey.html?survey=knelpunten-en-prioriteiten');
    const survey = await ext.context.newPage();
    await survey.goto(ext.page(href ?? ''));
    await survey.getByTestId('survey-heading').waitFor();
    await fillByKeyboard(survey, { untilPage: 2 });
    expect(await currentPage(survey)).toBe(2);
    await expect.poll(() => survey.getByTestId('autosave-status').getAttribute('data-state')).toBe('saved');

    await dashboard.bringToFront();
    await expect.poll(steps).toEqual({ setup: 'true', clip: 'true', survey: 'true' });
    expect(await dashboard.getByTestId('getting-started-done').textContent()).toContain('Alles gedaan');
    await screenshot(dashboard, 'getting-started-done');

    await dashboard.reload();
    await dashboard.getByTestId('records-table').waitFor();
    expect(await dashboard.getByTestId('getting-started').count()).toBe(0);
  });
});
