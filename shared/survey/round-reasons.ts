import { compareText } from '../canonical/compare-text.ts';
import { sha256Hex } from '../canonical/hash.ts';
import type { LiveRecord } from '../schema/record.ts';
import type { SurveyJson } from './definition.ts';
import type { Label } from './label.ts';
import { COMMENT_SUFFIX, type QuestionInfo } from './questions.ts';
import { editQuestions } from './survey-json.ts';

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

/**
 * The label of the reason field, in both languages, as SurveyJS localises a text: it is part of
 * the survey's JSON, which carries both languages as the definitions do. The reason travels in the
 * partner's signed response; only the next round's view leaves the name out.
 */
const REASON_LABEL: Label = {
  nl: 'Waarom? Een korte reden (niet verplicht; in de volgende ronde zonder naam getoond)',
  en: 'Why? A short reason (optional; shown without your name in the next round)',
};

/**
 * A next round asks for a reason beside each rating, matrix and ranking, as Delphi practice does
 * once partners have seen the group's figures: SurveyJS's own comment area, stored in the answers
 * under "<name>-Comment". The first round stays as its definition has it.
 */
export function withReasonFields(survey: SurveyJson, questions: readonly QuestionInfo[]): SurveyJson {
  const names = new Set(questions.filter(takesReason).map((question) => question.name));
  if (names.size === 0) return survey;
  return editQuestions(survey, (_question, name) =>
    names.has(name) ? { showCommentArea: true, commentText: { default: REASON_LABEL.nl, en: REASON_LABEL.en } } : undefined,
  ) as SurveyJson;
}

/** The reasons the partners gave for one question, without who gave them. */
export interface RoundReasons {
  readonly question: string;
  /** Shortened to REASON_SHOWN_CHARS, at most REASONS_SHOWN (picked by a hash of the text), in text order so no order tells who wrote which. */
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
    const key = reasonKey(question.name);
    const texts = responses.flatMap((response) => {
      const value = Object.hasOwn(response.body.answers, key) ? response.body.answers[key] : undefined;
      const text = typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : '';
      return text === '' ? [] : [shortened(text)];
    });
    if (texts.length === 0) return [];
    // Which reasons are shown goes by a hash of their text, not by the alphabet, so a reason starting
    // with "A" is not shown first and always; salted with all the round's reasons, so no partner can
    // write a text that is sure to be picked. Every installation still picks the same ones.
    const salt = sha256Hex([...texts].sort(compareText).join('\n'));
    const picked = texts
      .map((text) => ({ text, rank: sha256Hex(`${salt}\n${text}`) }))
      .sort((a, b) => compareText(a.rank, b.rank) || compareText(a.text, b.text))
      .slice(0, REASONS_SHOWN)
      .map(({ text }) => text)
      .sort(compareText);
    return [{ question: question.name, shown: picked, more: texts.length - picked.length }];
  });
}

const GRAPHEMES = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** At most REASON_SHOWN_CHARS characters as a reader counts them: a family emoji or a flag is one, never cut in two. */
function shortened(text: string): string {
  const characters = Array.from(GRAPHEMES.segment(text), (part) => part.segment);
  return characters.length <= REASON_SHOWN_CHARS
    ? text
    : `${characters
        .slice(0, REASON_SHOWN_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}
