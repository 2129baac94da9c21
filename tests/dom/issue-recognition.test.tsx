import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognitionStore, RecognitionRefused } from '../../extension/features/regiobeeld/recognition-store.ts';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { recognitionId } from '../../shared/schema/recognition.ts';
import { PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

async function oneIssue() {
  const test = await testStore();
  const { partner } = await test.store.setupPartner(PARTNER_A);
  const issue = await test.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
  return { ...test, partner, issue, recognitions: createRecognitionStore(test.store) };
}

function LiveSummary({ store, recognitions, self }: { store: RecordStore; recognitions: ReturnType<typeof createRecognitionStore>; self: string }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  return records === undefined ? null : (
    <RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, [])} recognitions={{ store: recognitions, self }} />
  );
}

describe('saying whether a partner recognises an issue', () => {
  it('stores one record per partner and issue, replaced when said again, withdrawn by a tombstone', async () => {
    const { db, partner, issue, recognitions } = await oneIssue();
    const first = await recognitions.say('issue', issue.id, 'recognised', '');
    expect(first.id).toBe(recognitionId(partner.origin, issue.id));
    const second = await recognitions.say('issue', issue.id, 'not-recognised', '  Niet bij ons  ');
    expect(second).toMatchObject({ id: first.id, body: { verdict: 'not-recognised', reason: 'Niet bij ons' } });
    await recognitions.withdraw(issue.id);
    expect(await db.records.get(first.id)).toMatchObject({ deleted: false, body: { verdict: 'withdrawn', reason: '' } });
  });

  it('refuses a target that is not there, and withdrawing what was never said, storing nothing', async () => {
    const { db, store, issue, recognitions } = await oneIssue();
    await store.deleteRecord(issue.id);
    const before = await db.records.toArray();
    const code = (work: Promise<unknown>) =>
      work.then(
        () => 'stored',
        (error: unknown) => (error instanceof RecognitionRefused ? error.code : String(error)),
      );
    expect(await code(recognitions.say('issue', issue.id, 'recognised', ''))).toBe('not-found');
    expect(await code(recognitions.say('observation', issue.id, 'recognised', ''))).toBe('not-found');
    expect(await code(recognitions.withdraw(issue.id))).toBe('not-said');
    expect(await db.records.toArray()).toEqual(before);
  });

  it('is done from the issue table: herken ik, herken ik niet with a reason, and withdrawn', async () => {
    const { store, partner, issue, recognitions } = await oneIssue();
    render(<LiveSummary store={store} recognitions={recognitions} self={partner.origin} />);
    const row = await screen.findByTestId('issue-recognitions');
    expect(row.textContent).toContain('Nog geen partner heeft gezegd of die dit knelpunt herkent.');

    fireEvent.click(within(row).getByTestId('recognise-yes'));
    await waitFor(() => expect(screen.getByTestId('recognised-by').textContent).toBe('Herkend door: Zorg (GGZ Oost-Brabant)'));
    expect(screen.getByTestId('recognise-yes').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('issues-status').textContent).toContain(`Uw herkenning van “${issue.body.title}” is opgeslagen.`);

    fireEvent.click(screen.getByTestId('recognise-no'));
    fireEvent.input(screen.getByTestId('recognise-reason'), { target: { value: 'Geen wachtlijst in Deurne' } });
    fireEvent.click(screen.getByTestId('recognise-save'));
    await waitFor(() =>
      expect(screen.getByTestId('not-recognised-by').textContent).toBe('Niet herkend door: Zorg (GGZ Oost-Brabant: “Geen wachtlijst in Deurne”)'),
    );
    expect(screen.queryByTestId('recognised-by')).toBeNull();
    expect(screen.queryByTestId('recognise-reason')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('recognise-no'));

    fireEvent.click(screen.getByTestId('recognise-withdraw'));
    await waitFor(() => expect(screen.queryByTestId('not-recognised-by')).toBeNull());
    expect(screen.getByTestId('issues-status').textContent).toContain('is ingetrokken');
  });
});
