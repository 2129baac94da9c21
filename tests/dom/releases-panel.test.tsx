import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createReleaseStore, ReleaseRefused } from '../../extension/features/regiobeeld/release-store.ts';
import { ExportButton } from '../../extension/features/exchange/export-button.tsx';
import { ReleasesPanel } from '../../extension/features/regiobeeld/releases-panel.tsx';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { StoreError } from '../../extension/services/store-error.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { releaseDigest, webCryptoReleaseDigest } from '../../shared/regiobeeld/releases.ts';
import { releaseApprovalId } from '../../shared/schema/release.ts';
import { clipBody, PARTNER_B, testStore } from './support/test-store.ts';

afterEach(cleanup);

const COORDINATOR = { organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' } as const;

async function region() {
  const coordinator = testStore({ seed: 1 });
  const partner = testStore({ seed: 2 });
  const self = (await coordinator.store.setupPartner(COORDINATOR)).partner;
  const other = (await partner.store.setupPartner(PARTNER_B)).partner;
  await partner.store.createIssue({ title: 'Eenzaamheid onder 75-plussers', description: '', themes: [], areas: [] });
  return { coordinator, partner, self, other };
}

/** Every record one store holds, brought into another as a sync would. */
async function carry(from: RecordStore, to: RecordStore): Promise<void> {
  const exported = await from.exportBundle();
  expect((await to.importBundleText(exported.text, exported.fileName)).ok).toBe(true);
}

interface Downloaded {
  readonly fileName: string;
  readonly text: string;
}

function LivePanel({ store, self, coordinator, downloads }: { store: RecordStore; self: string; coordinator: boolean; downloads: Downloaded[] }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  if (records === undefined) return null;
  return (
    <ReleasesPanel
      analysis={analyseRegiobeeld('helmond-de-peel', records, [])}
      records={records}
      releases={createReleaseStore(store)}
      self={self}
      coordinator={coordinator}
      today="2027-03-01"
      exchange={store}
      download={(fileName, text) => downloads.push({ fileName, text })}
      digestOf={digestOf}
    />
  );
}

const digestOf = webCryptoReleaseDigest(crypto.subtle);

const releaseItems = () => screen.queryAllByTestId('release');

async function releaseAs(name: string) {
  const form = screen.getByTestId('release-form');
  fireEvent.input(within(form).getByTestId('release-field-name'), { target: { value: name } });
  fireEvent.submit(form);
  await waitFor(() => expect(screen.getByTestId('releases-status').textContent).toBe(`Versie “${name}” is uitgebracht.`));
}

describe('the releases panel', () => {
  it('lets the coordinator release, download the frozen bundle, see akkoord arrive and the difference of the next release', async () => {
    const { coordinator, partner, self, other } = await region();
    await carry(partner.store, coordinator.store);
    const downloads: Downloaded[] = [];
    const view = render(<LivePanel store={coordinator.store} self={self.id} coordinator downloads={downloads} />);
    expect((await screen.findByTestId('releases-empty')).textContent).toBe('Er is nog geen versie uitgebracht.');

    // The name is required.
    fireEvent.submit(screen.getByTestId('release-form'));
    expect((await screen.findByTestId('release-name-error')).textContent).toBe('Geef de versie een naam.');
    await releaseAs('Regiobeeld 1.0');
    await waitFor(() => expect(releaseItems()).toHaveLength(1));
    const first = releaseItems()[0] as HTMLElement;
    const digestPrefix = within(first).getByTestId('release-digest').textContent ?? '';
    expect(digestPrefix).toMatch(/^[0-9a-f]{12}$/);
    expect(within(first).getByTestId('release-akkoord-count').textContent).toBe('akkoord: 0 van 1');
    expect(within(first).getByTestId('release-waiting').textContent).toBe('Nog niet akkoord: Gemeente Helmond (Sociaal domein)');
    expect((await screen.findByTestId('release-live-unchanged')).textContent).toBe('Het regiobeeld is niet veranderd sinds deze versie.');
    // A coordinator releases, it does not give akkoord.
    expect(within(first).queryByTestId('release-approve')).toBeNull();

    fireEvent.click(within(first).getByTestId('release-download'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.fileName).toBe(`regiobeeld-helmond-de-peel-regiobeeld-1-0-${digestPrefix}.json`);
    const frozen = decodeBundle(downloads[0]?.text ?? '', { now: Date.now() });
    if (!frozen.ok) throw new Error('the frozen bundle decodes');
    expect(releaseDigest(frozen.bundle.records).slice(0, 12)).toBe(digestPrefix);
    expect(frozen.bundle.records.some((record) => record.type === 'release')).toBe(true);

    // The partner receives the release and gives its akkoord with a remark.
    await carry(coordinator.store, partner.store);
    const releaseId = first.dataset['releaseId'] ?? '';
    view.unmount();
    render(<LivePanel store={partner.store} self={other.id} coordinator={false} downloads={[]} />);
    const shown = await screen.findByTestId('release');
    expect(within(shown).queryByTestId('release-download')).toBeNull();
    fireEvent.input(within(shown).getByTestId('release-remark'), { target: { value: 'Herkenbaar beeld' } });
    fireEvent.submit(within(shown).getByTestId('release-approve').closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByTestId('releases-status').textContent).toBe('Uw akkoord met “Regiobeeld 1.0” is opgeslagen.'));
    expect((await partner.db.records.get(releaseApprovalId(other.id, releaseId)))?.type).toBe('releaseApproval');
    await screen.findByTestId('release-withdraw');
    cleanup();

    // Back at the coordinator: the akkoord counts, the live regiobeeld changes, the next release shows the new issue.
    await carry(partner.store, coordinator.store);
    await coordinator.store.createIssue({ title: 'Overbelaste mantelzorgers', description: '', themes: [], areas: [] });
    render(<LivePanel store={coordinator.store} self={self.id} coordinator downloads={downloads} />);
    await waitFor(() => expect(screen.getByTestId('release-akkoord-count').textContent).toBe('akkoord: 1 van 1'));
    expect(screen.getByTestId('release-approved-by').textContent).toBe('Akkoord: Gemeente Helmond (Sociaal domein): “Herkenbaar beeld”');
    const live = await screen.findByTestId('release-difference');
    expect(live.dataset['between']).toBe('live');
    expect(within(live).getByTestId('diff-added').textContent).toContain('Overbelaste mantelzorgers');
    expect(screen.getByTestId('release-download-gone')).toBeTruthy();

    await releaseAs('Regiobeeld 1.1');
    await waitFor(() => expect(releaseItems()).toHaveLength(2));
    const newest = releaseItems()[0] as HTMLElement;
    expect(newest.textContent).toContain('Regiobeeld 1.1');
    const difference = within(newest).getByTestId('release-difference');
    expect(difference.dataset['between']).toBe('previous');
    expect(within(difference).getByTestId('diff-added').textContent).toBe('Nieuwe knelpunten (1)Overbelaste mantelzorgers');
    expect(within(newest).getByTestId('release-akkoord-count').textContent).toBe('akkoord: 0 van 1');

    // A name is used once.
    fireEvent.input(screen.getByTestId('release-field-name'), { target: { value: 'Regiobeeld 1.1' } });
    fireEvent.submit(screen.getByTestId('release-form'));
    await waitFor(() => expect(screen.getByTestId('releases-failure').textContent).toBe('Er is al een versie met deze naam. Kies een andere naam.'));
  });

  it('refuses a release by a partner, one of records changed since they were analysed, and akkoord by the coordinator', async () => {
    const { coordinator, partner, other } = await region();
    const code = (work: Promise<unknown>) =>
      work.then(
        () => 'stored',
        (error: unknown) => (error instanceof ReleaseRefused ? error.code : String(error)),
      );
    const seenBy = async (store: RecordStore) => {
      const records = await store.listRecords();
      return { digest: releaseDigest(records), issues: analyseRegiobeeld('helmond-de-peel', records, []).issues.issues };
    };
    const input = { name: 'Regiobeeld 1.0', note: '', releasedOn: '2027-03-01' };
    expect(await code(createReleaseStore(partner.store).release(input, await seenBy(partner.store)))).toBe('not-coordinator');
    const stale = await seenBy(coordinator.store);
    await carry(partner.store, coordinator.store);
    const before = await coordinator.db.records.toArray();
    expect(await code(createReleaseStore(coordinator.store).release(input, stale))).toBe('changed');
    expect(await coordinator.db.records.toArray()).toEqual(before);
    const made = await createReleaseStore(coordinator.store).release(input, await seenBy(coordinator.store));
    expect(await code(createReleaseStore(coordinator.store).approve(made.id, 'akkoord', ''))).toBe('coordinator');
    await carry(coordinator.store, partner.store);
    expect(await code(createReleaseStore(partner.store).approve(made.id, 'withdrawn', ''))).toBe('not-said');
    expect((await createReleaseStore(partner.store).approve(made.id, 'akkoord', '')).id).toBe(releaseApprovalId(other.id, made.id));
    expect((await createReleaseStore(partner.store).approve(made.id, 'withdrawn', '')).body.verdict).toBe('withdrawn');
  });

  it('keeps personal data out of a frozen version: refused in its name or note, and never redacted in it', async () => {
    const { coordinator } = await region();
    const seen = async () => {
      const records = await coordinator.store.listRecords();
      return { digest: releaseDigest(records), issues: analyseRegiobeeld('helmond-de-peel', records, []).issues.issues };
    };
    const releases = createReleaseStore(coordinator.store);
    const refused = await releases
      .release({ name: 'Regiobeeld 1.0', note: 'Vragen aan jan.jansen@helmond.nl', releasedOn: '2027-03-01' }, await seen())
      .catch((error: unknown) => (error instanceof ReleaseRefused ? error.code : String(error)));
    expect(refused).toBe('personal-data');
    const issue = await coordinator.store.createIssue({ title: 'Wachtlijst, meld bij info@wijkteam.nl', description: '', themes: [], areas: [] });
    const [found] = await coordinator.store.privacyFindings('all');
    if (found === undefined) throw new Error('the e-mail address is found');
    await coordinator.store.confirmFinding(found);
    const made = await releases.release({ name: 'Regiobeeld 1.0', note: '', releasedOn: '2027-03-01' }, await seen());
    const inRelease = (await coordinator.store.privacyFindings('all')).find((finding) => finding.recordId === made.id);
    if (inRelease === undefined) throw new Error('the release holds the title too');
    expect(inRelease.field).toBe('body.issues[0].title');
    const code = await coordinator.store.redactFinding(inRelease).then(
      () => 'redacted',
      (error: unknown) => (error instanceof StoreError ? error.code : String(error)),
    );
    expect(code).toBe('frozen');
    expect((await coordinator.db.records.get(made.id))?.updatedAt).toBe(made.updatedAt);
    expect((await coordinator.db.records.get(issue.id))?.type).toBe('issue');
  });
  it('keeps the focus on the control that takes the place of the one pressed when akkoord is given and withdrawn', async () => {
    const { coordinator, partner, other } = await region();
    await carry(partner.store, coordinator.store);
    const records = await coordinator.store.listRecords();
    await createReleaseStore(coordinator.store).release(
      { name: 'Regiobeeld 1.0', note: '', releasedOn: '2027-03-01' },
      { digest: releaseDigest(records), issues: analyseRegiobeeld('helmond-de-peel', records, []).issues.issues },
    );
    await carry(coordinator.store, partner.store);
    render(<LivePanel store={partner.store} self={other.id} coordinator={false} downloads={[]} />);
    const approve = await screen.findByTestId('release-approve');
    approve.focus();
    fireEvent.submit(approve.closest('form') as HTMLFormElement);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('release-withdraw')));
    fireEvent.click(screen.getByTestId('release-withdraw'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('release-approve')));
    expect(screen.getByTestId('releases-status').textContent).toBe('Uw akkoord met “Regiobeeld 1.0” is ingetrokken.');
  });

  it('tells the records unchanged since the newest release from records changed with the same standing issues', async () => {
    const { coordinator, partner, self } = await region();
    await carry(partner.store, coordinator.store);
    render(<LivePanel store={coordinator.store} self={self.id} coordinator downloads={[]} />);
    await screen.findByTestId('releases-empty');
    await releaseAs('Regiobeeld 1.0');
    expect((await screen.findByTestId('release-live-unchanged')).textContent).toBe('Het regiobeeld is niet veranderd sinds deze versie.');
    expect(screen.queryByTestId('release-live-same-issues')).toBeNull();
    // A new clip changes the records, not the standing issues.
    await coordinator.store.saveObservation({ body: clipBody('Een op de drie 75-plussers voelt zich eenzaam.') });
    expect((await screen.findByTestId('release-live-same-issues')).textContent).toBe(
      'Het regiobeeld is veranderd, maar de knelpunten, hun plaats, status en onderbouwing niet.',
    );
    expect(screen.queryByTestId('release-live-unchanged')).toBeNull();
    expect(screen.getByTestId('release-download-gone')).toBeTruthy();
  });
  it("refuses to redact a partner's akkoord at the coordinator with a clear message, and lets the finding be confirmed instead", async () => {
    const { coordinator, partner, other } = await region();
    await carry(partner.store, coordinator.store);
    const records = await coordinator.store.listRecords();
    const made = await createReleaseStore(coordinator.store).release(
      { name: 'Regiobeeld 1.0', note: '', releasedOn: '2027-03-01' },
      { digest: releaseDigest(records), issues: analyseRegiobeeld('helmond-de-peel', records, []).issues.issues },
    );
    await carry(coordinator.store, partner.store);
    await createReleaseStore(partner.store).approve(made.id, 'akkoord', 'Vragen aan jan.jansen@helmond.nl');
    await carry(partner.store, coordinator.store);
    const approvalId = releaseApprovalId(other.id, made.id);
    const before = await coordinator.db.records.get(approvalId);
    render(<ExportButton store={coordinator.store} download={() => undefined} />);
    fireEvent.click(screen.getByTestId('export-button'));
    const finding = await screen.findByTestId('privacy-finding');
    fireEvent.click(within(finding).getByTestId('privacy-redact'));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe(
        'Hier kan niets worden weggelakt: dit gegeven ligt vast aan zijn inhoud (een uitgebrachte versie, de naam van een stemronde) of aan de partner die het schreef (een akkoord, een reactie, regio-instellingen). Bevestig de melding als het geen persoonsgegeven is.',
      ),
    );
    expect(await coordinator.db.records.get(approvalId)).toEqual(before);
    fireEvent.click(screen.getByTestId('privacy-confirm'));
    await waitFor(() => expect(screen.queryByTestId('privacy-finding')).toBeNull());
  });
  it('counts releases by someone who is not the coordinator with the plural of the language', async () => {
    const { coordinator, self } = await region();
    const records = await coordinator.store.listRecords();
    const analysis = analyseRegiobeeld('helmond-de-peel', records, []);
    const panel = (ignored: number) => (
      <ReleasesPanel
        analysis={{ ...analysis, releases: { releases: [], ignored } }}
        records={records}
        releases={createReleaseStore(coordinator.store)}
        self={self.id}
        coordinator
        today="2027-03-01"
        exchange={coordinator.store}
        download={() => undefined}
        digestOf={digestOf}
      />
    );
    const view = render(panel(1));
    expect(screen.getByTestId('releases-ignored').textContent).toBe('1 versie genegeerd: uitgebracht door een installatie die niet de coördinator is.');
    view.rerender(panel(2));
    expect(screen.getByTestId('releases-ignored').textContent).toBe('2 versies genegeerd: uitgebracht door een installatie die niet de coördinator is.');
  });
});
