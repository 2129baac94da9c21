import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSurveyResponseStore } from '../../extension/features/surveys/survey-response-store.ts';
import { definitionRef } from '../../shared/survey/definition.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { renderDashboard } from './support/render-dashboard.tsx';
import { clipBody, PARTNER_A, type TestStore, testStore } from './support/test-store.ts';

afterEach(cleanup);

const surveys = loadDefinitions(DEFINITION_SOURCES);

async function steps(): Promise<Record<string, string | undefined>> {
  await screen.findByTestId('getting-started');
  return Object.fromEntries(screen.getAllByTestId('getting-started-step').map((step) => [step.dataset.step ?? '', step.dataset.done]));
}

async function answerFirstSurvey(test: TestStore) {
  const [first] = surveys.definitions;
  if (first === undefined) throw new Error('no survey shipped');
  await createSurveyResponseStore(test.db, test.store).save({
    body: { survey: definitionRef(first), status: 'in-progress', answers: { rol: 'beleid' } },
    page: 0,
  });
}

describe('getting started', () => {
  it('follows the setup with the three steps, the first one ticked, in Dutch', async () => {
    const test = testStore();
    renderDashboard(test);
    fireEvent.input(await screen.findByTestId('setup-organisation'), { target: { value: 'GGZ Oost-Brabant' } });
    fireEvent.change(screen.getByTestId('setup-domain'), { target: { value: 'zorg' } });
    fireEvent.input(screen.getByTestId('setup-region'), { target: { value: 'Helmond-De Peel' } });
    fireEvent.click(screen.getByTestId('setup-save'));

    expect(await steps()).toEqual({ setup: 'true', clip: 'false', survey: 'false' });
    const card = screen.getByTestId('getting-started');
    expect(card.querySelector('h2')?.textContent).toBe('Aan de slag');
    expect(card.textContent).toContain('GGZ Oost-Brabant · Zorg (huisartsen, ziekenhuis, GGZ, wijkverpleging, VVT) · Helmond-De Peel');
    expect(card.textContent).toContain('kies “Toevoegen aan regiobeeld”');
    expect(card.textContent).toContain('Alt+Shift+R');
    expect(screen.getByTestId('getting-started-survey').getAttribute('href')).toBe('survey.html?survey=knelpunten-en-prioriteiten');
    expect(screen.queryByTestId('getting-started-done')).toBeNull();
  });

  it('ticks the clip and the survey as they are stored, says when all is done, and is gone on the next opening', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    renderDashboard(test);
    expect(await steps()).toEqual({ setup: 'true', clip: 'false', survey: 'false' });

    await test.store.addObservation(clipBody('Wachtlijst huisarts Helmond'));
    await waitFor(async () => expect(await steps()).toEqual({ setup: 'true', clip: 'true', survey: 'false' }));

    await answerFirstSurvey(test);
    await waitFor(async () => expect(await steps()).toEqual({ setup: 'true', clip: 'true', survey: 'true' }));
    expect(screen.getByTestId('getting-started-done').textContent).toContain('Alles gedaan');

    cleanup();
    renderDashboard(test);
    await screen.findByTestId('records-table');
    // The card stays away until its own read of the closed flag is done: wait for that read too.
    await act(async () => {
      await test.store.onboardingClosed();
    });
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });

  it('does not count a deleted clip or another partner’s records', async () => {
    const a = testStore({ seed: 11 });
    await a.store.setupPartner(PARTNER_A);
    await a.store.addObservation(clipBody('Tekort aan wijkverpleging'));
    await answerFirstSurvey(a);
    const { text, fileName } = await a.store.exportBundle();

    const b = testStore({ seed: 22 });
    await b.store.setupPartner({ ...PARTNER_A, organisation: 'Gemeente Helmond' });
    await b.store.importBundleText(text, fileName);
    const own = await b.store.addObservation(clipBody('Eigen waarneming'));
    await b.store.deleteRecord(own.id);
    renderDashboard(b);
    expect(await steps()).toEqual({ setup: 'true', clip: 'false', survey: 'false' });
  });

  it('stays closed once the partner closes it', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('getting-started-close'));
    await waitFor(() => expect(screen.queryByTestId('getting-started')).toBeNull());
    expect(await test.store.onboardingClosed()).toBe(true);

    cleanup();
    renderDashboard(test);
    await screen.findByTestId('records-empty');
    // The card stays away until its own read of the closed flag is done: wait for that read too.
    await act(async () => {
      await test.store.onboardingClosed();
    });
    expect(screen.queryByTestId('getting-started')).toBeNull();
  });
});
