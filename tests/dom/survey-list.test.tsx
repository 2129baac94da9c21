import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SurveyList } from '../../extension/features/surveys/survey-list.tsx';
import { liveVersion } from '../../shared/records/versions.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { recordId, REGION } from '../support/fake-records.ts';

afterEach(cleanup);

const ME = recordId(0x601);
const OTHER = recordId(0x602);
const loaded = loadDefinitions([...DEFINITION_SOURCES, { fileName: 'kapot.v1.json', content: { regiobeeld: { id: 'kapot' } } }]);
const knelpunten = loaded.definitions.find((d) => d.header.id === 'knelpunten-en-prioriteiten');

function response(
  n: number,
  origin: string,
  status: 'completed' | 'in-progress',
  extra: { round?: number; survey?: { id: string; version: number; hash: string } } = {},
) {
  if (knelpunten === undefined) throw new Error('no survey');
  const body = {
    survey: extra.survey ?? definitionRef(knelpunten),
    status,
    answers: {},
    ...(status === 'completed' ? { completedAt: '2026-11-20T10:00:00.000Z' } : {}),
    ...(extra.round === undefined ? {} : { round: extra.round }),
  };
  return liveVersion('surveyResponse', recordId(0x700 + n), body, { region: REGION, origin, updatedAt: `2026-11-2${n}T10:00:00.000Z-0000` });
}

function item(id: string): HTMLElement {
  const found = screen.getAllByTestId('survey-item').find((element) => element.dataset['surveyId'] === id);
  if (found === undefined) throw new Error(`no item for ${id}`);
  return found;
}

describe('the survey list', () => {
  it("shows each survey with the partner's state and what it can do next", () => {
    render(
      <SurveyList
        loaded={loaded}
        records={[
          response(1, ME, 'completed'),
          response(2, OTHER, 'in-progress', { survey: { id: 'samenwerking-en-gedeelde-urgentie', version: 1, hash: 'a'.repeat(64) } }),
        ]}
        origin={ME}
      />,
    );
    const done = item('knelpunten-en-prioriteiten');
    expect(done.dataset['state']).toBe('completed');
    expect(within(done).getByTestId('survey-state').textContent).toMatch(/^Ingevuld op /);
    expect(within(done).getByTestId('survey-open').textContent).toBe('Bekijken of aanpassen');
    expect(within(done).getByTestId('survey-next-round').getAttribute('href')).toBe('survey.html?survey=knelpunten-en-prioriteiten&round=2');
    const untouched = item('samenwerking-en-gedeelde-urgentie');
    expect(untouched.dataset['state']).toBe('not-started');
    expect(within(untouched).queryByTestId('survey-next-round')).toBeNull();
    expect(within(untouched).getByTestId('survey-open').textContent).toBe('Invullen');
  });

  it('names a definition that does not load, and keeps answers to a survey not known here in sight', () => {
    render(
      <SurveyList
        loaded={loaded}
        records={[response(3, OTHER, 'completed', { survey: { id: 'oude-peiling', version: 3, hash: 'b'.repeat(64) } })]}
        origin={ME}
      />,
    );
    expect(screen.getAllByTestId('survey-item').map((element) => element.dataset['surveyId'])).not.toContain('kapot');
    expect(screen.getAllByTestId('survey-problem')[0]?.textContent).toMatch(/^De vragenlijst in kapot\.v1\.json wordt niet aangeboden: /);
    expect(screen.getByTestId('survey-unmatched').textContent).toBe(
      'oude-peiling versie 3: bewaard en in uw export, maar niet meegeteld tot deze versie hier bekend is.',
    );
  });

  it('shows a next round another partner started as not started for this partner', () => {
    render(<SurveyList loaded={loaded} records={[response(4, ME, 'completed'), response(5, OTHER, 'in-progress', { round: 2 })]} origin={ME} />);
    const next = item('knelpunten-en-prioriteiten');
    expect(next.dataset['round']).toBe('2');
    expect(next.dataset['state']).toBe('not-started');
    expect(next.textContent).toContain('Ronde 2');
  });

  it("stays in the region's round when a response names a round that does not follow, and says it is not counted", () => {
    render(<SurveyList loaded={loaded} records={[response(6, ME, 'completed'), response(7, OTHER, 'completed', { round: 20 })]} origin={ME} />);
    expect(item('knelpunten-en-prioriteiten').dataset['round']).toBe('1');
    expect(screen.getByTestId('survey-out-of-round').textContent).toBe(
      'knelpunten-en-prioriteiten, ronde 20: de ronde ervoor heeft geen ingevuld antwoord, dus deze ronde volgt niet op die van de regio. Het antwoord is bewaard maar telt niet mee.',
    );
  });
});
