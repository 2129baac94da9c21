import { compareText } from '../canonical/compare-text.ts';
import type { JsonValue } from '../schema/json-value.ts';
import type { LiveRecord } from '../schema/record.ts';
import type { SurveyJson } from './definition.ts';
import type { Label } from './label.ts';
import { COMMENT_SUFFIX, type QuestionInfo } from './questions.ts';
import { isRecord } from './survey-json.ts';

type Response = LiveRecord<'surveyResponse'>;

/** The questions whose answer a partner can explain: those the Delphi feedback gives figures for. */
export function takesReason(question: QuestionInfo): boolean {
  return question.kind === 'rating' || question.kind === 'matrix' || question.kind === 'ranking';
}

/** Where SurveyJS keeps a question's comment area: "<name>-Comment", beside the answer itself. */
export function reasonKey(name: string): string {
  return `${name}${COMMENT_SUFFIX}`;
}

/** How much of one reason the next round shows, and how many reasons per question. */
export const REASON_SHOWN_CHARS = 280;
export const REASONS_SHOWN = 8;

/** The label of the reason field, in both languages, as SurveyJS localises a text. */
const REASON_LABEL: Label = {
  nl: 'Waarom? Een korte reden (niet verplicht, anoniem gedeeld in de volgende ronde)',
  en: 'Why? A short reason (optional, shared anonymously in the next round)',
};

/**
 * A next round asks for a reason beside each rating, matrix and ranking, as Delphi practice does
 * once partners have seen the group's figures: SurveyJS's own comment area, stored in the answers
 * under "<name>-Comment". The first round stays as its definition has it.
 */
export function withReasonFields(survey: SurveyJson, questions: readonly QuestionInfo[]): SurveyJson {
  const names = new Set(questions.filter(takesReason).map((question) => question.name));
  return names.size === 0 ? survey : (withReasons(survey, names) as SurveyJson);
}

function withReasons(value: JsonValue, names: ReadonlySet<string>): JsonValue {
  if (Array.isArray(value)) return value.map((item) => withReasons(item, names));
  if (!isRecord(value)) return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) out[key] = withReasons(item, names);
  if (typeof value['name'] === 'string' && typeof value['type'] === 'string' && names.has(value['name'])) {
    out['showCommentArea'] = true;
    out['commentText'] = { default: REASON_LABEL.nl, en: REASON_LABEL.en };
  }
  return out;
}

/** The reasons the partners gave for one question, without who gave them. */
export interface RoundReasons {
  readonly question: string;
  /** Shortened to REASON_SHOWN_CHARS, at most REASONS_SHOWN, in text order so no order tells who wrote which. */
  readonly shown: readonly string[];
  /** Reasons given beyond those shown. */
  readonly more: number;
}

/**
 * The reasons of a round, per question, for the next round: one voice per partner (the responses
 * given, already its latest), the partner's own included, never with a name or an order that
 * tells who wrote what. Text stays text: it is shown through the question's description.
 */
export function roundReasons(questions: readonly QuestionInfo[], responses: readonly Response[]): RoundReasons[] {
  return questions.filter(takesReason).flatMap((question) => {
    const texts = responses.flatMap((response) => {
      const key = reasonKey(question.name);
      const value = Object.hasOwn(response.body.answers, key) ? response.body.answers[key] : undefined;
      const text = typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : '';
      return text === '' ? [] : [text.length > REASON_SHOWN_CHARS ? `${text.slice(0, REASON_SHOWN_CHARS - 1).trimEnd()}…` : text];
    });
    if (texts.length === 0) return [];
    texts.sort(compareText);
    return [{ question: question.name, shown: texts.slice(0, REASONS_SHOWN), more: Math.max(0, texts.length - REASONS_SHOWN) }];
  });
}
