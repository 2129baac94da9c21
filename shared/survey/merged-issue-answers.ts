import type { JsonValue } from '../schema/json-value.ts';
import type { Answer } from './answers.ts';
import type { QuestionInfo } from './questions.ts';

/**
 * Answers to a question that takes the issues as choices, each merged issue read as the issue it
 * counts for (`IssueSurvivors.survivorOf`), so a ranking made before a merge still counts for the
 * survivor. A ranking that named both merged issues keeps the better place and the rest move up:
 * the respondent put that issue there. Only a duplicate the merge made is dropped; one the answer
 * itself holds stays, so reading it still refuses it. What was offered is read the same way: an
 * issue offered under either name was offered.
 */
export function answersForSurvivors(question: QuestionInfo, answers: readonly Answer[], survivorOf: (id: string) => string): readonly Answer[] {
  if ((question.kind !== 'ranking' && question.kind !== 'choice') || !question.choicesFromIssues) return answers;
  return answers.map((answer) => ({
    ...answer,
    value: survivorValue(answer.value, survivorOf),
    ...(answer.offered === undefined ? {} : { offered: [...new Set(answer.offered.map(survivorOf))] }),
  }));
}

function survivorValue(value: JsonValue, survivorOf: (id: string) => string): JsonValue {
  if (typeof value === 'string') return survivorOf(value);
  if (!Array.isArray(value)) return value;
  // A duplicate the answer holds itself is left for reading to refuse, whatever the merges make of it.
  if (new Set(value).size !== value.length) return value;
  const placed = new Set<JsonValue>();
  const byMerge = new Set<JsonValue>();
  const out: JsonValue[] = [];
  for (const item of value) {
    const read = typeof item === 'string' ? survivorOf(item) : item;
    const merged = read !== item;
    if (placed.has(read) && (merged || byMerge.has(read))) continue;
    placed.add(read);
    if (merged) byMerge.add(read);
    out.push(read);
  }
  return out;
}
