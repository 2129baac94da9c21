import { liveVersion } from '../../../../shared/records/versions.ts';
import type { JsonValue } from '../../../../shared/schema/json-value.ts';
import type { Domain } from '../../../../shared/schema/partner.ts';
import type { LiveRecord, RecordOfType } from '../../../../shared/schema/record.ts';
import type { Answer, DomainKey, Respondent } from '../../../../shared/survey/answers.ts';
import { definitionRef, type SurveyDefinition } from '../../../../shared/survey/definition.ts';
import { loadDefinitions } from '../../../../shared/survey/load-definitions.ts';
import type { QuestionInfo } from '../../../../shared/survey/questions.ts';
import { recordId, REGION } from '../../../support/fake-records.ts';

/** A localizable SurveyJS text. */
export const t = (nl: string, en = `${nl} (en)`) => ({ default: nl, en });
export const item = (value: string | number, nl = String(value)) => ({ value, text: t(nl) });

const likert = [1, 2, 3, 4, 5].map((n) => item(n));

/**
 * A small survey with one question of each kind. Version 2 keeps most names, drops choice "z",
 * turns "rol" from radiogroup into checkbox, widens the scale of "cijfer", drops "oud" and adds "nieuw".
 */
export function toetsJson(version: 1 | 2): { regiobeeld: JsonValue; survey: { [key: string]: JsonValue } } {
  const title = { nl: 'Toets', en: 'Test' };
  return {
    regiobeeld: { id: 'toets', version, title, description: { nl: 'Een toets.', en: 'A test.' }, themes: ['vergrijzing'] },
    survey: {
      title: { default: title.nl, en: title.en },
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'urgentie', title: t('Urgentie') },
            { type: 'rating', name: 'cijfer', title: t('Cijfer'), rateMin: 1, rateMax: version === 1 ? 5 : 10 },
            { type: 'ranking', name: 'top', title: t('Top'), choicesFromIssues: true, choices: [item('a'), item('b'), item('c')] },
            {
              type: 'checkbox',
              name: 'groepen',
              title: t('Groepen'),
              choices: version === 1 ? [item('x'), item('y'), item('z')] : [item('x'), item('y')],
              showOtherItem: true,
              otherText: t('Anders'),
            },
            { type: version === 1 ? 'radiogroup' : 'checkbox', name: 'rol', title: t('Rol'), choices: [item('p'), item('q')] },
            {
              type: 'matrix',
              name: 'stellingen',
              title: t('Stellingen'),
              columns: [...likert, item('weet-niet', 'Weet ik niet')],
              rows: [item('r1'), item('r2')],
            },
            { type: 'comment', name: 'toelichting', title: t('Toelichting'), visibleIf: '{urgentie} >= 4' },
            version === 1 ? { type: 'comment', name: 'oud', title: t('Oud') } : { type: 'text', name: 'nieuw', title: t('Nieuw') },
          ],
        },
      ],
    },
  };
}

export function toets(version: 1 | 2 = 1): SurveyDefinition {
  const { definitions, problems } = loadDefinitions([{ fileName: `toets.v${version}.json`, content: toetsJson(version) }]);
  const definition = definitions[0];
  if (problems.length > 0 || !definition) throw new Error(`test survey does not load: ${JSON.stringify(problems)}`);
  return definition;
}

export function question<K extends QuestionInfo['kind']>(definition: SurveyDefinition, name: string, kind: K): Extract<QuestionInfo, { kind: K }> {
  const found = definition.questions.find((q): q is Extract<QuestionInfo, { kind: K }> => q.name === name && q.kind === kind);
  if (!found) throw new Error(`no ${kind} question "${name}"`);
  return found;
}

export const PARTNER = { zorg: recordId(0xa1), verzekeraar: recordId(0xa2), sociaal: recordId(0xa3), zonderRecord: recordId(0xa4) } as const;

export function respondent(n: number, domain: DomainKey = 'zorg', version = 1): Respondent {
  return { responseId: recordId(0x100 + n), partnerId: recordId(0x200 + n), organisation: `Partner ${n}`, domain, version };
}

/** Answers to one question, one per respondent, in the given domains (zorg when not given). */
export function answers(values: readonly (JsonValue | undefined)[], domains: readonly DomainKey[] = [], otherTexts: readonly (string | null)[] = []): Answer[] {
  return values.map((value, i) => ({ respondent: respondent(i + 1, domains[i] ?? 'zorg'), value: value ?? null, otherText: otherTexts[i] ?? null }));
}

export function partnerRecord(id: string, domain: Domain, organisation: string): RecordOfType<'partner'> {
  return liveVersion(
    'partner',
    id,
    { organisation, domain, regionName: 'Helmond-De Peel' },
    { region: REGION, origin: id, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
  );
}

interface ResponseOptions {
  readonly definition?: SurveyDefinition;
  readonly at?: string;
  readonly status?: 'completed' | 'in-progress';
  readonly round?: number;
  readonly survey?: { id: string; version: number; hash: string };
  /** Per question, the issues it offered (`SurveyResponseBody.offered`). */
  readonly offered?: { readonly [question: string]: readonly string[] };
}

export function responseRecord(
  n: number,
  origin: string,
  answersByName: { [name: string]: JsonValue },
  options: ResponseOptions = {},
): LiveRecord<'surveyResponse'> {
  const survey = options.survey ?? definitionRef(options.definition ?? toets(1));
  const body = {
    survey,
    status: options.status ?? 'completed',
    answers: answersByName,
    ...(options.round === undefined ? {} : { round: options.round }),
    ...(options.offered === undefined
      ? {}
      : { offered: Object.entries(options.offered).map(([question, issueIds]) => ({ question, issueIds: [...issueIds] })) }),
  };
  const record = liveVersion('surveyResponse', recordId(0x300 + n), body, { region: REGION, origin, updatedAt: options.at ?? '2026-10-02T09:00:00.000Z-0000' });
  return { ...record, deleted: false, body };
}
