import { mergedExampleRecords } from '../unit/cli/support/examples.ts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SurveyResults } from '../../extension/components/survey-results.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';

afterEach(cleanup);

const { definitions } = loadDefinitions(DEFINITION_SOURCES);

describe('the survey results on the dashboard', () => {
  it('draw each question of the example survey as a labelled Plot chart, with the figures as a table', async () => {
    render(<SurveyResults analysis={analyseRegiobeeld('helmond-de-peel', mergedExampleRecords(), definitions)} />);
    const results = screen.getAllByTestId('survey-result');
    expect(results.map((r) => r.dataset['surveyId'])).toEqual(['knelpunten-en-prioriteiten']);
    const figures = within(results[0] as HTMLElement).getAllByTestId('survey-chart');
    await waitFor(() => expect(figures.every((figure) => figure.querySelector('svg') !== null)).toBe(true));
    for (const figure of figures) {
      const svg = figure.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe(figure.querySelector('figcaption')?.textContent);
      const rows = [...within(figure).getByTestId('chart-table').querySelectorAll('tbody tr')];
      expect(rows.length).toBeGreaterThan(0);
      // A bar for every group with a value; a heat map cell for every domain and theme.
      const marks = figure.dataset['kind'] === 'bars' ? rows.filter((row) => row.children[2]?.textContent !== '–').length : rows.length * ((rows[0]?.children.length ?? 1) - 1);
      expect(svg?.querySelectorAll('g[data-mark="bar"] rect, g[data-mark="cell"] rect')).toHaveLength(marks);
    }
    expect(figures.some((figure) => figure.querySelectorAll('g[data-mark="bar"] rect').length > 10)).toBe(true);
    const heatmap = figures.find((figure) => figure.dataset['kind'] === 'heatmap');
    expect(heatmap?.querySelector('figcaption')?.textContent).toMatch(/^Urgentie per domein en thema: Welke knelpunten/);
    const urgency = figures.find((figure) => figure.dataset['question'] === 'urgentie-personeelstekort');
    expect([...(urgency?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent).slice(1))).toEqual([
      ['Alle partners', '4,2', '5', '4–5', '3–5'],
      ['Zorg', '4,5', '2', '4,3–4,8', '4–5'],
      ['Sociaal domein', '3,5', '2', '3,3–3,8', '3–4'],
      ['Zorgverzekeraar of zorgkantoor', '5', '1', '5–5', '5–5'],
    ]);
  });

  it('say so when no survey was completed', () => {
    render(<SurveyResults analysis={analyseRegiobeeld('helmond-de-peel', [], definitions)} />);
    expect(screen.getByTestId('survey-results').textContent).toContain('Nog geen ingevulde vragenlijsten.');
  });
});
