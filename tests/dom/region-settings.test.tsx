import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegiobeeldDb } from '../../extension/db/schema.ts';
import { CaptureSheet } from '../../extension/features/capture-sheet/capture-sheet.tsx';
import { sheetFromDraft } from '../../extension/features/capture-sheet/sheet-values.ts';
import { RegionSettingsPanel } from '../../extension/features/regiobeeld/region-settings-panel.tsx';
import { createRegionSettingsStore, RegionSettingsRefused } from '../../extension/features/regiobeeld/region-settings-store.ts';
import { SurveyList } from '../../extension/features/surveys/survey-list.tsx';
import { createBundleSigning } from '../../extension/services/bundle-signing.ts';
import { createRecordStore, type RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { toetsJson } from '../unit/survey/support/toets-survey.ts';
import { selectionDraft } from './support/drafts.ts';
import { freshDbName, PARTNER_A, PARTNER_B, START, seededRandom } from './support/test-store.ts';

afterEach(cleanup);

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const COORDINATOR = { organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' } as const;
const loaded = loadDefinitions([{ fileName: 'toets.v1.json', content: toetsJson(1) }]);

function signingStore(seed: number) {
  const db = openRegiobeeldDb(freshDbName());
  let now = START;
  const store = createRecordStore({ db, now: () => now, random: seededRandom(seed), signing: createBundleSigning({ db, signer }) });
  return { db, store, advance: (ms: number) => (now += ms) };
}

function LivePanel({ store, coordinator }: { store: RecordStore; coordinator: boolean }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  if (records === undefined) return null;
  const analysis = analyseRegiobeeld('helmond-de-peel', records, loaded.definitions);
  return <RegionSettingsPanel analysis={analysis} definitions={loaded.definitions} store={coordinator ? createRegionSettingsStore(store) : undefined} />;
}

const issue = (title: string) => ({ title, description: '', themes: [], areas: [] });

describe('the region settings of the coordinator', () => {
  it('are published by the coordinator only, naming live issues; the same settings again write nothing', async () => {
    const coordinator = signingStore(31);
    await coordinator.store.setupPartner(COORDINATOR);
    const one = await coordinator.store.createIssue(issue('Huisartsentekort'));
    const publishing = createRegionSettingsStore(coordinator.store);
    const first = await publishing.publish({ issueIds: [one.id], themes: ['vergrijzing'] });
    coordinator.advance(1_000);
    expect((await publishing.publish({ issueIds: [one.id], themes: ['vergrijzing'] })).updatedAt).toBe(first.updatedAt);
    await coordinator.store.deleteRecord(one.id);
    const before = await coordinator.db.records.toArray();
    await expect(publishing.publish({ issueIds: [one.id], themes: [] })).rejects.toEqual(new RegionSettingsRefused('issue-not-found'));
    expect(await coordinator.db.records.toArray()).toEqual(before);

    const partner = signingStore(32);
    await partner.store.setupPartner(PARTNER_A);
    await expect(createRegionSettingsStore(partner.store).publish({ issueIds: [], themes: [] })).rejects.toEqual(new RegionSettingsRefused('not-coordinator'));
  });

  it('are published from the panel, and a partner sees the list, the themes, the round and what is not on it yet', async () => {
    const coordinator = signingStore(33);
    await coordinator.store.setupPartner(COORDINATOR);
    await coordinator.store.createIssue(issue('Huisartsentekort'));
    coordinator.advance(1_000);
    await coordinator.store.createIssue(issue('Eenzaamheid onder 75-plussers'));
    render(<LivePanel store={coordinator.store} coordinator />);
    expect((await screen.findByTestId('region-settings-none')).textContent).toContain('U hebt nog geen gedeelde lijst gepubliceerd.');
    fireEvent.click(screen.getByTestId('region-settings-open'));
    const form = screen.getByTestId('region-settings-form');
    const options = within(form).getAllByTestId('region-settings-issue-option') as HTMLInputElement[];
    // Every standing issue starts on the list.
    expect(options.map((option) => option.checked)).toEqual([true, true]);
    // Ticking off and on again moves nothing: the list keeps the order the form opened with.
    const order = () =>
      within(form)
        .getAllByTestId('region-settings-issue-option')
        .map((option) => option.dataset['issueId']);
    const opened = order();
    fireEvent.click(options[0] as HTMLElement);
    expect(order()).toEqual(opened);
    fireEvent.click(within(form).getAllByTestId('region-settings-issue-option')[0] as HTMLElement);
    expect(order()).toEqual(opened);
    fireEvent.click(
      within(form)
        .getAllByTestId('region-settings-theme-option')
        .find((option) => option.dataset['value'] === 'vergrijzing') as HTMLElement,
    );
    fireEvent.input(within(form).getByTestId('region-settings-own-themes'), { target: { value: 'Wonen en zorg\n\nWonen en zorg' } });
    fireEvent.change(within(form).getByTestId('region-settings-survey'), { target: { value: 'toets' } });
    fireEvent.input(within(form).getByTestId('region-settings-survey-round'), { target: { value: '0' } });
    fireEvent.submit(form);
    expect((await within(form).findByText('Vul een ronde in van 1 tot en met 20.')).tagName).toBe('P');
    fireEvent.input(within(form).getByTestId('region-settings-survey-round'), { target: { value: '2' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('region-settings-status').textContent).toContain('Gepubliceerd.'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('region-settings-open')));
    expect((await screen.findAllByTestId('region-settings-issue')).map((item) => item.textContent)).toEqual([
      'Huisartsentekort',
      'Eenzaamheid onder 75-plussers',
    ]);
    expect(screen.getByTestId('region-settings-themes').textContent).toBe('Thema’s: Vergrijzing, Wonen en zorg.');
    expect(screen.getByTestId('region-settings-round').textContent).toBe('De regiotafel vraagt nu: Toets, ronde 2.');
    cleanup();

    const partner = signingStore(34);
    await partner.store.setupPartner(PARTNER_B);
    await partner.store.importBundleText((await coordinator.store.exportBundle()).text, 'coordinator.json');
    const own = await partner.store.createIssue(issue('Wachttijd wijkverpleging'));
    render(<LivePanel store={partner.store} coordinator={false} />);
    expect((await screen.findByTestId('region-settings-published')).textContent).toContain('Gepubliceerd door Regiotafel Helmond-De Peel');
    expect(screen.queryByTestId('region-settings-open')).toBeNull();
    expect(screen.getAllByTestId('region-settings-not-shared').map((item) => item.dataset['issueId'])).toEqual([own.id]);

    // The capture sheet offers the shared list first, marks the partner's own issue, and tags with the region's themes.
    const choices = await partner.store.captureChoices();
    cleanup();
    render(
      <CaptureSheet
        heading="Nieuwe waarneming"
        initial={sheetFromDraft(selectionDraft(), { capturedAt: '2026-11-22T10:00:00.000Z', regionAreas: [], language: 'nl' })}
        regionAreas={[]}
        issues={choices.issues}
        sharedIssueIds={choices.sharedIssueIds}
        regionThemes={choices.themes}
        canCreateIssue
        onSave={async () => {}}
        onCancel={() => {}}
      />,
    );
    const labels = screen.getAllByTestId('issue-option').map((option) => option.parentElement?.textContent);
    expect(labels).toEqual(['Huisartsentekort', 'Eenzaamheid onder 75-plussers', 'Wachttijd wijkverpleging nog niet op de gedeelde lijst']);
    expect(screen.getAllByTestId('themes-option').map((option) => option.parentElement?.textContent)).toEqual(['Vergrijzing', 'Wonen en zorg']);
    cleanup();

    // The survey list names the round the regiotafel asks for.
    render(<SurveyList loaded={loaded} records={await partner.store.listRecords()} origin={(await partner.store.getIdentity()).origin} />);
    expect(screen.getByTestId('survey-round-asked').textContent).toBe('De regiotafel vraagt nu: Toets, ronde 2.');
    expect(screen.getByTestId('survey-item').dataset['asked']).toBe('true');
  });

  it("name a partner's settings as not counting", async () => {
    const partner = signingStore(35);
    const { partner: record } = await partner.store.setupPartner(PARTNER_A);
    await partner.store.writeAsPartner(async (context) => {
      const { liveVersion } = await import('../../shared/records/versions.ts');
      const { regionSettingsId } = await import('../../shared/schema/region-settings.ts');
      await context.records.put(
        liveVersion(
          'regionSettings',
          regionSettingsId(record.origin),
          { issueIds: [], themes: ['eigen'] },
          { region: record.region, origin: record.origin, updatedAt: context.stamp() },
        ),
      );
    });
    render(<LivePanel store={partner.store} coordinator={false} />);
    expect((await screen.findByTestId('region-settings-ignored')).textContent).toBe(
      'Regio-instellingen van GGZ Oost-Brabant tellen niet mee: alleen de coördinator van de regiotafel publiceert ze.',
    );
    expect(screen.getByTestId('region-settings-none')).toBeTruthy();
  });
});
