import type { Locator, Page } from 'playwright-core';

/** A plan item's card by its title, without the cards of the items under it. */
export function planCard(page: Page, title: string): Locator {
  return page.getByTestId('plan-item-title').filter({ hasText: title }).first().locator('xpath=ancestor::li[@data-testid="plan-item"][1]');
}

export function ownPart(card: Locator): Locator {
  return card.locator(':scope > .plan-item-body');
}

export interface NewPlanItem {
  readonly level: 'ambition' | 'goal' | 'action' | 'initiative';
  readonly title: string;
  readonly description?: string;
  /** The title of the item it serves. */
  readonly parent?: string;
  /** Organisations to check as owners. */
  readonly owners?: readonly string[];
  readonly period?: string;
}

/** Fills the new-item editor as a partner does and waits for the item in the plan. */
export async function createPlanItem(page: Page, item: NewPlanItem): Promise<void> {
  await page.getByTestId('plan-new').click();
  const editor = page.getByTestId('plan-editor');
  await editor.getByTestId('plan-field-level').selectOption(item.level);
  await editor.getByTestId('plan-field-title').fill(item.title);
  if (item.description !== undefined) await editor.getByTestId('plan-field-description').fill(item.description);
  if (item.period !== undefined) await editor.getByTestId('plan-field-period').fill(item.period);
  if (item.parent !== undefined) {
    const parent = editor.getByTestId('plan-field-parent');
    const value = await parent.locator('option', { hasText: item.parent }).first().getAttribute('value');
    await parent.selectOption(value ?? '');
  }
  for (const owner of item.owners ?? []) await editor.locator('label', { hasText: owner }).getByTestId('plan-owner').check();
  await editor.getByTestId('plan-editor-save').click();
  await page
    .getByTestId('plan-status')
    .filter({ hasText: `Planonderdeel „${item.title}” is opgeslagen.` })
    .waitFor();
  await planCard(page, item.title).waitFor();
}

/** Links an item to evidence chosen by the start of its label, with the rationale. */
export async function linkEvidence(
  page: Page,
  title: string,
  kind: 'issue' | 'observation' | 'surveyFinding' | 'planItem',
  label: string,
  rationale: string,
): Promise<void> {
  const card = ownPart(planCard(page, title));
  const before = await card.getByTestId('plan-link').count();
  await card.getByTestId('plan-item-link').click();
  const editor = card.getByTestId('link-editor');
  await editor.getByTestId('link-kind').selectOption(kind);
  const target = editor.getByTestId('link-target');
  const value = await target.locator('option', { hasText: label }).first().getAttribute('value');
  await target.selectOption(value ?? '');
  await editor.getByTestId('link-rationale').fill(rationale);
  await editor.getByTestId('link-save').click();
  await card.getByTestId('plan-link').nth(before).waitFor();
}

/** The labels a link editor offers for one kind of evidence, in order; the editor is closed again. */
export async function offeredTargets(page: Page, title: string, kind: 'issue' | 'observation' | 'surveyFinding'): Promise<string[]> {
  const card = ownPart(planCard(page, title));
  await card.getByTestId('plan-item-link').click();
  const editor = card.getByTestId('link-editor');
  await editor.getByTestId('link-kind').selectOption(kind);
  const labels = await editor
    .getByTestId('link-target')
    .locator('option')
    .evaluateAll((options) => options.slice(1).map((option) => option.textContent ?? ''));
  await editor.getByTestId('link-cancel').click();
  return labels;
}

/** Every plan item with its links as the page shows them: what two partners must see alike. */
export function readTrace(page: Page): Promise<string[]> {
  return page.getByTestId('plan-item').evaluateAll((cards) =>
    cards
      .map((card) => {
        const body = card.querySelector(':scope > .plan-item-body');
        const text = (element: Element | null | undefined, testId: string) => element?.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
        const links = [...(body?.querySelectorAll('[data-testid="plan-link"]') ?? [])]
          .map((link) =>
            [
              link.getAttribute('data-to-type'),
              link.getAttribute('data-state'),
              text(link, 'plan-link-target'),
              text(link, 'plan-link-rationale'),
              text(link, 'plan-link-author'),
            ].join(' | '),
          )
          .sort();
        return `${card.getAttribute('data-level')}: ${text(body, 'plan-item-title')} (${text(body, 'plan-item-meta')})\n  ${links.join('\n  ')}`;
      })
      .sort(),
  );
}

/** The coverage panel as groups of entries. */
export function readCoverage(page: Page): Promise<Record<string, string[]>> {
  return page
    .getByTestId('coverage-group')
    .evaluateAll((groups) =>
      Object.fromEntries(
        groups.map((group) => [
          group.getAttribute('data-kind') ?? '',
          [...group.querySelectorAll('[data-testid="coverage-entry"]')].map((entry) => entry.textContent?.trim() ?? ''),
        ]),
      ),
    );
}
