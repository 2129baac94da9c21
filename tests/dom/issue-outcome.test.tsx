import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutcomeStore, OutcomeRefused } from '../../extension/features/regiobeeld/outcome-store.ts';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import { PlanAgreements } from '../../extension/features/plan/plan-agreements.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { issueOutcomeId } from '../../shared/schema/issue-outcome.ts';
import { PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

let answer = true;

async function oneIssue() {
  const test = await testStore();
  const { partner } = await test.store.setupPartner(PARTNER_A);
  const issue = await test.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
  return { ...test, partner, issue, outcomes: createOutcomeStore(test.store) };
}

function LiveSummary({ store, outcomes, today }: { store: RecordStore; outcomes: ReturnType<typeof createOutcomeStore>; today: string }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  if (records === undefined) return null;
  const analysis = analyseRegiobeeld('helmond-de-peel', records, []);
  return (
    <>
      <RegiobeeldSummary analysis={analysis} outcomes={outcomes} today={today} confirm={() => answer} />
      <PlanAgreements analysis={analysis} today={today} />
    </>
  );
}

const openAll = () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.outcome-form')) details.open = true;
};

describe('recording what the regiotafel agreed', () => {
  it('stores one outcome per issue and afspraken that name a live issue and partner, refusing others', async () => {
    const { db, store, partner, issue, outcomes } = await oneIssue();
    const body = { issueId: issue.id, interpretation: 'Samen gezien', agreedBy: [partner.id], dissent: '', status: 'gedeeld' as const, statusReason: '' };
    expect((await outcomes.recordOutcome(body)).id).toBe(issueOutcomeId(issue.id));
    const made = await outcomes.addAgreement({ issueId: issue.id, what: 'Buurtcirkels', ownerPartnerId: partner.id, due: '2027-03-31', done: false });
    expect((await outcomes.setAgreementDone(made.id, true)).body.done).toBe(true);
    const before = await db.records.toArray();
    const code = (work: Promise<unknown>) =>
      work.then(
        () => 'stored',
        (error: unknown) => (error instanceof OutcomeRefused ? error.code : String(error)),
      );
    expect(await code(outcomes.addAgreement({ issueId: issue.id, what: 'x', ownerPartnerId: issue.id, due: '2027-03-31', done: false }))).toBe(
      'owner-not-found',
    );
    expect(
      await code(outcomes.addAgreement({ issueId: issue.id, what: 'x', ownerPartnerId: partner.id, due: '2027-03-31', done: false, planItemId: issue.id })),
    ).toBe('plan-item-not-found');
    await store.deleteRecord(issue.id);
    const afterDelete = await db.records.toArray();
    expect(await code(outcomes.recordOutcome(body))).toBe('issue-not-found');
    expect(await db.records.toArray()).toEqual(afterDelete);
    expect(afterDelete.length).toBe(before.length);
  });

  it('is recorded at the issue: status with its reason, duiding, who agreed, an afspraak flagged when overdue and ticked off', async () => {
    const { db, store, outcomes } = await oneIssue();
    render(<LiveSummary store={store} outcomes={outcomes} today="2027-04-01" />);
    await screen.findByTestId('issue-outcome');
    openAll();
    const form = await screen.findByTestId('outcome-form');
    fireEvent.change(within(form).getByTestId('outcome-field-status'), { target: { value: 'niet-opgepakt' } });
    fireEvent.submit(form);
    expect((await within(form).findByText('Geef aan waarom de regiotafel dit knelpunt niet oppakt.')).tagName).toBe('P');
    fireEvent.change(within(form).getByTestId('outcome-field-status'), { target: { value: 'prioriteit' } });
    fireEvent.input(within(form).getByTestId('outcome-field-interpretation'), { target: { value: 'Vooral in de kleine kernen.' } });
    fireEvent.click(within(form).getByTestId('outcome-field-agreed'));
    fireEvent.input(within(form).getByTestId('outcome-field-dissent'), { target: { value: 'De verzekeraar twijfelt.' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('outcome-status').textContent).toBe('Prioriteit'));
    expect(screen.getByTestId('outcome-interpretation').textContent).toBe('Vooral in de kleine kernen.');
    expect(screen.getByTestId('outcome-agreed').textContent).toBe('Eens met deze duiding: GGZ Oost-Brabant');
    expect(screen.getByTestId('outcome-dissent').textContent).toBe('Afwijkend: De verzekeraar twijfelt.');

    openAll();
    const agreementForm = await screen.findByTestId('agreement-form');
    fireEvent.submit(agreementForm);
    expect(await within(agreementForm).findByText('Zeg wat er is afgesproken.')).toBeTruthy();
    expect(within(agreementForm).getByText('Kies de datum waarop het klaar moet zijn.')).toBeTruthy();
    fireEvent.input(within(agreementForm).getByTestId('agreement-field-what'), { target: { value: 'Buurtcirkels in Deurne starten' } });
    const owner = within(agreementForm).getByTestId('agreement-field-owner') as HTMLSelectElement;
    fireEvent.change(owner, { target: { value: owner.options[1]?.value } });
    fireEvent.input(within(agreementForm).getByTestId('agreement-field-due'), { target: { value: '2027-03-31' } });
    fireEvent.submit(agreementForm);
    const line = await screen.findByTestId('agreement');
    expect(line.dataset['overdue']).toBe('true');
    expect(line.textContent).toContain('Buurtcirkels in Deurne starten — GGZ Oost-Brabant, uiterlijk 31 mrt 2027');
    expect(screen.getByTestId('plan-agreement').dataset['overdue']).toBe('true');
    expect(screen.getByTestId('plan-agreements-overdue').textContent).toBe('Te laat: 1');

    fireEvent.click(within(line).getByTestId('agreement-done'));
    await waitFor(() => expect(screen.getByTestId('agreement').dataset['overdue']).toBe('false'));
    expect(screen.queryByTestId('plan-agreements-overdue')).toBeNull();

    // Removed only once confirmed, by a tombstone.
    answer = false;
    fireEvent.click(screen.getByTestId('agreement-remove'));
    expect(screen.getByTestId('agreement')).toBeTruthy();
    answer = true;
    fireEvent.click(screen.getByTestId('agreement-remove'));
    await waitFor(() => expect(screen.queryByTestId('agreement')).toBeNull());
    expect(screen.getByTestId('issues-status').textContent).toContain('is verwijderd');
    expect((await db.records.where('type').equals('agreement').toArray()).map((record) => record.deleted)).toEqual([true]);
  });
});
