import type { TraceLinkBody } from '../schema/trace-link.ts';
import { wouldMakeCycle } from './cycles.ts';
import { parentFits } from './parent-rules.ts';
import type { PlanIndex } from './plan-index.ts';
import { linkTarget, TARGET_RECORD_TYPE } from './resolve-link.ts';

/** What an author asks for: the link's ends and why; `evidenceAt` is taken from the target. */
export type TraceLinkDraft = Pick<TraceLinkBody, 'fromId' | 'toType' | 'toId' | 'toQuestion' | 'rationale'>;

export const TRACE_LINK_ERRORS = [
  'plan-item-missing',
  'target-missing',
  'target-wrong-type',
  'other-region',
  'self-link',
  'parent-level',
  'parent-cycle',
  'question-required',
  'question-not-allowed',
  'question-unanswered',
] as const;
export type TraceLinkErrorCode = (typeof TRACE_LINK_ERRORS)[number];

/** An error is data: the extension translates `code`, the CLI prints `message`. */
export interface TraceLinkError {
  readonly code: TraceLinkErrorCode;
  readonly message: string;
}

const MESSAGES: Readonly<Record<TraceLinkErrorCode, string>> = {
  'plan-item-missing': 'the plan item to link from is not in the regiobeeld (deleted or not received)',
  'target-missing': 'the record to link to is not in the regiobeeld (deleted or not received)',
  'target-wrong-type': 'the record to link to is not of the kind the link names',
  'other-region': 'the record to link to belongs to another region',
  'self-link': 'a plan item cannot serve itself',
  'parent-level': 'this level cannot serve that one: a goal serves an ambition, an action or initiative serves a goal',
  'parent-cycle': 'this link would make the plan items serve each other in a circle',
  'question-required': 'a survey finding names the question it is about',
  'question-not-allowed': 'only a survey finding names a question',
  'question-unanswered': 'the survey response holds no answer to this question',
};

const error = (code: TraceLinkErrorCode): TraceLinkError => ({ code, message: MESSAGES[code] });

/** Every reason the draft may not become a link, cheapest first; empty when it may. */
export function checkTraceLink(index: PlanIndex, draft: TraceLinkDraft): TraceLinkError[] {
  const from = index.item(draft.fromId);
  const errors: TraceLinkError[] = [];
  const question = draft.toQuestion ?? '';
  if (draft.toType === 'surveyFinding' && question === '') errors.push(error('question-required'));
  if (draft.toType !== 'surveyFinding' && draft.toQuestion !== undefined) errors.push(error('question-not-allowed'));
  if (from === undefined) errors.push(error('plan-item-missing'));
  if (draft.toType === 'planItem' && draft.fromId === draft.toId) return [...errors, error('self-link')];

  const held = index.record(draft.toId);
  const target = linkTarget(index, draft.toType, draft.toId);
  if (held === undefined || (target === null && held.type === TARGET_RECORD_TYPE[draft.toType])) return [...errors, error('target-missing')];
  if (target === null) return [...errors, error('target-wrong-type')];
  if (from !== undefined && target.region !== from.region) errors.push(error('other-region'));
  if (target.type === 'surveyResponse' && question !== '' && !Object.hasOwn(target.body.answers, question)) errors.push(error('question-unanswered'));
  if (target.type === 'planItem' && from !== undefined) {
    if (!parentFits(from.body.level, target.body.level)) errors.push(error('parent-level'));
    if (wouldMakeCycle(index, from.id, target.id)) errors.push(error('parent-cycle'));
  }
  return errors;
}
