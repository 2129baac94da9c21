import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDashboard } from './support/render-dashboard.tsx';
import { PARTNER_A, testStore } from './support/test-store.ts';

// A link's fragment navigation lands a task after its click: let it land before the next test's address.
beforeEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.history.replaceState(null, '', '/dashboard.html');
});
afterEach(cleanup);

async function dashboardOfPartner() {
  const test = testStore();
  await test.store.setupPartner(PARTNER_A);
  renderDashboard(test);
  return screen.findByRole('navigation', { name: 'Onderdelen van het dashboard' });
}

const link = (nav: HTMLElement, section: string) =>
  within(nav)
    .getAllByTestId('section-nav-link')
    .find((entry) => entry.dataset.section === section);

describe('dashboard: the navigation of its sections', () => {
  it('lists every main section, each linking to its hash, and marks none before one is chosen', async () => {
    const nav = await dashboardOfPartner();
    const entries = within(nav).getAllByTestId('section-nav-link');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Gedeelde lijst',
      'Delen',
      'Vragenlijsten',
      'Regiobeeld',
      'Gespreksagenda',
      'Knelpunten',
      'Versies',
      'Uitkomsten',
      'Plan',
      'Waarnemingen',
      'Opgeslagen gegevens',
      'Instellingen',
    ]);
    expect(link(nav, 'plan')?.getAttribute('href')).toBe('#plan');
    expect(entries.filter((entry) => entry.hasAttribute('aria-current'))).toEqual([]);
  });

  it('moves the focus to the chosen section heading and marks its entry as current, once the section is drawn', async () => {
    const nav = await dashboardOfPartner();
    // Chosen at once: the plan waits for the analysis, and is focused as soon as it is drawn.
    window.location.hash = '#plan';
    await waitFor(() => expect(document.activeElement?.id).toBe('plan-heading'));
    expect(link(nav, 'plan')?.getAttribute('aria-current')).toBe('location');
    expect(link(nav, 'records')?.hasAttribute('aria-current')).toBe(false);

    window.location.hash = '#records';
    await waitFor(() => expect(document.activeElement?.id).toBe('records-heading'));
    expect(link(nav, 'records')?.getAttribute('aria-current')).toBe('location');
    expect(link(nav, 'plan')?.hasAttribute('aria-current')).toBe(false);
  });

  it('opens the section the address names when the page is opened (a reload), and the settings without a heading', async () => {
    window.history.replaceState(null, '', '/dashboard.html#settings');
    const nav = await dashboardOfPartner();
    await waitFor(() => expect(document.activeElement?.id).toBe('settings'));
    expect(link(nav, 'settings')?.getAttribute('aria-current')).toBe('location');
  });

  it('goes to the section again when its entry is chosen while the address already names it', async () => {
    window.history.replaceState(null, '', '/dashboard.html#agenda');
    const nav = await dashboardOfPartner();
    await waitFor(() => expect(document.activeElement?.id).toBe('agenda-heading'));
    screen.getByTestId('settings-open').focus();
    const agenda = link(nav, 'agenda');
    if (agenda === undefined) throw new Error('no agenda entry');
    fireEvent.click(agenda);
    await waitFor(() => expect(document.activeElement?.id).toBe('agenda-heading'));
  });

  it('leaves an address naming no section, such as a survey chart, to its own view', async () => {
    window.history.replaceState(null, '', '/dashboard.html#survey-somewhere');
    const nav = await dashboardOfPartner();
    await screen.findByTestId('plan-view');
    expect(
      within(nav)
        .getAllByTestId('section-nav-link')
        .filter((entry) => entry.hasAttribute('aria-current')),
    ).toEqual([]);
    expect(document.activeElement).toBe(document.body);
  });
});
