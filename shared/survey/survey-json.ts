import type { JsonValue } from '../schema/json-value.ts';
import type { Label } from './label.ts';

/** A stored choice value: SurveyJS keeps a choice's value as written, a string or a number. */
export type ChoiceValue = string | number;

export function isRecord(value: unknown): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLabelJson(value: unknown): value is { default: string; en: string } {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && isSomeText(value['default']) && isSomeText(value['en']);
}

function isSomeText(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

export function labelOf(value: { default: string; en: string }): Label {
  return { nl: value.default, en: value.en };
}

export function isChoiceValue(value: unknown): value is ChoiceValue {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}

type JsonObject = { [key: string]: JsonValue };

/**
 * The SurveyJS JSON with each question (an element with a `name` and a `type`, at any depth:
 * pages, panels, dynamic panels) given the properties `edit` returns for it; the rest is copied as it is.
 */
export function editQuestions(value: JsonValue, edit: (question: { readonly [key: string]: JsonValue }, name: string) => JsonObject | undefined): JsonValue {
  if (Array.isArray(value)) return value.map((item) => editQuestions(item, edit));
  if (!isRecord(value)) return value;
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = editQuestions(item, edit);
  const name = value['name'];
  const changes = typeof name === 'string' && typeof value['type'] === 'string' ? edit(value, name) : undefined;
  return changes === undefined ? out : { ...out, ...changes };
}
