import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { clipSelection, openSidePanel } from './active-tab.ts';
import type { ExtensionBrowser } from './launch-extension.ts';
import { screenshot } from './screenshots.ts';
import type { PageServer } from './serve-pages.ts';
import { setUpPartner } from './setup-partner.ts';
import { FOLDER, syncNow } from './shared-folder.ts';
import { fillByKeyboard } from './survey-keyboard.ts';

export interface PartnerProfile {
  readonly organisation: string;
  readonly domain: string;
  /** The passage of the GGD monitor page this partner clips, and the new issue it names for it. */
  readonly passage: string;
  readonly issue: string;
}

/**
 * One partner's part of a regiobeeld: set up, clip a passage naming a new issue, complete the
 * priorities survey (ranking the issues it holds), choose the shared folder and sync.
 */
export async function partnerWork(browser: ExtensionBrowser, server: PageServer, profile: PartnerProfile): Promise<Page> {
  const dashboard = await setUpPartner(browser, profile.organisation, profile.domain);
  const panel = await openSidePanel(browser);
  const { answer, source } = await clipSelection(browser, `${server.origin}/ggd-gezondheidsmonitor.html`, profile.passage);
  expect(answer.status).toBe('ready');
  await panel.bringToFront();
  await panel.getByTestId('capture-sheet').waitFor();
  await panel.locator('[data-testid="themes-option"][data-value="vergrijzing"]').check();
  await panel.getByTestId('sheet-interpretation').fill(`Duiding van ${profile.organisation}.`);
  await panel.getByTestId('new-issue-title').fill(profile.issue);
  await panel.keyboard.press('Control+Enter');
  await panel
    .getByTestId('panel-saved')
    .waitFor()
    .catch(async (error: unknown) => {
      await screenshot(panel, `partner-work-unsaved-${profile.domain}`);
      throw new Error(`the clip was not saved; the panel says: ${await panel.locator('main, body').first().innerText()}`, { cause: error });
    });
  await source.close();
  await panel.close();

  const survey = await browser.context.newPage();
  await survey.goto(browser.page('survey.html?survey=knelpunten-en-prioriteiten'));
  await survey.locator('.sd-question').first().waitFor();
  await fillByKeyboard(survey);
  await survey.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
  await survey.close();

  await dashboard.getByTestId('sync-choose').click();
  await dashboard.getByTestId('sync-folder').filter({ hasText: FOLDER }).waitFor();
  expect(await syncNow(dashboard)).toMatch(/Gelezen bestanden van andere partners: 0\.$/);
  return dashboard;
}
