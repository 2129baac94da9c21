import type { Page } from 'playwright-core';

/** The text typed into every open question: recognisable in the exported bundle. */
export const TYPED_ANSWER = 'Ingevuld met het toetsenbord';

interface Focused {
  readonly kind: 'radio' | 'checkbox' | 'text' | 'ranking-unranked' | 'ranking-ranked' | 'dropdown' | 'next' | 'complete' | 'other';
  readonly question: string;
  /** A radio's group: each matrix row is its own group. */
  readonly group: string;
}

/**
 * Fills the survey on the page the way a keyboard user does: Tab to each control, Space to choose
 * a radio, a checkbox or an item to rank, arrows to move a rating up, typing into text fields,
 * ArrowDown and Enter in a dropdown, Enter on "Volgende" and "Voltooien". Stops when the given page
 * (1-based) is reached or the survey is completed. The mouse is never used.
 */
export async function fillByKeyboard(page: Page, options: { readonly untilPage?: number } = {}): Promise<void> {
  const handled = new Set<string>();
  const ranked = new Map<string, number>();
  for (let step = 0; step < 600; step += 1) {
    if (await page.getByTestId('survey-done').isVisible()) return;
    if (options.untilPage !== undefined && (await currentPage(page)) >= options.untilPage) return;
    await page.keyboard.press('Tab');
    const focused = await describeFocus(page);
    const key = `${focused.question}:${focused.group}`;
    switch (focused.kind) {
      // A question counts as answered only once the page shows the answer: a key pressed while
      // SurveyJS re-renders (a question appearing through visibleIf) can be lost, and is retried
      // the next time Tab comes by.
      case 'radio':
        if (handled.has(key)) break;
        await page.keyboard.press('Space');
        // A rating one step above the first, so answers differ from the default order.
        if (focused.question.startsWith('urgentie-') || focused.question === 'rapportcijfer') await page.keyboard.press('ArrowRight');
        if (await page.evaluate((name) => document.querySelector(`input[type="radio"][name="${CSS.escape(name)}"]:checked`) !== null, focused.group))
          handled.add(key);
        break;
      case 'checkbox':
        if (handled.has(key)) break;
        await page.keyboard.press('Space');
        if (
          await page.evaluate((name) => document.querySelector(`[data-name="${CSS.escape(name)}"] input[type="checkbox"]:checked`) !== null, focused.question)
        )
          handled.add(key);
        break;
      case 'text':
        if (handled.has(key)) break;
        await page.keyboard.type(TYPED_ANSWER);
        if (
          await page.evaluate((typed) => ((document.activeElement as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '').includes(typed), TYPED_ANSWER)
        )
          handled.add(key);
        break;
      case 'ranking-unranked': {
        // Space moves the item to the ranked list and focus with it; Shift+Tab, past the items
        // ranked already, goes back to those still unranked, which come before them.
        let count = ranked.get(focused.question) ?? 0;
        let at = focused;
        while (at.kind === 'ranking-unranked' && at.question === focused.question && count < 3) {
          await page.keyboard.press('Space');
          count += 1;
          // SurveyJS moves the item with an animation and the focus after it; a key pressed before
          // both are done goes to an element about to be replaced. Polled: a tab in the background
          // gets no animation frames.
          await page.waitForFunction(
            () =>
              document.activeElement?.closest('[data-ranking]')?.getAttribute('data-ranking') === 'to-container' &&
              document.getAnimations().every((animation) => animation.playState !== 'running'),
            undefined,
            { polling: 50 },
          );
          do {
            await page.keyboard.press('Shift+Tab');
            at = await describeFocus(page);
          } while (at.kind === 'ranking-ranked' && at.question === focused.question);
        }
        ranked.set(focused.question, count);
        break;
      }
      case 'dropdown':
        // The choice counts only once the dropdown shows it with its list closed: a re-render can
        // swallow the keys, as with the other questions.
        if (handled.has(key)) break;
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        if (
          await page.evaluate((name) => {
            const question = document.querySelector(`[data-name="${CSS.escape(name)}"]`);
            // While the list is open the field shows the item under the cursor, not a choice.
            return (
              question?.querySelector('[role="combobox"]')?.getAttribute('aria-expanded') === 'false' &&
              (question.querySelector('.sd-dropdown__value')?.textContent ?? '').trim() !== ''
            );
          }, focused.question)
        )
          handled.add(key);
        break;
      case 'next':
      case 'complete':
        await page.keyboard.press('Enter');
        break;
      case 'ranking-ranked':
      case 'other':
        break;
    }
  }
  throw new Error(`the survey was not completed by keyboard; still on page ${await currentPage(page)}`);
}

/** The page the survey shows, 1-based, read from SurveyJS's "Pagina 2 van 4". */
export async function currentPage(page: Page): Promise<number> {
  const text = await page.evaluate(() => document.querySelector('.sd-root-modern')?.textContent ?? '');
  const match = /(?:Pagina|Page) (\d+) (?:van|of) \d+/.exec(text);
  return match ? Number(match[1]) : 0;
}

function describeFocus(page: Page): Promise<Focused> {
  return page.evaluate((): Focused => {
    const element = document.activeElement as HTMLElement | null;
    const question = element?.closest('[data-name]')?.getAttribute('data-name') ?? '';
    const none: Focused = { kind: 'other', question, group: '' };
    if (element === null) return none;
    if (element instanceof HTMLInputElement) {
      if (element.type === 'radio') return { kind: 'radio', question, group: element.name };
      if (element.type === 'checkbox') return { kind: 'checkbox', question, group: '' };
      if (element.type === 'button' && element.classList.contains('sd-navigation__next-btn')) return { kind: 'next', question, group: '' };
      if (element.type === 'button' && element.classList.contains('sd-navigation__complete-btn')) return { kind: 'complete', question, group: '' };
    }
    if (element.closest('.sd-dropdown') !== null || element.getAttribute('role') === 'combobox') return { kind: 'dropdown', question, group: '' };
    if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text'))
      return { kind: 'text', question, group: '' };
    const ranking = element.closest('[data-ranking]')?.getAttribute('data-ranking');
    if (element.classList.contains('sv-ranking-item') && ranking !== undefined)
      return { kind: ranking === 'from-container' ? 'ranking-unranked' : 'ranking-ranked', question, group: '' };
    return none;
  });
}
