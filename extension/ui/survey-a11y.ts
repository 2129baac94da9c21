import { QuestionRankingModel } from 'survey-core';

/**
 * survey-core 2.5 renders a ranking question as `role="group"` with `aria-required`, which ARIA
 * does not allow on a group (axe: aria-allowed-attr, critical), so screen readers may ignore or
 * misread it. The attribute is left out for ranking; that the question is required is still in
 * its title and in the error it shows when left empty.
 */
export function fixRankingAria(): void {
  Object.defineProperty(QuestionRankingModel.prototype, 'ariaRequired', { configurable: true, get: () => null });
}
