import type { JsonValue } from '../schema/json-value.ts';
import { isLabelJson, isRecord } from './survey-json.ts';

export type Path = ReadonlyArray<string | number>;
export type Report = (path: Path, reason: string) => void;

/**
 * Properties SurveyJS shows to the respondent. Each must carry Dutch (under "default") and English,
 * so a partner working in English never meets a Dutch sentence in the middle of a survey.
 */
const LOCALIZABLE = new Set([
  'title',
  'description',
  'text',
  'placeholder',
  'minRateDescription',
  'maxRateDescription',
  'otherText',
  'noneText',
  'otherPlaceholder',
  'otherErrorText',
  'commentText',
  'commentPlaceholder',
  'requiredErrorText',
  'selectAllText',
  'selectToRankEmptyRankedAreaText',
  'selectToRankEmptyUnrankedAreaText',
  'completedHtml',
  'completedBeforeHtml',
  'navigationTitle',
  'navigationDescription',
  'completeText',
  'pageNextText',
  'pagePrevText',
  'startSurveyText',
]);
/** Names an expression may use besides question names: SurveyJS's own context variables. */
const EXPRESSION_CONTEXT = new Set(['item', 'choice', 'row', 'panel', 'parentPanel', 'rowIndex', 'rowName', 'rowTitle', 'panelIndex', 'itemIndex']);

export function checkTexts(value: JsonValue, path: Path, report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkTexts(item, [...path, index], report));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (LOCALIZABLE.has(key)) {
      if (!isLabelJson(child)) report([...path, key], `"${key}" must be { "default": Dutch text, "en": English text }`);
    } else checkTexts(child, [...path, key], report);
  }
}

export function checkExpressions(value: JsonValue, path: Path, names: ReadonlySet<string>, report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkExpressions(item, [...path, index], names, report));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && /(?:If|Expression)$/.test(key)) {
      for (const [, reference = ''] of child.matchAll(/\{([^}]+)\}/g)) {
        const root = reference.trim().split(/[.[]/)[0] ?? '';
        if (!names.has(root) && !EXPRESSION_CONTEXT.has(root))
          report([...path, key], `the expression ${JSON.stringify(child)} refers to "${root}", which is not a question of this survey`);
      }
    } else checkExpressions(child, [...path, key], names, report);
  }
}
