import { mergedExampleRecords } from '../unit/cli/support/examples.ts';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RegiobeeldSummary } from '../../extension/components/regiobeeld-summary.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';

afterEach(cleanup);

const records = mergedExampleRecords();
const { definitions } = loadDefinitions(DEFINITION_SOURCES);

describe('the shared regiobeeld on the dashboard', () => {
  it('shows the five example partners by domain, the gespreksagenda and the issues by survey priority', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, definitions)} />);
    expect(screen.getByTestId('regiobeeld-counts').textContent).toBe('52 waarnemingen, 10 knelpunten, 5 ingevulde vragenlijsten');
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Zorgkantoor Zuidoost-Brabant');
    const shared = screen.getAllByTestId('agenda-group').find((group) => group.dataset['kind'] === 'shared-priority');
    expect(shared === undefined ? [] : within(shared).getAllByTestId('agenda-item').map((item) => item.textContent)[0]).toMatch(/^Huisartsentekort: inwoners zonder huisarts \(plaats 1 · 7 waarnemingen\)$/);
    const rows = screen.getAllByTestId('issue-row');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.querySelectorAll('td')[3]?.textContent).toBe('1');
  });

  it('names beside each issue the goals and actions that rest on it', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, definitions)} />);
    const resting = (title: string) => {
      const row = screen.getAllByTestId('issue-row').find((element) => element.querySelector('td')?.firstChild?.textContent === title);
      return row === undefined ? undefined : within(row).queryAllByTestId('record-plan-item').map((item) => item.textContent);
    };
    expect(resting('Huisartsentekort: inwoners zonder huisarts')).toEqual(['Doel: Elke inwoner heeft een vaste huisarts']);
    expect(resting('Lange wachttijden in de GGZ voor jongeren')).toEqual(['Doel: Jongeren met psychische klachten krijgen binnen acht weken hulp']);
    expect(resting('Geldzorgen en gezondheid')).toEqual([]);
  });

  it('says how the agenda comes about while no survey ranked any issue', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records.filter((record) => record.type !== 'surveyResponse'), definitions)} />);
    expect(screen.queryAllByTestId('agenda-item')).toEqual([]);
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Nog geen agenda: die ontstaat zodra partners knelpunten hebben gerangschikt');
  });
});
