import type { JsonValue } from '../schema/json-value.ts';
import type { SurveyJson } from './definition.ts';
import type { Label } from './label.ts';
import { inertText } from './inert-text.ts';
import { editQuestions, isLabelJson } from './survey-json.ts';

/**
 * The SurveyJS JSON with a note added under the description of the named questions, in both
 * languages. SurveyJS renders a description as text and ties it to its question with
 * aria-describedby, so a screen reader reads the note with the question. Used for the Delphi
 * feedback: the group's answer of the previous round beside each question.
 */
export function withQuestionNotes(survey: SurveyJson, notes: ReadonlyMap<string, Label>): SurveyJson {
  if (notes.size === 0) return survey;
  return editQuestions(survey, (question, name) => {
    const note = notes.get(name);
    return note === undefined ? undefined : { description: joined(question['description'], { nl: inertText(note.nl), en: inertText(note.en) }) };
  }) as SurveyJson;
}

function joined(description: JsonValue | undefined, note: Label): JsonValue {
  if (isLabelJson(description)) return { default: `${description.default}\n\n${note.nl}`, en: `${description.en}\n\n${note.en}` };
  if (typeof description === 'string' && description !== '') return { default: `${description}\n\n${note.nl}`, en: `${description}\n\n${note.en}` };
  return { default: note.nl, en: note.en };
}
