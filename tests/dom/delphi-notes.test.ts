import { describe, expect, it } from 'vitest';
import type { DelphiFeedback } from '../../shared/survey/delphi.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { delphiNotes } from '../../extension/features/surveys/delphi-notes.ts';

const definition = loadDefinitions(DEFINITION_SOURCES).definitions.find((d) => d.header.id === 'knelpunten-en-prioriteiten');

describe('Delphi notes', () => {
  it('give the group figures with the partners who answered that question, in Dutch and English numbers', () => {
    if (definition === undefined) throw new Error('no survey');
    const feedback: DelphiFeedback = {
      surveyId: definition.header.id,
      respondents: 5,
      misfits: [],
      reasons: [],
      items: [
        { question: 'urgentie-personeelstekort', kind: 'rating', n: 4, median: 3.5, q1: 3, q3: 4.5, iqr: 1.5, consensus: false, own: 2 },
        { question: 'urgentie-vergrijzing', kind: 'rating', n: 0, median: null, q1: null, q3: null, iqr: null, consensus: null, own: null },
        { question: 'top-knelpunten', kind: 'ranking-choice', item: 'issue-1', n: 2, median: 1.5, q1: 1, q3: 2, iqr: 1, consensus: null, own: 1 },
        { question: 'top-knelpunten', kind: 'ranking-choice', item: 'issue-2', n: 0, median: null, q1: null, q3: null, iqr: null, consensus: null, own: 2 },
      ],
    };
    const notes = delphiNotes(feedback, definition, [
      { id: 'issue-1', title: 'Wachttijden $1 ggz' },
      { id: 'issue-2', title: 'Eenzaamheid' },
    ]);
    expect(notes.get('urgentie-personeelstekort')).toEqual({
      nl: 'Vorige ronde (partners: 4): mediaan 3,5, middelste helft 3–4,5. De meningen liepen uiteen. Uw antwoord toen: 2.',
      en: 'Previous round (partners: 4): median 3.5, middle half 3–4.5. Opinions differed. Your answer then: 2.',
    });
    expect(notes.has('urgentie-vergrijzing')).toBe(false);
    expect(notes.get('top-knelpunten')?.nl).toBe(
      'Vorige ronde (partners: 2), mediane plaats en middelste helft:\n• Wachttijden $1 ggz: 1,5 (1–2), u: 1\n• Eenzaamheid: u: 2',
    );
  });

  it('add the reasons of the previous round under the figures, and a question with reasons only gets them alone', () => {
    if (definition === undefined) throw new Error('no survey');
    const feedback: DelphiFeedback = {
      surveyId: definition.header.id,
      respondents: 3,
      misfits: [],
      items: [{ question: 'urgentie-personeelstekort', kind: 'rating', n: 3, median: 4, q1: 4, q3: 4.5, iqr: 0.5, consensus: true, own: null }],
      reasons: [
        { question: 'urgentie-personeelstekort', shown: ['<b>Vacatures</b> blijven open', 'Wachtlijst thuiszorg'], more: 2 },
        { question: 'urgentie-vergrijzing', shown: ['Meer 80-plussers'], more: 0 },
      ],
    };
    const notes = delphiNotes(feedback, definition, []);
    expect(notes.get('urgentie-personeelstekort')).toEqual({
      nl: 'Vorige ronde (partners: 3): mediaan 4, middelste helft 4–4,5. Daarover was overeenstemming.\n\nRedenen die partners vorige ronde gaven (zonder naam):\n• <b>Vacatures</b> blijven open\n• Wachtlijst thuiszorg\nen nog 2 meer',
      en: 'Previous round (partners: 3): median 4, middle half 4–4.5. There was consensus on this.\n\nReasons partners gave in the previous round (without names):\n• <b>Vacatures</b> blijven open\n• Wachtlijst thuiszorg\nand 2 more',
    });
    expect(notes.get('urgentie-vergrijzing')?.nl).toBe('Redenen die partners vorige ronde gaven (zonder naam):\n• Meer 80-plussers');
  });
});
