import { describe, expect, it } from 'vitest';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import type { SurveyJson } from '../../../shared/survey/definition.ts';
import { REASON_SHOWN_CHARS, REASONS_SHOWN, roundReasons, withReasonFields } from '../../../shared/survey/round-reasons.ts';
import { roundPrefill } from '../../../shared/survey/round-prefill.ts';
import { recordId } from '../../support/fake-records.ts';
import { responseRecord, toets } from './support/toets-survey.ts';

const definition = toets(1);
const round2 = { round: 2 };
const partner = (n: number) => recordId(0xe0 + n);

describe('withReasonFields', () => {
  it('gives each rating, matrix and ranking a comment area for the reason, and leaves choices and text alone', () => {
    const json = withReasonFields(definition.survey, definition.questions) as SurveyJson & { pages: { elements: { [key: string]: unknown }[] }[] };
    const withArea = json.pages.flatMap((page) => page.elements).filter((element) => element['showCommentArea'] === true);
    expect(withArea.map((element) => element['name'])).toEqual(['urgentie', 'cijfer', 'top', 'stellingen']);
    expect(withArea[0]?.['commentText']).toEqual({
      default: 'Waarom? Een korte reden (niet verplicht; in de volgende ronde zonder naam getoond)',
      en: 'Why? A short reason (optional; shown without your name in the next round)',
    });
    expect(JSON.stringify(definition.survey)).not.toContain('showCommentArea');
  });
});

describe('roundReasons', () => {
  it('gives the reasons per question without who gave them, in text order, shortened and capped', () => {
    const long = `Lang ${'x'.repeat(400)}`;
    const responses = [
      responseRecord(1, partner(1), { urgentie: 4, 'urgentie-Comment': '  Zorgvraag\n groeit  ' }, round2),
      responseRecord(2, partner(2), { urgentie: 2, 'urgentie-Comment': 'Aanbod is op orde', 'top-Comment': long }, round2),
      responseRecord(3, partner(3), { urgentie: 3, 'urgentie-Comment': '   ', 'groepen-Comment': 'anders' }, round2),
    ];
    const reasons = roundReasons(definition.questions, responses);
    expect(reasons.map((r) => r.question)).toEqual(['urgentie', 'top']);
    expect(reasons[0]).toEqual({ question: 'urgentie', shown: ['Aanbod is op orde', 'Zorgvraag groeit'], more: 0 });
    const shortened = reasons[1]?.shown[0] ?? '';
    expect(shortened).toHaveLength(REASON_SHOWN_CHARS);
    expect(shortened.endsWith('…')).toBe(true);
  });

  it('shows at most a few reasons per question and counts the rest', () => {
    const responses = Array.from({ length: REASONS_SHOWN + 3 }, (_, i) =>
      responseRecord(i + 1, partner(i + 1), { 'cijfer-Comment': `Reden ${String(i).padStart(2, '0')}` }, round2),
    );
    const [reasons] = roundReasons(definition.questions, responses);
    expect(reasons?.shown).toHaveLength(REASONS_SHOWN);
    expect(reasons?.more).toBe(3);
  });

  it('picks the reasons it shows by their text, not by the alphabet or the order they came in, and shows them in text order', () => {
    const texts = Array.from({ length: REASONS_SHOWN + 4 }, (_, i) => `Reden ${String(i).padStart(2, '0')}`);
    const responses = texts.map((text, i) => responseRecord(i + 1, partner(i + 1), { 'cijfer-Comment': text }, round2));
    const [reasons] = roundReasons(definition.questions, responses);
    const [reversed] = roundReasons(definition.questions, [...responses].reverse());
    expect(reasons?.shown).toEqual(reversed?.shown);
    expect(reasons?.shown).toEqual([...(reasons?.shown ?? [])].sort());
    // Alphabetically first would always be "Reden 00" to "Reden 07".
    expect(reasons?.shown).not.toEqual(texts.slice(0, REASONS_SHOWN));
  });

  it('shortens by characters as a reader counts them, never splitting an emoji, a family or a flag', () => {
    for (const character of ['👵', '👨‍👩‍👧', '🇳🇱']) {
      const responses = [responseRecord(1, partner(1), { 'cijfer-Comment': character.repeat(400) }, round2)];
      const shown = roundReasons(definition.questions, responses)[0]?.shown[0] ?? '';
      expect(shown).toBe(`${character.repeat(REASON_SHOWN_CHARS - 1)}…`);
    }
  });

  it('reads no reason that is not text, and none a name such as "__proto__" inherits', () => {
    const responses = [responseRecord(1, partner(1), JSON.parse('{"urgentie-Comment": 5, "__proto__": {"cijfer-Comment": "geërfd"}}'), round2)];
    expect(roundReasons(definition.questions, responses)).toEqual([]);
  });
});

describe('reasons beside the answers', () => {
  it('are carried into the next round with the answer they belong to', () => {
    const own = responseRecord(1, partner(1), { urgentie: 4, 'urgentie-Comment': 'Zorgvraag groeit', 'groepen-Comment': 'niet van deze vraag' }, round2);
    expect(roundPrefill(definition, own, [])).toEqual({ urgentie: 4, 'urgentie-Comment': 'Zorgvraag groeit' });
  });

  it('are not counted as answers to an unknown question in the survey results', () => {
    const records = [responseRecord(1, partner(1), { urgentie: 4, 'urgentie-Comment': 'Zorgvraag groeit', 'onbekend-Comment': 'x' })];
    const [result] = aggregateSurveys([definition], records).surveys;
    expect(result?.unknownAnswers.map((misfit) => misfit.question)).toEqual(['onbekend-Comment']);
  });
});
