import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportButton } from '../../extension/features/exchange/export-button.tsx';
import { createRegionSettingsStore } from '../../extension/features/regiobeeld/region-settings-store.ts';
import { storeFailureText } from '../../extension/i18n/store-failure-text.ts';
import { StoreError } from '../../extension/services/store-error.ts';
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
  it("refuses to redact the coordinator's region settings at a partner as fixed to their writer, and nothing changes", async () => {
    const coordinator = testStore({ seed: 1 });
    const partner = testStore({ seed: 2 });
    await coordinator.store.setupPartner({ organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' });
    await partner.store.setupPartner(PARTNER_A);
    await createRegionSettingsStore(coordinator.store).publish({ issueIds: [], themes: ['Wachtlijsten, bel 06-12345678'] });
    const exported = await coordinator.store.exportBundle();
    expect((await partner.store.importBundleText(exported.text, exported.fileName)).ok).toBe(true);
    const finding = (await partner.store.privacyFindings('all')).find((found) => found.kind === 'phone');
    if (finding === undefined) throw new Error('the phone number is found');
    const before = await partner.db.records.toArray();
    const refused = await partner.store.redactFinding(finding).catch((error: unknown) => error);
    expect(refused instanceof StoreError && refused.code).toBe('frozen');
    expect(storeFailureText(refused, 'exportFailed')).toBe(
      'Hier kan niets worden weggelakt: dit gegeven ligt vast aan zijn inhoud (een uitgebrachte versie, de naam van een stemronde) of aan de partner die het schreef (een akkoord, een reactie, regio-instellingen). Bevestig de melding als het geen persoonsgegeven is.',
    );
    expect(await partner.db.records.toArray()).toEqual(before);
  });
});
