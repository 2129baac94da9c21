import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NewSinceView } from '../../extension/features/regiobeeld/new-since-view.tsx';
import { partnerDirectory } from '../../shared/regiobeeld/partners.ts';
import { clipBody, PARTNER_A, PARTNER_B, testStore } from './support/test-store.ts';

afterEach(cleanup);

describe('new since the last visit', () => {
  it('names what another partner sent per kind, until the partner says it has seen it, and keeps that', async () => {
    const a = testStore({ seed: 31 });
    const b = testStore({ seed: 32 });
    const { partner } = await a.store.setupPartner(PARTNER_A);
    await b.store.setupPartner(PARTNER_B);
    await b.store.addObservation(clipBody('In Deurne sloot de laatste huisartsenpraktijk.'));
    await b.store.createIssue({ title: 'Huisartsentekort', description: '', themes: [], areas: [] });
    await a.store.importBundleText((await b.store.exportBundle()).text, 'gemeente.json');
    const records = await a.store.listRecords();
    const view = () => <NewSinceView store={a.store} records={records} partners={partnerDirectory(records)} self={partner.origin} />;
    const { unmount } = render(view());
    const line = await screen.findByTestId('new-since-partner');
    expect(line.textContent).toBe('Gemeente Helmond: Partner 1, Waarneming 1, Knelpunt 1');
    fireEvent.click(screen.getByTestId('new-since-seen'));
    await waitFor(() => expect(screen.queryByTestId('new-since')).toBeNull());
    unmount();
    // Kept in the database: a new page reads it as seen.
    const seen = await a.store.seenVersions();
    expect(Object.keys(seen)).toContain((await b.store.currentPartner())?.origin);
  });
});
