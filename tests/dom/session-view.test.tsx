import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import { sessionItems } from '../../extension/features/regiobeeld/session-view.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { mergedExampleRecords } from '../unit/cli/support/examples.ts';

afterEach(cleanup);

const { definitions } = loadDefinitions(DEFINITION_SOURCES);
const analysis = analyseRegiobeeld('helmond-de-peel', mergedExampleRecords(), definitions);

describe('the session view of the regiotafel', () => {
  it('walks the agenda, each issue once, by keyboard, and closes back to where it was started', async () => {
    render(<RegiobeeldSummary analysis={analysis} />);
    const start = screen.getByTestId('session-start');
    fireEvent.click(start);
    const session = await screen.findByTestId('session-view');
    await waitFor(() => expect(document.activeElement).toBe(session));
    const items = sessionItems(analysis);
    expect(new Set(items.map((item) => item.issue.id)).size).toBe(items.length);
    expect(screen.getByTestId('session-position').textContent).toBe(`Agendapunt 1 van ${items.length}`);
    expect(screen.getByTestId('session-title').textContent).toBe(items[0]?.issue.title);
    expect(screen.getByTestId('session-kind').textContent).toBe('Gedeelde prioriteiten');

    fireEvent.keyDown(session, { key: 'ArrowRight' });
    expect(screen.getByTestId('session-title').textContent).toBe(items[1]?.issue.title);
    fireEvent.keyDown(session, { key: 'End' });
    expect(screen.getByTestId('session-position').textContent).toBe(`Agendapunt ${items.length} van ${items.length}`);
    fireEvent.keyDown(session, { key: 'ArrowRight' });
    expect(screen.getByTestId('session-position').textContent).toBe(`Agendapunt ${items.length} van ${items.length}`);
    fireEvent.keyDown(session, { key: 'Home' });
    fireEvent.keyDown(session, { key: 'PageDown' });
    fireEvent.keyDown(session, { key: 'ArrowLeft' });
    expect(screen.getByTestId('session-title').textContent).toBe(items[0]?.issue.title);

    fireEvent.keyDown(session, { key: 'Escape' });
    expect(screen.queryByTestId('session-view')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(start));
  });

  it('shows the evidence with who clipped it, and hides who when shown anonymously', async () => {
    render(<RegiobeeldSummary analysis={analysis} />);
    fireEvent.click(screen.getByTestId('session-start'));
    const session = await screen.findByTestId('session-view');
    const who = () =>
      within(session)
        .getAllByTestId('session-who')
        .map((line) => line.textContent ?? '');
    expect(within(session).getAllByTestId('session-evidence').length).toBeGreaterThan(0);
    expect(who().some((line) => line.includes('('))).toBe(true);
    fireEvent.click(within(session).getByTestId('session-anonymous'));
    expect(who().every((line) => !line.includes('('))).toBe(true);
    expect(within(session).getAllByTestId('session-domain-row').length).toBeGreaterThan(1);
  });
});
