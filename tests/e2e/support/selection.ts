import type { Frame, Page } from 'playwright-core';

/** Selects the whole text of an element, as a partner's drag would. */
export async function selectElementText(page: Page | Frame, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (element === null) throw new Error(`${css} missing`);
    const range = document.createRange();
    range.selectNodeContents(element);
    // document.getSelection: a hostile page may have replaced window.getSelection for itself.
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, selector);
}
