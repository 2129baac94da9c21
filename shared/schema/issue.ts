import { z } from 'zod';
import { LongText, NonEmptyShortText, TextList } from './text.ts';

export const IssueBody = z.strictObject({
  title: NonEmptyShortText,
  description: LongText,
  themes: TextList,
  areas: TextList,
});
export type IssueBody = z.infer<typeof IssueBody>;
