import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportButton } from '../../extension/features/exchange/export-button.tsx';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { REDACTED } from '../../shared/privacy/redact.ts';
import { clipBody, PARTNER_A, START, testStore } from './support/test-store.ts';

afterEach(cleanup);

async function storeWithPersonalData() {
  const machine = testStore();
  await machine.store.setupPartner(PARTNER_A);
  await machine.store.addObservation({
    ...clipBody('Wachtlijst GGZ jongeren in Helmond is 14 weken.'),
    interpretation: 'Navragen bij j.jansen@ggz.nl of 06-12345678.',
  });
  await machine.store.addObservation(clipBody('Dossier 111222333 is een volgnummer, geen BSN.'));
  return machine;
}

describe('personal-data review before export', () => {
  it('lists what the scan finds; redacting makes a new version, confirming remembers the finding', async () => {
    const { store, db } = await storeWithPersonalData();
    const findings = await store.privacyFindings();
    expect(findings.map((f) => [f.kind, f.match])).toEqual(
      expect.arrayContaining([
        ['email', 'j.jansen@ggz.nl'],
        ['phone', '06-12345678'],
        ['bsn', '111222333'],
      ]),
    );
    const email = findings.find((f) => f.kind === 'email');
    const bsn = findings.find((f) => f.kind === 'bsn');
    if (email === undefined || bsn === undefined) throw new Error('expected findings');
    const before = await db.records.get(email.recordId);
    const redacted = await store.redactFinding(email);
    expect(redacted.updatedAt > (before?.updatedAt ?? '')).toBe(true);
    expect(redacted.type === 'observation' && redacted.body?.interpretation).toBe(`Navragen bij ${REDACTED} of 06-12345678.`);
    // The finding belonged to the old version: redacting it again is refused, nothing changes.
    await expect(store.redactFinding(email)).rejects.toThrow(/not-found/);
    await store.confirmFinding(bsn);
    expect((await store.privacyFindings()).map((f) => f.kind)).toEqual(['phone']);
  });

  it('holds the export until every finding is redacted or confirmed, then downloads a bundle without them', async () => {
    const { store } = await storeWithPersonalData();
    const downloads: string[] = [];
    render(<ExportButton store={store} download={(_, text) => downloads.push(text)} />);
    fireEvent.click(screen.getByTestId('export-button'));
    await waitFor(() => expect(screen.getAllByTestId('privacy-finding')).toHaveLength(3));
    expect(downloads).toEqual([]);
    expect(screen.getByTestId('privacy-review').textContent).toContain('06-12345678');

    for (const kind of ['email', 'phone']) {
      const item = screen.getAllByTestId('privacy-finding').find((li) => li.dataset.kind === kind);
      fireEvent.click(item?.querySelector('[data-testid="privacy-redact"]') as HTMLElement);
      await waitFor(() => expect(screen.queryAllByTestId('privacy-finding').some((li) => li.dataset.kind === kind)).toBe(false));
    }
    fireEvent.click(screen.getByTestId('privacy-confirm'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByTestId('privacy-review')).toBeNull();
    const bundle = decodeBundle(downloads[0] ?? '', { now: START + 60_000 });
    expect(bundle.ok).toBe(true);
    expect(downloads[0]).not.toContain('06-12345678');
    expect(downloads[0]).not.toContain('j.jansen@ggz.nl');
    expect(downloads[0]).toContain('111222333');
  });
});
