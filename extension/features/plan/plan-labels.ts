import type { PLAN_LEVELS, PLAN_STATUSES } from '../../../shared/schema/plan-item.ts';
import type { TRACE_TARGETS } from '../../../shared/schema/trace-link.ts';
import { PlanRefusal, type PlanRefusalCode } from './plan-store.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { t } from '../../i18n/t.ts';

export const PLAN_LEVEL_LABELS: Record<(typeof PLAN_LEVELS)[number], MessageKey> = {
  ambition: 'planLevel_ambition',
  goal: 'planLevel_goal',
  action: 'planLevel_action',
  initiative: 'planLevel_initiative',
};

export const PLAN_STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], MessageKey> = {
  idee: 'planStatus_idee',
  gepland: 'planStatus_gepland',
  lopend: 'planStatus_lopend',
  afgerond: 'planStatus_afgerond',
  gestopt: 'planStatus_gestopt',
};

export const TRACE_TARGET_LABELS: Record<(typeof TRACE_TARGETS)[number], MessageKey> = {
  issue: 'planTarget_issue',
  observation: 'planTarget_observation',
  surveyFinding: 'planTarget_surveyFinding',
  planItem: 'planTarget_planItem',
};

export const PLAN_REFUSAL_MESSAGES: Record<PlanRefusalCode, MessageKey> = {
  'plan-item-missing': 'planRefusal_plan_item_missing',
  'target-missing': 'planRefusal_target_missing',
  'target-wrong-type': 'planRefusal_target_wrong_type',
  'other-region': 'planRefusal_other_region',
  'self-link': 'planRefusal_self_link',
  'parent-level': 'planRefusal_parent_level',
  'parent-cycle': 'planRefusal_parent_cycle',
  'question-required': 'planRefusal_question_required',
  'question-not-allowed': 'planRefusal_question_not_allowed',
  'question-unanswered': 'planRefusal_question_unanswered',
  'not-found': 'planRefusal_not_found',
};

/** Why a plan change was refused or failed, in the user's language: every reason the rules gave. */
export function planFailureText(error: unknown): string {
  if (error instanceof PlanRefusal) return error.codes.map((code) => t(PLAN_REFUSAL_MESSAGES[code])).join(' ');
  return storeFailureText(error, 'planSaveFailed');
}
