import { describe, expect, it } from 'vitest';
import { aggregateChoice } from '../../../shared/survey/aggregate-choice.ts';
import { aggregateText } from '../../../shared/survey/aggregate-text.ts';
import { answers, question, toets } from './support/toets-survey.ts';

const groepen = question(toets(1), 'groepen', 'choice');
const rol = question(toets(1), 'rol', 'choice');
const counts = (choices: readonly { value: unknown; count: number; share: number | null }[]) => choices.map(({ value, count, share }) => [value, count, share]);

describe('checkbox aggregation', () => {
  it('counts each choice with its share of the respondents who answered, Other included', () => {
    const result = aggregateChoice(groepen, answers([['x', 'other'], ['x', 'y'], [], ['x']], [], ['Laaggeletterden', null, null, null]), undefined);
    expect(result.overall.respondents).toBe(3);
    expect(counts(result.overall.choices)).toEqual([
      ['x', 3, 1],
      ['y', 1, 1 / 3],
      ['z', 0, 0],
      ['other', 1, 1 / 3],
    ]);
    expect(result.otherTexts.map((e) => [e.text, e.organisation])).toEqual([['Laaggeletterden', 'Partner 1']]);
    expect(result.multiple).toBe(true);
  });

  it('flags an answer that is not a list, names an unknown choice or repeats one', () => {
    const result = aggregateChoice(groepen, answers(['x', ['q'], ['x', 'x'], ['y']]), undefined);
    expect(result.misfits.map((m) => [m.value, m.reason])).toEqual([
      ['x', 'wrong-type'],
      [['q'], 'unknown-choice'],
      [['x', 'x'], 'duplicate-choice'],
    ]);
    expect(counts(result.overall.choices).find(([value]) => value === 'y')).toEqual(['y', 1, 1]);
  });

  it('has no shares when nobody answered', () => {
    expect(counts(aggregateChoice(groepen, answers([undefined]), undefined).overall.choices)[0]).toEqual(['x', 0, null]);
  });

  it('splits counts by domain', () => {
    const result = aggregateChoice(groepen, answers([['x'], ['y'], ['x', 'y']], ['zorg', 'verzekeraar', 'verzekeraar']), undefined);
    expect(result.byDomain.map((p) => [p.domain, p.stats.respondents, counts(p.stats.choices).slice(0, 2)])).toEqual([
      [
        'zorg',
        1,
        [
          ['x', 1, 1],
          ['y', 0, 0],
        ],
      ],
      [
        'verzekeraar',
        2,
        [
          ['x', 1, 0.5],
          ['y', 2, 1],
        ],
      ],
    ]);
  });
});

describe('radiogroup aggregation', () => {
  it('reads one value per answer and flags a list', () => {
    const result = aggregateChoice(rol, answers(['p', 'q', 'p', ['p']]), undefined);
    expect(counts(result.overall.choices)).toEqual([
      ['p', 2, 2 / 3],
      ['q', 1, 1 / 3],
    ]);
    expect(result.misfits.map((m) => m.reason)).toEqual(['wrong-type']);
    expect(result.multiple).toBe(false);
  });
});

describe('text aggregation', () => {
  it('keeps each text with its partner and domain, trimmed, and flags what is not text', () => {
    const result = aggregateText(
      question(toets(1), 'toelichting', 'text'),
      answers(['  Veel wachtlijsten  ', '', 42, 'Te weinig handen'], ['zorg', 'zorg', 'zorg', 'inwoners']),
    );
    expect(result.texts.map((e) => [e.text, e.partnerId, e.domain])).toEqual([
      ['Veel wachtlijsten', expect.any(String), 'zorg'],
      ['Te weinig handen', expect.any(String), 'inwoners'],
    ]);
    expect(result.byDomain.map((p) => [p.domain, p.stats.length])).toEqual([
      ['zorg', 1],
      ['inwoners', 1],
    ]);
    expect(result.misfits.map((m) => [m.value, m.reason])).toEqual([[42, 'wrong-type']]);
  });
});
