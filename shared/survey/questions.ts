import { formatPath } from '../bundle/errors.ts';
import type { JsonValue } from '../schema/json-value.ts';
import type { Label } from './label.ts';
import { checkExpressions, checkTexts, type Path, type Report } from './structure-checks.ts';
import { type ChoiceValue, isChoiceValue, isLabelJson, isRecord, labelOf } from './survey-json.ts';

export const CHOICE_TYPES = ['checkbox', 'tagbox', 'radiogroup', 'dropdown'] as const;
/** Question types whose choices may come from the issues of the local regiobeeld. */
export const ISSUE_CHOICE_TYPES = ['ranking', ...CHOICE_TYPES] as const;
/** The SurveyJS question types the aggregation knows how to count; a definition uses no others. */
export const QUESTION_TYPES = ['rating', 'ranking', ...CHOICE_TYPES, 'matrix', 'comment', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The custom SurveyJS property that asks for the local issues as choices. */
export const CHOICES_FROM_ISSUES = 'choicesFromIssues';
/** Values SurveyJS stores for its built-in "Other" and "None" items, and the key of the other text. */
export const OTHER_VALUE = 'other';
export const NONE_VALUE = 'none';
export const COMMENT_SUFFIX = '-Comment';

export interface Choice {
  readonly value: ChoiceValue;
  readonly label: Label;
}
export interface Scale {
  /** Ascending. */
  readonly values: readonly number[];
  readonly min: number;
  readonly max: number;
}

interface Common {
  readonly name: string;
  readonly type: QuestionType;
  readonly title: Label;
}
export interface RatingQuestion extends Common {
  readonly kind: 'rating';
  readonly scale: Scale;
}
export interface RankingQuestion extends Common {
  readonly kind: 'ranking';
  /** The static choices: what is offered when the regiobeeld has no issues yet. */
  readonly choices: readonly Choice[];
  readonly choicesFromIssues: boolean;
}
export interface ChoiceQuestion extends Common {
  readonly kind: 'choice';
  readonly multiple: boolean;
  /** Includes SurveyJS's "Other" and "None" items when the question shows them. */
  readonly choices: readonly Choice[];
  readonly choicesFromIssues: boolean;
  readonly hasOther: boolean;
}
export interface MatrixQuestion extends Common {
  readonly kind: 'matrix';
  readonly rows: readonly Choice[];
  /** The numeric columns: each row is read as a rating on this scale. */
  readonly scale: Scale;
  /** Columns outside the scale, such as "weet ik niet": counted, never averaged. */
  readonly offScale: readonly Choice[];
}
export interface TextQuestion extends Common {
  readonly kind: 'text';
}
export type QuestionInfo = RatingQuestion | RankingQuestion | ChoiceQuestion | MatrixQuestion | TextQuestion;

export interface StructureProblem {
  readonly path: string;
  readonly reason: string;
}

/** kebab-case or camelCase: a name SurveyJS's "-Comment" suffix can never collide with. */
const NAME = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[a-z][a-zA-Z0-9]*)$/;
const MAX_SCALE_POINTS = 101;

/**
 * The questions of a SurveyJS JSON as the aggregation reads them, and every way the JSON falls
 * short of what Regiobeeld relies on: stable names, known types, both languages, numeric scales,
 * expressions that name existing questions.
 */
export function readQuestions(survey: { readonly [key: string]: JsonValue }): { questions: QuestionInfo[]; problems: StructureProblem[] } {
  const problems: StructureProblem[] = [];
  const questions: QuestionInfo[] = [];
  const report = (path: Path, reason: string): void => {
    problems.push({ path: formatPath(['survey', ...path]), reason });
  };

  checkTexts(survey, [], report);
  const pages = survey['pages'];
  if (!Array.isArray(pages) || pages.length === 0) {
    report(['pages'], 'the survey needs a list of pages');
    return { questions, problems };
  }
  // Names of refused questions count too, so an expression naming one is not reported as well.
  const declared: string[] = [];
  pages.forEach((page, index) => readContainer(page, ['pages', index], { questions, declared }, report));

  const names = new Set<string>();
  for (const name of declared) {
    if (names.has(name)) report([], `question name "${name}" is used twice; answers are stored under it`);
    names.add(name);
  }
  checkExpressions(survey, [], names, report);
  return { questions, problems };
}

function readContainer(container: JsonValue | undefined, path: Path, out: { questions: QuestionInfo[]; declared: string[] }, report: Report): void {
  if (!isRecord(container)) {
    report(path, 'a page or panel must be an object');
    return;
  }
  const elements = container['elements'];
  if (!Array.isArray(elements)) {
    report([...path, 'elements'], 'a page or panel needs a list of elements');
    return;
  }
  elements.forEach((element, index) => {
    const at = [...path, 'elements', index];
    if (isRecord(element) && element['type'] === 'panel') {
      readContainer(element, at, out, report);
      return;
    }
    if (isRecord(element) && typeof element['name'] === 'string') out.declared.push(element['name']);
    const question = readQuestion(element, at, report);
    if (question) out.questions.push(question);
  });
}

function readQuestion(element: JsonValue, path: Path, report: Report): QuestionInfo | undefined {
  if (!isRecord(element)) {
    report(path, 'a question must be an object');
    return undefined;
  }
  const { name, type, title } = element;
  if (typeof name !== 'string' || !NAME.test(name)) {
    report([...path, 'name'], `question name ${JSON.stringify(name)} must be kebab-case or camelCase: answers and Delphi rounds are keyed on it`);
    return undefined;
  }
  const typeName = QUESTION_TYPES.find((known) => known === type);
  if (typeName === undefined) {
    report([...path, 'type'], `question "${name}" has type ${JSON.stringify(type)}; the types Regiobeeld can count are ${QUESTION_TYPES.join(', ')}`);
    return undefined;
  }
  if (!isLabelJson(title)) {
    // checkTexts reports a malformed title; a missing one is reported here.
    if (title === undefined) report([...path, 'title'], `question "${name}" needs a title in Dutch and English`);
    return undefined;
  }
  const common = { name, type: typeName, title: labelOf(title) };
  const fromIssues = element[CHOICES_FROM_ISSUES];
  if (fromIssues !== undefined && (typeof fromIssues !== 'boolean' || !(ISSUE_CHOICE_TYPES as readonly string[]).includes(typeName))) {
    report([...path, CHOICES_FROM_ISSUES], `question "${name}": ${CHOICES_FROM_ISSUES} must be true or false, on a ${ISSUE_CHOICE_TYPES.join(', ')} question`);
  }
  const choicesFromIssues = fromIssues === true;

  switch (typeName) {
    case 'rating': {
      const scale = ratingScale(element, path, name, report);
      return scale && { ...common, kind: 'rating', scale };
    }
    case 'ranking': {
      const choices = readItems(element['choices'], [...path, 'choices'], name, 'choice', report);
      return choices && { ...common, kind: 'ranking', choices, choicesFromIssues };
    }
    case 'checkbox':
    case 'tagbox':
    case 'radiogroup':
    case 'dropdown': {
      const choices = readItems(element['choices'], [...path, 'choices'], name, 'choice', report);
      if (!choices) return undefined;
      const hasOther = element['showOtherItem'] === true;
      const extra = [
        ...(hasOther ? [{ value: OTHER_VALUE, label: builtInLabel(element['otherText'], { nl: 'Anders', en: 'Other' }) }] : []),
        ...(element['showNoneItem'] === true ? [{ value: NONE_VALUE, label: builtInLabel(element['noneText'], { nl: 'Geen', en: 'None' }) }] : []),
      ];
      if (extra.some((item) => choices.some((choice) => choice.value === item.value))) {
        report([...path, 'choices'], `question "${name}": the values "${OTHER_VALUE}" and "${NONE_VALUE}" belong to SurveyJS's own items`);
      }
      const multiple = typeName === 'checkbox' || typeName === 'tagbox';
      return { ...common, kind: 'choice', multiple, choices: [...choices, ...extra], choicesFromIssues, hasOther };
    }
    case 'matrix':
      return readMatrix(element, path, common, report);
    case 'comment':
    case 'text':
      return { ...common, kind: 'text' };
  }
}

function readMatrix(element: { readonly [key: string]: JsonValue }, path: Path, common: Common, report: Report): MatrixQuestion | undefined {
  const { name } = common;
  if (element['cellType'] !== undefined && element['cellType'] !== 'radio') {
    report([...path, 'cellType'], `question "${name}": only single-choice (radio) matrices can be read as ratings`);
    return undefined;
  }
  const rows = readItems(element['rows'], [...path, 'rows'], name, 'row', report);
  const columns = readItems(element['columns'], [...path, 'columns'], name, 'column', report);
  if (!rows || !columns) return undefined;
  const numeric = columns.flatMap((column) => (typeof column.value === 'number' ? [column.value] : []));
  if (numeric.length < 2) {
    report([...path, 'columns'], `question "${name}": a matrix needs at least two numeric columns (its scale)`);
    return undefined;
  }
  const values = [...numeric].sort((a, b) => a - b);
  const scale = { values, min: values[0] ?? 0, max: values[values.length - 1] ?? 0 };
  return { ...common, kind: 'matrix', rows, scale, offScale: columns.filter((column) => typeof column.value !== 'number') };
}

function ratingScale(element: { readonly [key: string]: JsonValue }, path: Path, name: string, report: Report): Scale | undefined {
  const rateValues = element['rateValues'];
  if (rateValues !== undefined) {
    const items = Array.isArray(rateValues) ? rateValues.map((item) => (isRecord(item) ? item['value'] : item)) : [];
    const numbers = items.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    if (numbers.length < 2 || numbers.length !== items.length || new Set(numbers).size !== numbers.length) {
      report([...path, 'rateValues'], `question "${name}": rateValues must be at least two different numbers`);
      return undefined;
    }
    const values = [...numbers].sort((a, b) => a - b);
    return { values, min: values[0] ?? 0, max: values[values.length - 1] ?? 0 };
  }
  const min = element['rateMin'] ?? 1;
  const max = element['rateMax'] ?? 5;
  const step = element['rateStep'] ?? 1;
  if (typeof min !== 'number' || typeof max !== 'number' || typeof step !== 'number' || ![min, max, step].every(Number.isInteger) || step <= 0 || max <= min) {
    report(path, `question "${name}": rateMin, rateMax and rateStep must be whole numbers with rateMin < rateMax`);
    return undefined;
  }
  const count = Math.floor((max - min) / step) + 1;
  if ((max - min) % step !== 0 || count > MAX_SCALE_POINTS) {
    report(path, `question "${name}": the scale from ${min} to ${max} in steps of ${step} must end on ${max} and have at most ${MAX_SCALE_POINTS} points`);
    return undefined;
  }
  const rateCount = element['rateCount'];
  if (rateCount !== undefined && rateCount !== count) {
    report([...path, 'rateCount'], `question "${name}": rateCount ${JSON.stringify(rateCount)} disagrees with the ${count} points from ${min} to ${max}`);
    return undefined;
  }
  return { values: Array.from({ length: count }, (_, i) => min + i * step), min, max };
}

function readItems(items: JsonValue | undefined, path: Path, name: string, what: string, report: Report): Choice[] | undefined {
  if (!Array.isArray(items) || items.length === 0) {
    report(path, `question "${name}" needs a list of ${what}s (for issue choices: the ones to offer when there are no issues)`);
    return undefined;
  }
  const out: Choice[] = [];
  let sound = true;
  items.forEach((item, index) => {
    const value = isRecord(item) ? item['value'] : undefined;
    const text = isRecord(item) ? item['text'] : undefined;
    if (!isChoiceValue(value) || !isLabelJson(text)) {
      report([...path, index], `question "${name}": each ${what} must be { "value": …, "text": { "default": Dutch, "en": English } }`);
      sound = false;
      return;
    }
    if (out.some((choice) => choice.value === value)) {
      report([...path, index], `question "${name}": ${what} value ${JSON.stringify(value)} is used twice`);
      sound = false;
      return;
    }
    out.push({ value, label: labelOf(text) });
  });
  return sound ? out : undefined;
}

function builtInLabel(text: JsonValue | undefined, fallback: Label): Label {
  return isLabelJson(text) ? labelOf(text) : fallback;
}
