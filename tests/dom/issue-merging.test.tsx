import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIssueMergeStore, IssueMergeRefused } from '../../extension/features/regiobeeld/issue-merge-store.ts';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { issueMergeId } from '../../shared/schema/issue-merge.ts';
import { clipBody, PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

const issueBody = (title: string) => ({ title, description: '', themes: [], areas: [] });

async function twoLonelinessIssues() {
  const test = await testStore();
  await test.store.setupPartner(PARTNER_A);
  const first = await test.store.createIssue(issueBody('Eenzaamheid onder 75-plussers'));
  test.advance(1_000);
  const second = await test.store.createIssue(issueBody('Eenzaamheid bij 75-plussers'));
  const saved = await test.store.saveObservation({ body: { ...clipBody('Een op de drie 75-plussers voelt zich eenzaam.'), issueIds: [second.id] } });
  return { ...test, first, second, saved, merges: createIssueMergeStore(test.store) };
}

function LiveSummary({ store, merges }: { store: RecordStore; merges: ReturnType<typeof createIssueMergeStore> }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  return records === undefined ? null : <RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, [])} merges={merges} />;
}

const issueRows = () => screen.queryAllByTestId('issue-row').map((row) => row.dataset['issueId']);

describe('merging issues', () => {
  it('stores a merge as a record of the partner, and undoes it by a tombstone', async () => {
    const { db, store, merges, first, second } = await twoLonelinessIssues();
    const merge = await merges.merge(second.id, first.id, '  dezelfde groep  ');
    expect(merge).toMatchObject({ id: issueMergeId(second.id), type: 'issueMerge', body: { issueId: second.id, intoId: first.id, reason: 'dezelfde groep' } });
    expect(merge.origin).toBe((await store.currentPartner())?.origin);
    await merges.undo(second.id);
    expect(await db.records.get(merge.id)).toMatchObject({ deleted: true });
    // Merging again after the undo writes a newer version of the same record.
    expect((await merges.merge(second.id, first.id, '')).id).toBe(merge.id);
  });

  it('refuses a merge that cannot be, and stores nothing', async () => {
    const { db, merges, first, second, saved } = await twoLonelinessIssues();
    await merges.merge(second.id, first.id, '');
    const before = await db.records.toArray();
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => 'stored',
        (error: unknown) => (error instanceof IssueMergeRefused ? error.code : String(error)),
      );
    expect(await refusal(merges.merge(first.id, first.id, ''))).toBe('same-issue');
    expect(await refusal(merges.merge(first.id, second.id, ''))).toBe('same-issue');
    expect(await refusal(merges.merge(second.id, first.id, ''))).toBe('already-merged');
    expect(await refusal(merges.merge(first.id, saved.status === 'saved' ? saved.record.id : first.id, ''))).toBe('not-found');
    expect(await refusal(merges.undo(first.id))).toBe('not-merged');
    expect(await db.records.toArray()).toEqual(before);
  });

  it('suggests the look-alike, merges it from the table, shows it as merged and undoes it', async () => {
    const { store, merges, first, second } = await twoLonelinessIssues();
    render(<LiveSummary store={store} merges={merges} />);
    await waitFor(() => expect(issueRows()).toHaveLength(2));
    const suggestion = screen.getByTestId('duplicate-suggestion');
    // The one with the clip stays; the other goes into it.
    expect(suggestion.dataset).toMatchObject({ issueId: first.id, intoId: second.id });
    fireEvent.click(within(suggestion).getByTestId('duplicate-merge'));

    await waitFor(() => expect(issueRows()).toEqual([second.id]));
    expect(screen.getByTestId('issues-status').textContent).toContain('“Eenzaamheid onder 75-plussers” is samengevoegd met “Eenzaamheid bij 75-plussers”');
    expect(screen.getByTestId('merged-issue').textContent).toContain('Samengevoegd: “Eenzaamheid onder 75-plussers” (van GGZ Oost-Brabant)');
    expect(screen.queryByTestId('duplicate-suggestions')).toBeNull();

    fireEvent.click(screen.getByTestId('merge-undo'));
    await waitFor(() => expect(issueRows()).toHaveLength(2));
    expect(screen.getByTestId('issues-status').textContent).toContain('ongedaan gemaakt');
  });

  it('merges through the form with a reason, and asks for the target first', async () => {
    const { db, store, merges, first, second } = await twoLonelinessIssues();
    render(<LiveSummary store={store} merges={merges} />);
    await waitFor(() => expect(issueRows()).toHaveLength(2));
    const details = screen.getAllByTestId('issue-row').length > 0 ? document.querySelectorAll<HTMLDetailsElement>('details.merge-form') : [];
    for (const element of details) element.open = true;
    await waitFor(() => expect(screen.getAllByTestId('merge-form')).toHaveLength(2));
    const form = screen.getAllByTestId('merge-form').find((element) => element.dataset['issueId'] === first.id);
    if (form === undefined) throw new Error('no merge form for the first issue');
    fireEvent.submit(form);
    expect((await within(form).findByTestId('merge-into-error')).textContent).toContain('Kies eerst');
    expect(within(form).getByTestId('merge-into').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(form).getByTestId('merge-into'), { target: { value: second.id } });
    fireEvent.input(within(form).getByTestId('merge-reason'), { target: { value: 'Zelfde doelgroep' } });
    fireEvent.submit(form);
    await waitFor(() => expect(issueRows()).toEqual([second.id]));
    expect((await db.records.get(issueMergeId(first.id)))?.body).toEqual({ issueId: first.id, intoId: second.id, reason: 'Zelfde doelgroep' });
  });

  it('says why a merge was refused in an alert, and makes no second change while one is written', async () => {
    const { store, merges } = await twoLonelinessIssues();
    // Refused after a while, as when another page or a sync merged the issue meanwhile.
    const merge = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new IssueMergeRefused('already-merged');
    });
    render(<LiveSummary store={store} merges={{ ...merges, merge }} />);
    await waitFor(() => expect(issueRows()).toHaveLength(2));
    const button = screen.getByTestId('duplicate-merge');
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('issues-failure').textContent).toBe(
        'Dit knelpunt is al samengevoegd met een ander. Maak dat eerst ongedaan. Er is niets veranderd.',
      ),
    );
    expect(screen.getByTestId('issues-failure').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('issues-status').textContent).toBe('');
    expect(merge).toHaveBeenCalledOnce();
  });
});
