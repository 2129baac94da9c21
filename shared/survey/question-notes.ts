import type { JsonValue } from '../schema/json-value.ts';
import type { SurveyJson } from './definition.ts';
import type { Label } from './label.ts';
import { isLabelJson, isRecord } from './survey-json.ts';

/**
 * The SurveyJS JSON with a note added under the description of the named questions, in both
 * languages. SurveyJS renders a description as text and ties it to its question with
 * aria-describedby, so a screen reader reads the note with the question. Used for the Delphi
 * feedback: the group's answer of the previous round beside each question.
 */
export function withQuestionNotes(survey: SurveyJson, notes: ReadonlyMap<string, Label>): SurveyJson {
  return notes.size === 0 ? survey : (annotate(survey, notes) as SurveyJson);
}

function annotate(value: JsonValue, notes: ReadonlyMap<string, Label>): JsonValue {
  if (Array.isArray(value)) return value.map((item) => annotate(item, notes));
  if (!isRecord(value)) return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) out[key] = annotate(item, notes);
  const note = typeof value['name'] === 'string' && typeof value['type'] === 'string' ? notes.get(value['name']) : undefined;
  if (note !== undefined) out['description'] = joined(value['description'], note);
  return out;
}

function joined(description: JsonValue | undefined, note: Label): JsonValue {
  if (isLabelJson(description)) return { default: `${description.default}\n\n${note.nl}`, en: `${description.en}\n\n${note.en}` };
  if (typeof description === 'string' && description !== '') return { default: `${description}\n\n${note.nl}`, en: `${description}\n\n${note.en}` };
  return { default: note.nl, en: note.en };
}
