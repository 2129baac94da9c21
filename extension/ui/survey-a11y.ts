import { Question, QuestionRankingModel } from 'survey-core';

/**
 * survey-core 2.5 renders a ranking question as `role="group"` with `aria-required`, which ARIA
 * does not allow on a group (axe: aria-allowed-attr, critical), so screen readers may ignore or
 * misread it. The attribute is left out for ranking; that the question is required is still in
 * its title and in the error it shows when left empty.
 */
export function fixRankingAria(): void {
  Object.defineProperty(QuestionRankingModel.prototype, 'ariaRequired', { configurable: true, get: () => null });
}

type CommentAreaOptions = { readonly ariaLabel?: () => string | null };

/**
 * survey-core 2.5 names a question's comment area only when the question has no title, so beside a
 * titled question (the reason field of a next Delphi round) the textarea has no accessible name
 * (axe: label, critical) and a screen reader announces a bare edit field. It is named by the words
 * shown above it. The method is private in survey-core's typings, hence the cast.
 */
export function fixCommentAreaName(): void {
  const prototype = Question.prototype as unknown as { getCommentTextAreaOptions(this: Question): CommentAreaOptions };
  const options = prototype.getCommentTextAreaOptions;
  prototype.getCommentTextAreaOptions = function (this: Question): CommentAreaOptions {
    return { ...options.call(this), ariaLabel: () => this.commentText };
  };
}
