import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognitionStore, RecognitionRefused } from '../../extension/features/regiobeeld/recognition-store.ts';
import { createReplyStore, ReplyRefused } from '../../extension/features/regiobeeld/reply-store.ts';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { recognitionId } from '../../shared/schema/recognition.ts';
import { clipBody, PARTNER_A, PARTNER_B, testStore } from './support/test-store.ts';

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

describe('replying to what another partner said, and recognising a clip', () => {
  async function twoPartners() {
    const a = testStore({ seed: 41 });
    await a.store.setupPartner(PARTNER_A);
    const issue = await a.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
    const clip = await a.store.addObservation({ ...clipBody('In Deurne is een op de drie ouderen eenzaam.'), issueIds: [issue.id] });
    await createRecognitionStore(a.store).say('issue', issue.id, 'not-recognised', 'Niet bij ons');
    const b = testStore({ seed: 42 });
    const { partner } = await b.store.setupPartner(PARTNER_B);
    await b.store.importBundleText((await a.store.exportBundle()).text, 'a.json');
    return { a, b, partner, issue, clip };
  }

  function LiveWithReplies({ store, self }: { store: RecordStore; self: string }) {
    const records = useLiveQuery(() => store.listRecords(), [store]);
    return records === undefined ? null : (
      <RegiobeeldSummary
        analysis={analyseRegiobeeld('helmond-de-peel', records, [])}
        recognitions={{ store: createRecognitionStore(store), self }}
        replies={{ store: createReplyStore(store), self }}
      />
    );
  }

  it('refuses a reply to its own word and to a word not there, storing nothing', async () => {
    const { a, b, issue } = await twoPartners();
    const code = (work: Promise<unknown>) =>
      work.then(
        () => 'stored',
        (error: unknown) => (error instanceof ReplyRefused ? error.code : String(error)),
      );
    const word = recognitionId((await a.store.getIdentity()).origin, issue.id);
    const before = await a.db.records.toArray();
    expect(await code(createReplyStore(a.store).reply(word, 'Toch wel'))).toBe('own');
    expect(await code(createReplyStore(a.store).withdraw(word))).toBe('not-said');
    expect(await code(createReplyStore(b.store).reply(issue.id, 'Toch wel'))).toBe('not-found');
    expect(await a.db.records.toArray()).toEqual(before);
  });

  it('replies from the issue table, says it again, withdraws it; and says "herken ik" of a clip in the evidence', async () => {
    const { b, partner, clip } = await twoPartners();
    render(<LiveWithReplies store={b.store} self={partner.origin} />);
    const row = await screen.findByTestId('issue-recognitions');
    fireEvent.click(within(row).getByTestId('reply-open'));
    const form = within(row).getByTestId('reply-form');
    expect((within(form).getByTestId('reply-to') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('GGZ Oost-Brabant (herkent het niet)');
    fireEvent.submit(form);
    expect((await within(form).findByText('Schrijf uw reactie.')).tagName).toBe('P');
    fireEvent.input(within(form).getByTestId('reply-text'), { target: { value: 'Bij ons wel, zie de GGD-monitor' } });
    fireEvent.submit(form);
    await waitFor(() =>
      expect(screen.getByTestId('recognition-reply').textContent).toBe('Gemeente Helmond reageert op GGZ Oost-Brabant: “Bij ons wel, zie de GGD-monitor”'),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('reply-open')));
    fireEvent.click(screen.getByTestId('reply-open'));
    // Opened again, it holds what this partner said before, and can take it back.
    expect((screen.getByTestId('reply-text') as HTMLInputElement).value).toBe('Bij ons wel, zie de GGD-monitor');
    fireEvent.click(screen.getByTestId('reply-withdraw'));
    await waitFor(() => expect(screen.queryByTestId('recognition-reply')).toBeNull());
    expect(screen.getByTestId('issues-status').textContent).toBe('Uw reactie is ingetrokken.');

    const details = screen.getByTestId('issue-details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const evidence = await screen.findByTestId('issue-evidence');
    const onClip = within(evidence).getByTestId('issue-recognitions');
    expect(onClip.dataset['targetType']).toBe('observation');
    expect(onClip.dataset['targetId']).toBe(clip.id);
    fireEvent.click(within(onClip).getByTestId('recognise-yes'));
    await waitFor(() =>
      expect(within(screen.getByTestId('issue-evidence')).getByTestId('recognised-by').textContent).toBe('Herkend door: Sociaal domein (Gemeente Helmond)'),
    );
  });
});
