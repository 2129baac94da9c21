import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDotVoteStore, DotVoteRefused } from '../../extension/features/regiobeeld/dot-vote-store.ts';
import type { DotVoter } from '../../extension/features/regiobeeld/dot-voting.tsx';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import { SessionView } from '../../extension/features/regiobeeld/session-view.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { liveVersion } from '../../shared/records/versions.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { dotRoundOpeningId, dotVoteId } from '../../shared/schema/dot-vote.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

const REGION = 'helmond-de-peel';
const GGD = '019a0000-0000-7000-8000-0000000000d1';
const GEMEENTE = '019a0000-0000-7000-8000-0000000000d2';
const COORDINATOR = '019a0000-0000-7000-8000-0000000000c0';
/** An issue another installation holds and this one has not received. */
const ELSEWHERE = '019a0000-0000-7000-8000-0000000000e1';
const at = (origin: string) => ({ region: REGION, origin, updatedAt: '2026-11-01T09:00:00.000Z-0000' });
const partner = (id: string, organisation: string, domain: 'publieke-gezondheid' | 'sociaal-domein'): RegionRecord =>
  liveVersion('partner', id, { organisation, domain, regionName: 'Helmond-De Peel' }, at(id));

const code = (work: Promise<unknown>) =>
  work.then(
    () => 'stored',
    (error: unknown) => (error instanceof DotVoteRefused ? error.code : String(error)),
  );

/** The coordinator's installation holding two partners and two issues. */
async function coordinatorRoom() {
  const test = testStore();
  const { partner: self } = await test.store.setupPartner({ organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' });
  await test.db.records.bulkPut([partner(GGD, 'GGD Brabant-Zuidoost', 'publieke-gezondheid'), partner(GEMEENTE, 'Gemeente Helmond', 'sociaal-domein')]);
  const eenzaamheid = await test.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
  const wachtlijst = await test.store.createIssue({ title: 'Wachtlijst wijkverpleging', description: '', themes: [], areas: [] });
  return { ...test, self, eenzaamheid, wachtlijst, votes: createDotVoteStore(test.store) };
}

function LiveSummary({ store, votes }: { store: RecordStore; votes: DotVoter }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  if (records === undefined) return null;
  return <RegiobeeldSummary analysis={analyseRegiobeeld(REGION, records, [])} votes={votes} today="2027-03-12" />;
}

const cell = (voter: string, issueId: string) =>
  screen.getByTestId('dot-panel').querySelector<HTMLInputElement>(`[data-voter="${voter}"][data-issue-id="${issueId}"]`);
const type = (input: HTMLInputElement | null, value: string) => {
  if (input === null) throw new Error('no such cell');
  fireEvent.input(input, { target: { value } });
};

describe('voting with dots', () => {
  it('stores a vote only as the voter or the coordinator, within the budget, for a partner and live issues', async () => {
    const { db, store, votes, eenzaamheid, wachtlijst, self } = await coordinatorRoom();
    const round = { name: 'Regiotafel 12 maart 2027', budget: 5 };
    expect((await votes.openRound(round)).id).toBe(dotRoundOpeningId(round.name, self.id));
    expect((await votes.vote(round, GGD, [{ issueId: eenzaamheid.id, dots: 3 }])).id).toBe(dotVoteId(round.name, GGD));
    const before = await db.records.toArray();
    expect(await code(votes.vote(round, GGD, [{ issueId: eenzaamheid.id, dots: 6 }]))).toBe('over-budget');
    expect(await code(votes.vote(round, self.id, [{ issueId: eenzaamheid.id, dots: 1 }]))).toBe('voter-not-found');
    expect(await code(votes.vote(round, GGD, [{ issueId: GEMEENTE, dots: 1 }]))).toBe('issue-not-found');
    await store.deleteRecord(wachtlijst.id);
    expect(await code(votes.vote(round, GGD, [{ issueId: wachtlijst.id, dots: 1 }]))).toBe('issue-not-found');
    expect((await db.records.toArray()).filter((record) => record.type === 'dotVote')).toEqual(before.filter((record) => record.type === 'dotVote'));
    // An issue not received here yet keeps the dots it got elsewhere.
    expect(await code(votes.vote(round, GGD, [{ issueId: '019a0000-0000-7000-8000-0000000000e1', dots: 1 }]))).toBe('stored');

    const other = testStore({ seed: 2 });
    await other.store.setupPartner(PARTNER_A);
    const partnerVotes = createDotVoteStore(other.store);
    expect(await code(partnerVotes.openRound(round))).toBe('not-coordinator');
    expect(await code(partnerVotes.vote(round, GGD, []))).toBe('not-coordinator');
  });

  it('lets the coordinator open a round and enter every partner’s dots in the session view, refusing over budget', async () => {
    const { db, store, votes, self, eenzaamheid, wachtlijst } = await coordinatorRoom();
    render(<LiveSummary store={store} votes={{ store: votes, self: self.id, coordinator: true }} />);
    fireEvent.click(await screen.findByTestId('session-start'));
    const session = await screen.findByTestId('session-view');
    const mode = within(session).getByTestId('session-vote-mode');
    fireEvent.click(mode);
    expect(mode.getAttribute('aria-pressed')).toBe('true');
    expect((within(session).getByTestId('dot-round-name') as HTMLInputElement).value).toBe('Regiotafel 12 mrt 2027');
    fireEvent.input(within(session).getByTestId('dot-round-name'), { target: { value: '  Regiotafel   12 maart 2027 ' } });
    fireEvent.input(within(session).getByTestId('dot-round-budget'), { target: { value: '21' } });
    fireEvent.click(within(session).getByTestId('dot-round-open'));
    expect(within(session).getByTestId('dot-round-problem').textContent).toBe('Geef elke partner een heel aantal stippen, van 1 tot 20.');
    fireEvent.input(within(session).getByTestId('dot-round-budget'), { target: { value: '5' } });
    fireEvent.click(within(session).getByTestId('dot-round-open'));
    await waitFor(() => expect(within(session).getByTestId('dot-round').textContent).toBe('Stemronde: Regiotafel 12 maart 2027 · 5 stippen per partner'));

    type(cell(GGD, eenzaamheid.id), '3');
    type(cell(GGD, wachtlijst.id), '2');
    type(cell(GEMEENTE, eenzaamheid.id), '4');
    type(cell(GEMEENTE, wachtlijst.id), '2');
    const left = () =>
      within(session)
        .getAllByTestId('dot-left')
        .map((node) => node.textContent);
    expect(left()).toEqual(['0', '-1']);
    const problem = within(session).getByTestId('dot-problem');
    expect(problem.textContent).toBe('Gemeente Helmond verdeelt 6 stippen, meer dan de 5 die elke partner heeft: haal er 1 weg.');
    expect(cell(GEMEENTE, wachtlijst.id)?.getAttribute('aria-invalid')).toBe('true');
    expect(cell(GGD, wachtlijst.id)?.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(within(session).getByTestId('dot-save'));
    expect(problem.textContent).toBe('Niet opgeslagen. Gemeente Helmond verdeelt 6 stippen, meer dan de 5 die elke partner heeft: haal er 1 weg.');
    expect(await db.records.where('type').equals('dotVote').count()).toBe(1);

    type(cell(GEMEENTE, wachtlijst.id), '1');
    expect(problem.textContent).toBe('');
    fireEvent.click(within(session).getByTestId('dot-save'));
    await waitFor(() => expect(within(session).getByTestId('dot-summary').textContent).toBe('2 van de 2 partners hebben gestemd · 10 stippen verdeeld'));
    const rows = within(session)
      .getAllByTestId('dot-result-row')
      .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Eenzaamheid onder 75-plussers', '7', '2', 'Sociaal domein 4, Publieke gezondheid 3'],
      ['Wachtlijst wijkverpleging', '3', '2', 'Sociaal domein 1, Publieke gezondheid 2'],
    ]);
    expect(within(session).getByTestId('issues-status').textContent).toContain('De stippen in “Regiotafel 12 maart 2027” zijn opgeslagen.');
    const stored = await db.records.where('type').equals('dotVote').toArray();
    expect(stored.map((record) => [record.origin, record.body && 'voterPartnerId' in record.body ? record.body.voterPartnerId : '']).sort()).toEqual(
      [
        [self.id, self.id],
        [self.id, GGD],
        [self.id, GEMEENTE],
      ].sort(),
    );
    // The stored dots fill the table again, and Escape goes back to the agenda, which shows them.
    expect(cell(GGD, eenzaamheid.id)?.value).toBe('3');
    fireEvent.keyDown(cell(GGD, eenzaamheid.id) as HTMLInputElement, { key: 'Escape' });
    expect(within(session).queryByTestId('dot-panel')).toBeNull();
    expect(within(session).getByTestId('session-dots').textContent).toMatch(/^Stemmen met stippen \(Regiotafel 12 maart 2027\): \d+ stippen van 2 partners — /);
    fireEvent.keyDown(session, { key: 'Escape' });
    expect(screen.getAllByTestId('issue-dots').map((node) => node.textContent)).toEqual(['7 stippen van 2 partners', '3 stippen van 2 partners']);
  });

  it('lets a partner spread its own dots in the current round on its dashboard, and says when it spreads too many', async () => {
    const test = testStore({ seed: 3 });
    const { partner: self } = await test.store.setupPartner(PARTNER_A);
    const issue = await test.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
    const round = 'Regiotafel 12 maart 2027';
    await test.db.records.bulkPut([
      liveVersion('partner', COORDINATOR, { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Helmond-De Peel' }, at(COORDINATOR)),
      liveVersion('dotVote', dotRoundOpeningId(round, COORDINATOR), { round, voterPartnerId: COORDINATOR, budget: 4, dots: [] }, at(COORDINATOR)),
      liveVersion(
        'dotVote',
        dotVoteId(round, self.id),
        {
          round,
          voterPartnerId: self.id,
          budget: 4,
          dots: [
            { issueId: issue.id, dots: 1 },
            { issueId: ELSEWHERE, dots: 1 },
          ],
        },
        at(COORDINATOR),
      ),
    ]);
    render(<LiveSummary store={test.store} votes={{ store: createDotVoteStore(test.store), self: self.id, coordinator: false }} />);
    const form = await screen.findByTestId('own-dots');
    expect(within(form).getByTestId('own-dots-by').textContent).toBe('Ingevoerd door Regiotafel. Wijzigt u ze hier, dan telt uw eigen stem.');
    const input = within(form).getByLabelText('Eenzaamheid onder 75-plussers') as HTMLInputElement;
    expect(input.value).toBe('1');
    expect(within(form).getByTestId('own-dots-elsewhere').textContent).toBe(
      'Daarnaast: 1 stip op knelpunten die hier nog niet zijn binnengekomen; die blijven staan.',
    );
    fireEvent.input(input, { target: { value: '6' } });
    expect(within(form).getByTestId('own-dots-problem').textContent).toBe('U verdeelt 7 stippen, meer dan de 4 die u hebt: haal er 3 weg.');
    fireEvent.input(input, { target: { value: '2.5' } });
    expect(within(form).getByTestId('own-dots-problem').textContent).toBe('Vul per knelpunt een heel aantal stippen in, van 0 tot 4.');
    fireEvent.input(input, { target: { value: '3' } });
    expect(within(form).getByTestId('own-dots-left').textContent).toBe('Nog te verdelen: 0 stippen van de 4.');
    fireEvent.click(within(form).getByTestId('own-dots-save'));
    await waitFor(() => expect(screen.queryByTestId('own-dots-by')).toBeNull());
    const stored = await test.db.records.get(dotVoteId(round, self.id));
    expect(stored).toMatchObject({
      origin: self.id,
      body: {
        round,
        voterPartnerId: self.id,
        budget: 4,
        dots: [
          { issueId: issue.id, dots: 3 },
          { issueId: ELSEWHERE, dots: 1 },
        ],
      },
    });
    expect(screen.getByTestId('issue-dots').textContent).toBe('3 stippen van 1 partner');
  });
});

/** The session view in vote mode on the coordinator's installation, over the analysis as it is now (not live). */
async function roomInSession({ writes }: { writes?: { count: number } } = {}) {
  const room = await coordinatorRoom();
  const round = { name: 'Regiotafel 12 maart 2027', budget: 5 };
  await room.votes.openRound(round);
  const counted = createDotVoteStore({
    writeAsPartner: (work) => {
      if (writes !== undefined) writes.count += 1;
      return room.store.writeAsPartner(work);
    },
  });
  const analysis = analyseRegiobeeld(REGION, await room.store.listRecords(), []);
  const closed: string[] = [];
  render(
    <SessionView
      analysis={analysis}
      votes={{ store: counted, self: room.self.id, coordinator: true }}
      confirm={() => true}
      today="2027-03-12"
      onClose={() => closed.push('closed')}
    />,
  );
  const session = screen.getByTestId('session-view');
  fireEvent.click(within(session).getByTestId('session-vote-mode'));
  return { ...room, round, session, closed };
}

describe('voting with dots, as the review asked', () => {
  it('asks before leaving vote mode with typed dots: a second Escape or Weggooien discards, Verder invullen keeps them', async () => {
    const { session, eenzaamheid } = await roomInSession();
    type(cell(GGD, eenzaamheid.id), '2');
    fireEvent.keyDown(cell(GGD, eenzaamheid.id) as HTMLInputElement, { key: 'Escape' });
    expect(within(session).getByTestId('dot-panel')).toBeTruthy();
    const ask = within(session).getByTestId('session-vote-discard');
    expect(ask.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(within(session).getByTestId('session-vote-discard-keep'));
    fireEvent.click(within(session).getByTestId('session-vote-discard-keep'));
    expect(within(session).queryByTestId('session-vote-discard')).toBeNull();
    expect(cell(GGD, eenzaamheid.id)?.value).toBe('2');
    // The toggle asks too; a second Escape discards.
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    expect(within(session).getByTestId('session-vote-discard')).toBeTruthy();
    fireEvent.keyDown(within(session).getByTestId('session-vote-discard-keep'), { key: 'Escape' });
    expect(within(session).queryByTestId('dot-panel')).toBeNull();
    // Back in vote mode nothing typed is left, and Escape leaves at once; Weggooien discards as well.
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    expect(cell(GGD, eenzaamheid.id)?.value).toBe('');
    type(cell(GGD, eenzaamheid.id), '1');
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    fireEvent.click(within(session).getByTestId('session-vote-discard-confirm'));
    expect(within(session).queryByTestId('dot-panel')).toBeNull();
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    fireEvent.keyDown(session, { key: 'Escape' });
    expect(within(session).queryByTestId('dot-panel')).toBeNull();
  });

  it("saves every partner's dots in one transaction and keeps what was typed until the analysis shows it", async () => {
    const writes = { count: 0 };
    const { session, db, eenzaamheid, wachtlijst } = await roomInSession({ writes });
    type(cell(GGD, eenzaamheid.id), '3');
    type(cell(GEMEENTE, wachtlijst.id), '2');
    fireEvent.click(within(session).getByTestId('dot-save'));
    await waitFor(() => expect(within(session).getByTestId('issues-status').textContent).toContain('zijn opgeslagen'));
    expect(writes.count).toBe(1);
    expect(await db.records.where('type').equals('dotVote').count()).toBe(3);
    // This analysis does not hold the saved votes yet: the cells still show what was typed.
    expect(cell(GGD, eenzaamheid.id)?.value).toBe('3');
    expect(cell(GEMEENTE, wachtlijst.id)?.value).toBe('2');
  });

  it('shows the partners by domain in the entry when shown anonymously, numbered within a domain', async () => {
    const { session, db } = await roomInSession();
    expect([...within(session).getByTestId('dot-entry').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Knelpunt',
      'GGD Brabant-Zuidoost',
      'Gemeente Helmond',
    ]);
    fireEvent.click(within(session).getByTestId('session-anonymous'));
    const heads = () => [...within(session).getByTestId('dot-entry').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads()).toEqual(['Knelpunt', 'Publieke gezondheid', 'Sociaal domein']);
    expect(within(session).getByTestId('dot-entry').textContent).not.toContain('GGD');
    cleanup();
    await db.records.put(partner('019a0000-0000-7000-8000-0000000000d3', 'GGD Hollands Noorden', 'publieke-gezondheid'));
    render(
      <SessionView
        analysis={analyseRegiobeeld(REGION, await db.records.toArray(), [])}
        votes={{ store: createDotVoteStore({ writeAsPartner: () => Promise.reject(new Error('not here')) }), self: COORDINATOR, coordinator: true }}
        confirm={() => true}
        today="2027-03-12"
        onClose={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('session-vote-mode'));
    fireEvent.click(screen.getByTestId('session-anonymous'));
    expect([...screen.getByTestId('dot-entry').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Knelpunt',
      'Publieke gezondheid 1',
      'Sociaal domein',
      'Publieke gezondheid 2',
    ]);
  });

  it('ties the round form’s problem to its input and says it aloud; the entry’s problem is said on a refused save, not at every key', async () => {
    const { session, eenzaamheid } = await roomInSession();
    fireEvent.click(within(session).getByTestId('dot-new-round').querySelector('summary') as HTMLElement);
    fireEvent.input(within(session).getByTestId('dot-round-name'), { target: { value: '   ' } });
    fireEvent.click(within(session).getByTestId('dot-round-open'));
    const problem = within(session).getByTestId('dot-round-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(within(session).getByTestId('dot-round-name').getAttribute('aria-describedby')).toContain(problem.id);
    expect(within(session).getByTestId('dot-round-name').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(within(session).getByTestId('dot-round-name'), { target: { value: 'Ronde 2' } });
    fireEvent.input(within(session).getByTestId('dot-round-budget'), { target: { value: '0' } });
    fireEvent.click(within(session).getByTestId('dot-round-open'));
    const budgetProblem = within(session).getByTestId('dot-round-problem');
    expect(budgetProblem.getAttribute('role')).toBe('alert');
    expect(within(session).getByTestId('dot-round-budget').getAttribute('aria-describedby')).toContain(budgetProblem.id);

    type(cell(GGD, eenzaamheid.id), '6');
    const entryProblem = within(session).getByTestId('dot-problem');
    expect(entryProblem.textContent).not.toBe('');
    expect(within(session).getByTestId('dot-entry').querySelector('[role="alert"]')).toBeNull();
    fireEvent.click(within(session).getByTestId('dot-save'));
    expect(entryProblem.querySelector('[role="alert"]')?.textContent).toMatch(/^Niet opgeslagen\./);
    type(cell(GGD, eenzaamheid.id), '7');
    expect(within(session).getByTestId('dot-entry').querySelector('[role="alert"]')).toBeNull();
  });

  it('saves a vote again that held dots on an issue deleted since, dropping those, and keeps dots on one not received', async () => {
    const { db, store, votes, eenzaamheid, wachtlijst, self } = await coordinatorRoom();
    const round = { name: 'Regiotafel 12 maart 2027', budget: 5 };
    await votes.openRound(round);
    await votes.vote(round, GGD, [
      { issueId: wachtlijst.id, dots: 2 },
      { issueId: ELSEWHERE, dots: 1 },
    ]);
    await store.deleteRecord(wachtlijst.id);
    render(<LiveSummary store={store} votes={{ store: votes, self: self.id, coordinator: true }} />);
    fireEvent.click(await screen.findByTestId('session-start'));
    const session = await screen.findByTestId('session-view');
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    expect(
      within(session)
        .getAllByTestId('dot-left')
        .map((node) => node.textContent),
    ).toEqual(['4', '5']);
    type(cell(GGD, eenzaamheid.id), '4');
    fireEvent.click(within(session).getByTestId('dot-save'));
    await waitFor(() => expect(within(session).getByTestId('issues-status').textContent).toContain('zijn opgeslagen'));
    expect((await db.records.get(dotVoteId(round.name, GGD)))?.body).toMatchObject({
      dots: [
        { issueId: eenzaamheid.id, dots: 4 },
        { issueId: ELSEWHERE, dots: 1 },
      ],
    });
  });

  it('keeps the focus in the session after a round is opened, so its keys still work', async () => {
    const { store, votes, self } = await coordinatorRoom();
    render(<LiveSummary store={store} votes={{ store: votes, self: self.id, coordinator: true }} />);
    fireEvent.click(await screen.findByTestId('session-start'));
    const session = await screen.findByTestId('session-view');
    fireEvent.click(within(session).getByTestId('session-vote-mode'));
    const open = within(session).getByTestId('dot-round-open');
    open.focus();
    fireEvent.click(open);
    await waitFor(() => expect(within(session).queryByTestId('dot-entry')).not.toBeNull());
    await waitFor(() => expect(session.contains(document.activeElement)).toBe(true));
    expect((document.activeElement as HTMLElement).dataset['testid']).toBe('dot-cell');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(within(session).queryByTestId('dot-panel')).toBeNull();
  });
});
