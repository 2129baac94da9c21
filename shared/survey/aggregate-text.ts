import type { JsonValue } from '../schema/json-value.ts';
import { type Answer, type DomainKey, type DomainPart, type Misfit, type Respondent, splitByDomain } from './answers.ts';
import type { Label } from './label.ts';
import type { TextQuestion } from './questions.ts';
import { type Reading, readAnswers } from './read-answers.ts';

/** A written answer with who wrote it, so the joint session can ask the partner about it. */
export interface TextEntry {
  readonly partnerId: string;
  readonly organisation: string | null;
  readonly domain: DomainKey;
  readonly version: number;
  readonly text: string;
}

export interface TextAggregate {
  readonly kind: 'text';
  readonly question: string;
  readonly title: Label;
  readonly texts: readonly TextEntry[];
  readonly byDomain: readonly DomainPart<readonly TextEntry[]>[];
  readonly misfits: readonly Misfit[];
}

export function textEntry(respondent: Respondent, text: string): TextEntry {
  const { partnerId, organisation, domain, version } = respondent;
  return { partnerId, organisation, domain, version, text: text.trim() };
}

function readText(value: JsonValue): Reading<{ readonly text: string }> {
  return typeof value === 'string' ? { text: value } : { reason: 'wrong-type' };
}

export function aggregateText(question: TextQuestion, answers: readonly Answer[]): TextAggregate {
  const { fitting, misfits } = readAnswers(answers, question.name, readText);
  const entries = fitting.map(({ answer: { respondent }, read }) => ({ respondent, entry: textEntry(respondent, read.text) }));
  return {
    kind: 'text',
    question: question.name,
    title: question.title,
    texts: entries.map((e) => e.entry),
    byDomain: splitByDomain(entries, (part) => part.map((e) => e.entry)),
    misfits,
  };
}
