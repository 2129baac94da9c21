import { mergedExampleRecords } from '../unit/cli/support/examples.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SurveyResults } from '../../extension/features/regiobeeld/survey-results.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const { definitions } = loadDefinitions(DEFINITION_SOURCES);
const example = () => analyseRegiobeeld('helmond-de-peel', mergedExampleRecords(), definitions);

/** The chart's caption: the summary that folds it. */
const caption = (figure: Element) => figure.querySelector(':scope > details > summary');
const fold = (figure: Element) => figure.querySelector<HTMLDetailsElement>(':scope > details');
const folds = () => screen.getAllByTestId('survey-chart').map((figure) => fold(figure)?.open);

/** Folds or opens a chart as the user does, by its caption; resolves once the component has heard of it. */
function clickCaption(figure: Element): Promise<void> {
  const heard = new Promise<void>((resolve) => fold(figure)?.addEventListener('toggle', () => setTimeout(resolve), { once: true }));
  fireEvent.click(caption(figure) as Element);
  return heard;
}

describe('the survey results on the dashboard', () => {
  it('draw each question of the example survey as a labelled Plot chart, with the figures as a table', async () => {
    render(<SurveyResults analysis={example()} />);
    const results = screen.getAllByTestId('survey-result');
    expect(results.map((r) => r.dataset['surveyId'])).toEqual(['knelpunten-en-prioriteiten']);
    const figures = within(results[0] as HTMLElement).getAllByTestId('survey-chart');
    await waitFor(() => expect(figures.every((figure) => figure.querySelector('svg') !== null)).toBe(true));
    for (const figure of figures) {
      const svg = figure.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe(caption(figure)?.textContent);
      expect(figure.getAttribute('aria-labelledby')).toBe(caption(figure)?.id);
      const rows = [...within(figure).getByTestId('chart-table').querySelectorAll('tbody tr')];
      expect(rows.length).toBeGreaterThan(0);
      // A bar for every group with a value; a heat map cell for every domain and theme.
      const marks =
        figure.dataset['kind'] === 'bars'
          ? rows.filter((row) => row.children[2]?.textContent !== '–').length
          : rows.length * ((rows[0]?.children.length ?? 1) - 1);
      expect(svg?.querySelectorAll('g[data-mark="bar"] rect, g[data-mark="cell"] rect')).toHaveLength(marks);
    }
    expect(figures.some((figure) => figure.querySelectorAll('g[data-mark="bar"] rect').length > 10)).toBe(true);
    const heatmap = figures.find((figure) => figure.dataset['kind'] === 'heatmap');
    expect(heatmap && caption(heatmap)?.textContent).toMatch(/^Urgentie per domein en thema: Welke knelpunten/);
    const urgency = figures.find((figure) => figure.dataset['question'] === 'urgentie-personeelstekort');
    expect([...(urgency?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent).slice(1))).toEqual([
      ['Alle partners', '4,2', '5', '4–5', '3–5'],
      ['Zorg', '4,5', '2', '4,3–4,8', '4–5'],
      ['Sociaal domein', '3,5', '2', '3,3–3,8', '3–4'],
      ['Zorgverzekeraar of zorgkantoor', '5', '1', '5–5', '5–5'],
    ]);
  });

  it('list the charts of each survey as links to their figures, with ids that stay unique when surveys share question names', () => {
    const analysis = example();
    const [survey] = analysis.surveys.surveys;
    if (survey === undefined) throw new Error('the examples hold a completed survey');
    // The same questions again: in a second round, and in a survey whose id holds characters an id cannot carry as they are.
    const surveys = [survey, { ...survey, round: 2 }, { ...survey, surveyId: 'knelpunten en.prioriteiten' }];
    render(<SurveyResults analysis={{ ...analysis, surveys: { ...analysis.surveys, surveys } }} />);
    const results = screen.getAllByTestId('survey-result');
    expect(results).toHaveLength(3);
    const ids = screen.getAllByTestId('survey-chart').map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of results) {
      const figures = within(result).getAllByTestId('survey-chart');
      const links = within(within(result).getByTestId('survey-chart-index')).getAllByTestId('survey-chart-link');
      expect(figures.length).toBeGreaterThan(5);
      expect(links.map((link) => [link.textContent, link.dataset['kind'], link.dataset['question']])).toEqual(
        figures.map((figure) => [caption(figure)?.textContent, figure.dataset['kind'], figure.dataset['question']]),
      );
      links.forEach((link, index) => {
        const href = link.getAttribute('href') ?? '';
        expect(href).toMatch(/^#[\w.-]+$/);
        expect(document.getElementById(href.slice(1))).toBe(figures[index]);
      });
    }
    expect(screen.getAllByRole('navigation', { name: /^Vragen in deze vragenlijst Knelpunten en prioriteiten/ })).toHaveLength(3);
  });

  it('fold every chart of a survey and open them again, also one the user opened or closed in between', async () => {
    render(<SurveyResults analysis={example()} />);
    expect(folds().every((open) => open === true)).toBe(true);
    fireEvent.click(screen.getByTestId('survey-charts-close-all'));
    expect(folds().every((open) => open === false)).toBe(true);
    const [first, second] = screen.getAllByTestId('survey-chart');
    await clickCaption(first as HTMLElement);
    expect(folds().filter(Boolean)).toHaveLength(1);
    fireEvent.click(screen.getByTestId('survey-charts-close-all'));
    expect(folds().every((open) => open === false)).toBe(true);
    fireEvent.click(screen.getByTestId('survey-charts-open-all'));
    expect(folds().every((open) => open === true)).toBe(true);
    await clickCaption(second as HTMLElement);
    expect(folds().filter((open) => !open)).toHaveLength(1);
    fireEvent.click(screen.getByTestId('survey-charts-open-all'));
    expect(folds().every((open) => open === true)).toBe(true);
  });

  it('open a folded chart from its link or the address, with focus on its caption; a chart folded before Plot came is drawn when opened', async () => {
    const { container } = render(<SurveyResults analysis={example()} />);
    fireEvent.click(screen.getByTestId('survey-charts-close-all'));
    await waitFor(() => expect(container.querySelector('.loading')).toBeNull());
    const figures = screen.getAllByTestId('survey-chart');
    const links = screen.getAllByTestId('survey-chart-link');
    const heatmap = links.find((link) => link.dataset['kind'] === 'heatmap') as HTMLElement;
    fireEvent.click(heatmap);
    const target = document.getElementById(heatmap.getAttribute('href')?.slice(1) ?? '') as HTMLElement;
    expect(target.dataset['kind']).toBe('heatmap');
    expect(fold(target)?.open).toBe(true);
    expect(document.activeElement).toBe(caption(target));
    await waitFor(() => expect(target.querySelector('svg g[data-mark="cell"] rect')).not.toBeNull());
    expect(figures.filter((figure) => figure.querySelector('svg') !== null)).toEqual([target]);
    expect(folds().filter(Boolean)).toHaveLength(1);
    const urgency = links.find((link) => link.dataset['question'] === 'urgentie-personeelstekort') as HTMLElement;
    // jsdom follows the link after the click, and a later address would be overwritten by it.
    await waitFor(() => expect(window.location.hash).toBe(heatmap.getAttribute('href')));
    window.location.hash = urgency.getAttribute('href') ?? '';
    const other = figures.find((figure) => figure.dataset['question'] === 'urgentie-personeelstekort') as HTMLElement;
    await waitFor(() => expect(fold(other)?.open).toBe(true));
    expect(document.activeElement).toBe(caption(other));
    expect(folds().filter(Boolean)).toHaveLength(2);
    await waitFor(() => expect(other.querySelector('svg g[data-mark="bar"] rect')).not.toBeNull());
    // Folded and opened again, a chart keeps its drawing; the others are drawn on opening.
    const drawing = target.querySelector('svg');
    fireEvent.click(screen.getByTestId('survey-charts-close-all'));
    fireEvent.click(screen.getByTestId('survey-charts-open-all'));
    await waitFor(() => expect(figures.every((figure) => figure.querySelector('svg') !== null)).toBe(true));
    expect(target.querySelector('svg')).toBe(drawing);
  });

  it('say so when no survey was completed', () => {
    render(<SurveyResults analysis={analyseRegiobeeld('helmond-de-peel', [], definitions)} />);
    expect(screen.getByTestId('survey-results').textContent).toContain('Nog geen ingevulde vragenlijsten.');
  });
});
