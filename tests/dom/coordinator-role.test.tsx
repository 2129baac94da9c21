import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRegiobeeldDb } from '../../extension/db/schema.ts';
import { SettingsPanel } from '../../extension/features/onboarding/settings-panel.tsx';
import { SetupForm } from '../../extension/features/onboarding/setup-form.tsx';
import { createBundleSigning } from '../../extension/services/bundle-signing.ts';
import { createRecordStore } from '../../extension/services/record-store.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { clipBody, freshDbName, PARTNER_A, START, seededRandom } from './support/test-store.ts';

afterEach(cleanup);

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const COORDINATOR = { organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' } as const;

function signingStore(seed: number) {
  const db = openRegiobeeldDb(freshDbName());
  let now = START;
  const store = createRecordStore({ db, now: () => now, random: seededRandom(seed), signing: createBundleSigning({ db, signer }) });
  return { db, store, advance: (ms: number) => (now += ms) };
}

const fill = (testId: string, value: string) => {
  const element = screen.getByTestId(testId);
  if (element instanceof HTMLSelectElement) fireEvent.change(element, { target: { value } });
  else fireEvent.input(element, { target: { value } });
};

describe('the coordinator of the regiotafel', () => {
  it('is set up without a domain', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    fill('setup-organisation', 'Regiotafel Helmond-De Peel');
    fireEvent.click(screen.getByTestId('setup-role-coordinator'));
    expect(screen.queryByTestId('setup-domain')).toBeNull();
    fill('setup-region', 'Helmond-De Peel');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(COORDINATOR);
  });

  it('exports a signed bundle of version 5 that names no domain, and a partner takes it in', async () => {
    const coordinator = signingStore(21);
    await coordinator.store.setupPartner(COORDINATOR);
    const { text } = await coordinator.store.exportBundle();
    const bundle = JSON.parse(text) as { schemaVersion: number; producer: Record<string, unknown>; records: { type: string; body: Record<string, unknown> }[] };
    expect(bundle.schemaVersion).toBe(5);
    expect(bundle.producer).toMatchObject({ kind: 'partner', organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator' });
    expect(bundle.producer).not.toHaveProperty('domain');
    expect(bundle.records.find((record) => record.type === 'partner')?.body).not.toHaveProperty('domain');

    const partner = signingStore(22);
    await partner.store.setupPartner(PARTNER_A);
    const taken = await partner.store.importBundleText(text, 'regiotafel.json');
    expect(taken).toMatchObject({ ok: true, added: 1, errors: [] });
  });
});

describe('changed settings', () => {
  it('write a new version of the partner record that keeps the region code and the published key', async () => {
    const { store, advance } = signingStore(23);
    const { partner } = await store.setupPartner(PARTNER_A);
    advance(1_000);
    const changed = await store.updatePartner({ ...COORDINATOR, organisation: 'Regiotafel De Peel', regionName: 'De Peel' });
    expect(changed).toMatchObject({
      id: partner.id,
      region: 'helmond-de-peel',
      body: { organisation: 'Regiotafel De Peel', role: 'coordinator', regionName: 'De Peel' },
    });
    expect(changed.body.publicKey).toEqual(partner.body.publicKey);
    expect(changed.body).not.toHaveProperty('domain');
    expect(changed.updatedAt > partner.updatedAt).toBe(true);
    expect(await store.currentPartner()).toEqual(changed);
    // The same settings again write nothing.
    expect((await store.updatePartner({ ...COORDINATOR, organisation: 'Regiotafel De Peel', regionName: 'De Peel' })).updatedAt).toBe(changed.updatedAt);
  });

  it('travel: a partner who held the first version takes the new one, signed by the same key', async () => {
    const coordinator = signingStore(24);
    const other = signingStore(25);
    await coordinator.store.setupPartner(COORDINATOR);
    await other.store.setupPartner(PARTNER_A);
    await other.store.importBundleText((await coordinator.store.exportBundle()).text, 'eerst.json');
    coordinator.advance(1_000);
    await coordinator.store.updatePartner({ ...COORDINATOR, contactName: 'An de Vries' });
    const again = await other.store.importBundleText((await coordinator.store.exportBundle()).text, 'later.json');
    expect(again).toMatchObject({ ok: true, updated: 1, errors: [] });
  });

  it('are changed on the dashboard from the settings panel, which names the region code that stays', async () => {
    const { store, advance } = signingStore(26);
    const { partner } = await store.setupPartner(PARTNER_A);
    await store.addObservation(clipBody('In Deurne sloot de laatste huisartsenpraktijk.'));
    advance(1_000);
    const onSaved = vi.fn();
    render(<SettingsPanel store={store} partner={partner} onSaved={onSaved} />);
    fireEvent.click(screen.getByTestId('settings-open'));
    expect(screen.getByTestId('setup-region-code').textContent).toContain('Regiocode: helmond-de-peel.');
    expect((screen.getByTestId('setup-domain') as HTMLSelectElement).value).toBe('zorg');
    fill('setup-domain', 'publieke-gezondheid');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toBe('De instellingen zijn opgeslagen.'));
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ body: expect.objectContaining({ domain: 'publieke-gezondheid' }) }));
    expect(screen.queryByTestId('setup-form')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('settings-open')));

    fireEvent.click(screen.getByTestId('settings-open'));
    expect(screen.queryByTestId('setup-role-change')).toBeNull();
    fireEvent.click(screen.getByTestId('setup-role-coordinator'));
    expect(screen.getByTestId('setup-role-change').textContent).toContain('Als coördinator telt u niet meer mee als partner');
    fireEvent.click(screen.getByTestId('setup-cancel'));
    expect(screen.queryByTestId('setup-form')).toBeNull();
  });

  it('keep a partner of another known region in that region when its name is changed, and say its gemeenten stay offered', async () => {
    const { store, advance } = signingStore(27);
    const { partner } = await store.setupPartner({ ...PARTNER_A, regionName: 'GGD-regio Brabant-Zuidoost' });
    expect(partner.region).toBe('ggd-regio-brabant-zuidoost');
    advance(1_000);
    const onSaved = vi.fn();
    render(<SettingsPanel store={store} partner={partner} onSaved={onSaved} />);
    fireEvent.click(screen.getByTestId('settings-open'));
    expect(screen.getByTestId('setup-region-code').textContent).toContain('ggd-regio-brabant-zuidoost');
    const hint = () => document.getElementById('setup-region-hint')?.textContent;
    expect(hint()).toContain('Regio uit de lijst (GGD-regio · 21 gemeenten)');
    fill('setup-region', 'Brabant Zuidoost');
    expect(hint()).toContain('Regio uit de lijst (GGD-regio · 21 gemeenten)');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ region: 'ggd-regio-brabant-zuidoost', body: expect.objectContaining({ regionName: 'Brabant Zuidoost' }) }),
    );
  });
});
