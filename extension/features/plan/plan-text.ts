import type { PlanAnalysis } from '../../../shared/plan/analyse-plan.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import type { ResolvedLink } from '../../../shared/plan/resolve-link.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import { PLAN_LEVEL_LABELS } from './plan-labels.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { shortText, sourceOf } from '../../ui/record-text.ts';

/** What a person recognises the evidence of a link by: a title and, for a clip, its source. */
export interface TargetText {
  readonly title: string;
  readonly detail: string | undefined;
}

export function planItemText(item: PlanItem): string {
  return `${t(PLAN_LEVEL_LABELS[item.body.level])}: ${item.body.title}`;
}

/** "question X of survey Y", by the titles of the definition the response answered. */
export function findingText(response: LiveRecord<'surveyResponse'>, question: string, definitions: readonly SurveyDefinition[]): string {
  const definition =
    definitions.find((candidate) => candidate.header.id === response.body.survey.id && candidate.header.version === response.body.survey.version) ??
    definitions.find((candidate) => candidate.header.id === response.body.survey.id);
  const title = definition?.questions.find((candidate) => candidate.name === question)?.title;
  const survey = definition?.header.title;
  return t('planLinkFinding', title === undefined ? question : title[textLanguage()], survey === undefined ? response.body.survey.id : survey[textLanguage()]);
}

export function targetText(resolved: ResolvedLink, definitions: readonly SurveyDefinition[]): TargetText {
  const { target, link } = resolved;
  if (target === null) return { title: t('planUnknownTarget'), detail: undefined };
  switch (target.type) {
    case 'observation':
      return { title: shortText(target, 160), detail: sourceOf(target)?.title };
    case 'surveyResponse':
      return { title: findingText(target, link.body.toQuestion ?? '', definitions), detail: undefined };
    case 'planItem':
      return { title: planItemText(target), detail: undefined };
    default:
      return { title: shortText(target, 160), detail: undefined };
  }
}

/** The element id the dashboard gives a record's row and a plan item's card, so a link can open it. */
export const recordAnchor = (id: string) => `record-${id}`;
export const planItemAnchor = (id: string) => `plan-item-${id}`;

/** Brings an element of the dashboard into view and gives it keyboard focus (focus scrolls to it). */
export function openAnchor(doc: Pick<Document, 'getElementById'>, anchor: string): boolean {
  const element = doc.getElementById(anchor);
  if (element === null) return false;
  element.focus();
  return true;
}

// The summary, the observations view and the record list each show it for the same analysis.
const restingByPlan = new WeakMap<PlanAnalysis, ReadonlyMap<string, readonly PlanItem[]>>();

/** Per issue, observation or survey response id: the plan items resting on it, to show beside it. */
export function restingItems(plan: PlanAnalysis | undefined): ReadonlyMap<string, readonly PlanItem[]> {
  if (plan === undefined) return new Map();
  let resting = restingByPlan.get(plan);
  if (resting === undefined) {
    resting = new Map([...plan.byEvidence].map(([id, itemIds]) => [id, itemIds.flatMap((itemId) => plan.index.item(itemId) ?? [])]));
    restingByPlan.set(plan, resting);
  }
  return resting;
}
