import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useMemo } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanView } from '../../extension/features/plan/plan-view.tsx';
import { createPlanStore, type PlanStore } from '../../extension/features/plan/plan-store.ts';
import type { RecordStore } from '../../extension/services/record-store.ts';
import { useLiveQuery } from '../../extension/ui/use-live-query.ts';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { liveVersion } from '../../shared/records/versions.ts';
import type { PlanItemBody } from '../../shared/schema/plan-item.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { committedExamples } from '../unit/cli/support/examples.ts';
import { renderDashboard } from './support/render-dashboard.tsx';
import { clipBody, PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);
// Each step waits for IndexedDB and a live query; a busy two-core machine needs more than a second.
configure({ asyncUtilTimeout: 10_000 });

const SURVEYS = loadDefinitions(DEFINITION_SOURCES);

const itemCard = (title: string) => {
  const card = screen.getAllByTestId('plan-item').find((element) => within(element).getAllByTestId('plan-item-title')[0]?.textContent === title);
  if (card === undefined) throw new Error(`no plan item "${title}"`);
  return card;
};
/** The card's own part, without the cards of the items under it. */
const own = (card: HTMLElement) => within(card.querySelector<HTMLElement>(':scope > .plan-item-body') ?? card);

async function createItem(fields: { level: PlanItemBody['level']; title: string; parent?: string; owner?: boolean }) {
  fireEvent.click(await screen.findByTestId('plan-new'));
  const editor = within(screen.getByTestId('plan-editor'));
  fireEvent.change(editor.getByTestId('plan-field-level'), { target: { value: fields.level } });
  fireEvent.input(editor.getByTestId('plan-field-title'), { target: { value: fields.title } });
  if (fields.parent !== undefined) {
    const select = editor.getByTestId('plan-field-parent');
    // The parents offered follow the level just chosen, once the editor has rendered again.
    const option = await waitFor(() => {
      const found = [...select.querySelectorAll('option')].find((candidate) => candidate.textContent?.endsWith(`: ${fields.parent}`));
      if (found === undefined) throw new Error(`no parent "${fields.parent}" offered`);
      return found;
    });
    fireEvent.change(select, { target: { value: option.value } });
  }
  if (fields.owner === true) fireEvent.click(editor.getAllByTestId('plan-owner')[0] as HTMLElement);
  fireEvent.click(editor.getByTestId('plan-editor-save'));
  await waitFor(() => expect(screen.getByTestId('plan-status').textContent).toBe(`Planonderdeel „${fields.title}” is opgeslagen.`));
  await waitFor(() => itemCard(fields.title));
}

async function link(title: string, kind: string, targetLabel: RegExp, rationale: string) {
  fireEvent.click(own(itemCard(title)).getByTestId('plan-item-link'));
  const editor = within(screen.getByTestId('link-editor'));
  fireEvent.change(editor.getByTestId('link-kind'), { target: { value: kind } });
  const select = editor.getByTestId('link-target');
  const option = await waitFor(() => {
    const found = [...select.querySelectorAll('option')].find((candidate) => targetLabel.test(candidate.textContent ?? ''));
    if (found === undefined) throw new Error(`no target ${String(targetLabel)} offered`);
    return found;
  });
  fireEvent.change(select, { target: { value: option.value } });
  fireEvent.input(editor.getByTestId('link-rationale'), { target: { value: rationale } });
  fireEvent.click(editor.getByTestId('link-save'));
  await waitFor(() => expect(screen.getByTestId('plan-status').textContent).toMatch(/^Koppeling met „.+” is gemaakt\.$/));
  await waitFor(() =>
    expect(
      own(itemCard(title))
        .getAllByTestId('plan-link')
        .some((element) => element.dataset.toType === kind),
    ).toBe(true),
  );
}

describe('the plan view on the dashboard', () => {
  it('builds ambition → goal → action, links evidence, and shows it both ways', async () => {
    const test = testStore();
    const { store } = test;
    await store.setupPartner(PARTNER_A);
    const issue = await store.createIssue({ title: 'Eenzaamheid onder ouderen', description: '', themes: [], areas: [] });
    const observation = await store.addObservation(clipBody('52 procent van de 75-plussers voelt zich eenzaam', 'https://www.ggdbzo.nl/monitor'));
    renderDashboard(test);
    // Before the first item: no plan yet, which is no good news.
    await waitFor(() => expect(screen.getByTestId('coverage-no-plan').textContent).toMatch(/^Er is nog geen plan, en de vragenlijsten/));
    expect(screen.queryByTestId('coverage-all-good')).toBeNull();

    await createItem({ level: 'ambition', title: 'Gezond ouder worden' });
    await createItem({ level: 'goal', title: 'Minder eenzaamheid', parent: 'Gezond ouder worden' });
    await createItem({ level: 'action', title: 'Buurtcirkels', parent: 'Minder eenzaamheid' });
    // Keyboard focus follows the work: into the editor when it opens, onto the new item once saved.
    await waitFor(() => expect(document.activeElement).toBe(itemCard('Buurtcirkels')));
    fireEvent.click(screen.getByTestId('plan-new'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('plan-field-level')));
    fireEvent.keyDown(screen.getByTestId('plan-field-level'), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('plan-new')));

    const ambition = itemCard('Gezond ouder worden');
    expect(
      within(ambition)
        .getAllByTestId('plan-item-title')
        .map((element) => element.textContent),
    ).toEqual(['Gezond ouder worden', 'Minder eenzaamheid', 'Buurtcirkels']);
    const coverage = within(screen.getByTestId('plan-coverage'));
    const kinds = () => coverage.queryAllByTestId('coverage-group').map((group) => group.dataset.kind);
    expect(kinds()).toEqual(['standAlone', 'noOwner']);
    expect(own(itemCard('Buurtcirkels')).getByTestId('plan-item-meta').textContent).toBe('Idee · Geen eigenaar');

    expect(own(itemCard('Gezond ouder worden')).getByTestId('plan-item-standalone').textContent).toBe('Geen koppeling: dit onderdeel staat op zichzelf.');
    await link('Minder eenzaamheid', 'issue', /^Eenzaamheid onder ouderen$/, 'Topknelpunt in de vragenlijst');
    // The ambition now rests on its goal: not flagged, and it says where its evidence is.
    await waitFor(() => expect(own(itemCard('Gezond ouder worden')).queryByTestId('plan-item-standalone')).toBeNull());
    expect(own(itemCard('Gezond ouder worden')).getByTestId('plan-item-through-goals').textContent).toBe(
      'Geen eigen koppeling: deze ambitie rust op het bewijs van de doelen eronder.',
    );
    expect(kinds()).toEqual(['noOwner']);
    await link('Gezond ouder worden', 'observation', /^52 procent/, 'Het cijfer van de GGD');

    const evidence = own(itemCard('Minder eenzaamheid')).getAllByTestId('plan-link');
    const issueLink = evidence.find((element) => element.dataset.toType === 'issue') as HTMLElement;
    expect(within(issueLink).getByTestId('plan-link-target').textContent).toBe('Eenzaamheid onder ouderen');
    expect(within(issueLink).getByTestId('plan-link-rationale').textContent).toBe('Topknelpunt in de vragenlijst');
    expect(within(issueLink).getByTestId('plan-link-author').textContent).toBe('gekoppeld door GGZ Oost-Brabant');
    expect(issueLink.dataset.state).toBe('current');
    const observationLink = own(itemCard('Gezond ouder worden')).getAllByTestId('plan-link')[0] as HTMLElement;
    expect(within(observationLink).getByTestId('plan-link-detail').textContent).toContain('Waar staat je gemeente: Helmond');
    // Everything rests on evidence now, through the items it serves; only the owner is missing.
    await waitFor(() => expect(kinds()).toEqual(['noOwner']));

    // From the issue's row: the plan item that rests on it, which opens its card.
    const issueRow = screen.getAllByTestId('record-row').find((row) => row.dataset.recordId === issue.id) as HTMLElement;
    const resting = within(issueRow).getByTestId('record-plan-item');
    expect(resting.textContent).toBe('Doel: Minder eenzaamheid');
    fireEvent.click(resting);
    expect(document.activeElement).toBe(itemCard('Minder eenzaamheid'));
    // And the other way: the link opens the evidence's row.
    fireEvent.click(within(issueLink).getByTestId('plan-link-open'));
    expect(document.activeElement).toBe(issueRow);
    const observationRow = screen.getAllByTestId('record-row').find((row) => row.dataset.recordId === observation.id) as HTMLElement;
    expect(within(observationRow).getByTestId('record-plan-item').textContent).toBe('Ambitie: Gezond ouder worden');
    // Plan items and trace links live in the plan view, not in the list of records.
    expect(
      screen
        .getAllByTestId('record-row')
        .map((row) => row.dataset.recordType)
        .sort(),
    ).toEqual(['issue', 'observation']);

    fireEvent.click(own(itemCard('Buurtcirkels')).getByTestId('plan-item-delete'));
    await waitFor(() => expect(screen.getByTestId('plan-status').textContent).toBe('Planonderdeel „Buurtcirkels” is verwijderd.'));
    await waitFor(() =>
      expect(screen.getAllByTestId('plan-item-title').map((element) => element.textContent)).toEqual(['Gezond ouder worden', 'Minder eenzaamheid']),
    );
  });

  it('marks a link suspect when its evidence changed, confirms it, and keeps a dangling link visible', async () => {
    const test = testStore();
    const { store } = test;
    await store.setupPartner(PARTNER_A);
    const plan = createPlanStore(store);
    const goal = await plan.savePlanItem({
      body: { level: 'goal', title: 'Minder eenzaamheid', description: '', status: 'lopend', ownerPartnerIds: [] },
      parentId: undefined,
    });
    const observation = await store.addObservation(clipBody('52 procent voelt zich eenzaam'));
    const other = await store.addObservation(clipBody('Wachtlijst dagbesteding'));
    await plan.addLink({ fromId: goal.id, toType: 'observation', toId: observation.id, rationale: 'cijfer' });
    await plan.addLink({ fromId: goal.id, toType: 'observation', toId: other.id, rationale: 'signaal' });
    test.advance(1000);
    await store.updateObservation(observation.id, { body: clipBody('53 procent voelt zich eenzaam') });
    await store.deleteRecord(other.id);
    renderDashboard(test);

    const card = await waitFor(() => itemCard('Minder eenzaamheid'));
    const linkOf = (state: string) =>
      own(card)
        .getAllByTestId('plan-link')
        .find((element) => element.dataset.state === state) as HTMLElement;
    await waitFor(() => expect(linkOf('suspect')).toBeTruthy());
    expect(within(linkOf('suspect')).getByTestId('plan-link-suspect').textContent?.trim()).toBe('bewijs gewijzigd — kijk opnieuw');
    expect(within(linkOf('dangling')).getByTestId('plan-link-dangling').textContent?.trim()).toBe('doel ontbreekt');
    expect(within(linkOf('dangling')).getByTestId('plan-link-rationale').textContent).toBe('signaal');
    expect(within(linkOf('dangling')).queryByTestId('plan-link-open')).toBeNull();
    const kinds = () =>
      within(screen.getByTestId('plan-coverage'))
        .getAllByTestId('coverage-group')
        .map((group) => group.dataset.kind);
    expect(kinds()).toEqual(['dangling', 'suspect']);

    fireEvent.click(within(linkOf('suspect')).getByTestId('plan-link-confirm'));
    await waitFor(() => expect(screen.getByTestId('plan-status').textContent).toBe('Koppeling met „53 procent voelt zich eenzaam” is bevestigd.'));
    await waitFor(() => expect(kinds()).toEqual(['dangling']));

    fireEvent.click(within(linkOf('dangling')).getByTestId('plan-link-remove'));
    // No survey ranked an issue here: every item rests on evidence, and coverage of top issues is not claimed.
    await waitFor(() => expect(screen.getByTestId('coverage-all-good').textContent).toBe('Elk onderdeel van het plan rust op bewijs.'));
    expect(screen.getByTestId('coverage-no-top-issues').textContent).toMatch(/^De vragenlijsten wijzen nog geen knelpunten met topprioriteit aan/);
    expect(screen.getByTestId('plan-status').textContent).toBe('Koppeling met „(onbekend)” is verwijderd.');
  });

  it('refuses a parent that would close a cycle with a Dutch message and stores nothing', async () => {
    const test = testStore();
    const { store, db } = test;
    await store.setupPartner(PARTNER_A);
    const plan = createPlanStore(store);
    const body = (level: PlanItemBody['level'], title: string): PlanItemBody => ({ level, title, description: '', status: 'idee', ownerPartnerIds: [] });
    const a = await plan.savePlanItem({ body: body('ambition', 'Ambitie A'), parentId: undefined });
    const g = await plan.savePlanItem({ body: body('goal', 'Doel G'), parentId: a.id });
    // What a merge of two partners' level changes can leave: A is a goal, G an ambition, G still serves A.
    await store.writeAsPartner(async ({ partner, stamp, records }) => {
      await records.put(liveVersion('planItem', a.id, body('goal', 'Ambitie A'), { region: partner.region, origin: partner.origin, updatedAt: stamp() }));
      await records.put(liveVersion('planItem', g.id, body('ambition', 'Doel G'), { region: partner.region, origin: partner.origin, updatedAt: stamp() }));
    });
    renderDashboard(test);
    // The stale link shows as a parent whose level no longer fits; no cycle yet.
    await waitFor(() =>
      expect(
        within(screen.getByTestId('plan-coverage'))
          .getAllByTestId('coverage-group')
          .map((group) => group.dataset.kind),
      ).toEqual(['standAlone', 'suspect', 'misfit']),
    );
    const before = await db.records.toArray();

    fireEvent.click(own(itemCard('Ambitie A')).getByTestId('plan-item-edit'));
    const editor = within(screen.getByTestId('plan-editor'));
    fireEvent.change(editor.getByTestId('plan-field-parent'), { target: { value: g.id } });
    fireEvent.click(editor.getByTestId('plan-editor-save'));
    expect((await screen.findByTestId('plan-editor-failure')).textContent).toBe(
      'Dat kan niet: het gekozen onderdeel hoort zelf (via andere onderdelen) al bij dit onderdeel, en een plan mag niet rondlopen. Er is niets opgeslagen.',
    );
    expect(await db.records.toArray()).toEqual(before);
  });

  it('asks for a title and explains a baseline without an indicator, storing nothing', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    await test.store.addObservation(clipBody('Nulmeting: 52 procent'));
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('plan-new'));
    const editor = within(screen.getByTestId('plan-editor'));
    const baseline = editor.getByTestId('plan-field-baseline');
    fireEvent.change(baseline, { target: { value: baseline.querySelectorAll('option')[1]?.getAttribute('value') } });
    fireEvent.click(editor.getByTestId('plan-editor-save'));
    expect(editor.getByTestId('plan-error-title').textContent).toBe('Geef het onderdeel een titel.');
    expect(editor.getByTestId('plan-error-baseline').textContent).toBe('Een nulmeting hoort bij een indicator: vul in wat wordt gemeten.');
    expect(editor.getByTestId('plan-field-title').getAttribute('aria-invalid')).toBe('true');
    expect(await test.db.records.where('type').equals('planItem').count()).toBe(0);
  });
});

describe('a baseline for an indicator', () => {
  it('is offered and shown by its figure with label, gemeente and period, the figure clips first', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    await test.store.addObservation(clipBody('Een signaal zonder cijfer'));
    await test.store.addObservation({
      ...clipBody('In Deurne is 25,8 procent van de inwoners 65 jaar of ouder.'),
      kind: 'figure',
      figure: { value: 25.8, unit: '%', period: '2024', label: '65 jaar of ouder' },
      areas: ['GM0762'],
    });
    renderDashboard(test);
    fireEvent.click(await screen.findByTestId('plan-new'));
    const editor = within(screen.getByTestId('plan-editor'));
    const baseline = editor.getByTestId('plan-field-baseline');
    expect([...baseline.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      '— geen —',
      '25,8 % — 65 jaar of ouder, Deurne, 2024',
      'Een signaal zonder cijfer',
    ]);
    fireEvent.change(editor.getByTestId('plan-field-level'), { target: { value: 'ambition' } });
    fireEvent.input(editor.getByTestId('plan-field-title'), { target: { value: 'Ouderen wonen langer thuis' } });
    fireEvent.input(editor.getByTestId('plan-field-measure'), { target: { value: 'aandeel 65-plussers' } });
    fireEvent.change(baseline, { target: { value: baseline.querySelectorAll('option')[1]?.getAttribute('value') } });
    fireEvent.click(editor.getByTestId('plan-editor-save'));
    const card = await waitFor(() => itemCard('Ouderen wonen langer thuis'));
    expect(card.textContent).toContain('25,8 % — 65 jaar of ouder, Deurne, 2024');
  });
});

/** The plan view over a store, as the dashboard feeds it, without the rest of the dashboard. */
function PlanOnly({ store, plan, download }: { store: RecordStore; plan: PlanStore; download: (fileName: string, text: string, type: string) => void }) {
  const records = useLiveQuery(() => store.listRecords(), [store]);
  const analysis = useMemo(() => (records === undefined ? undefined : analyseRegiobeeld('helmond-de-peel', records, SURVEYS.definitions)), [records]);
  if (records === undefined || analysis === undefined) return null;
  return (
    <PlanView
      plan={plan}
      analysis={analysis}
      records={records}
      definitions={SURVEYS.definitions}
      confirm={() => true}
      download={download}
      now={() => Date.parse('2026-11-23T09:00:00Z')}
    />
  );
}

describe('the plan view over the example regiobeeld', () => {
  it('names the top-priority issues no goal or action covers, links a survey finding, and downloads the trace matrix', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    for (const [path, text] of committedExamples()) expect((await store.importBundleText(text, path)).ok, path).toBe(true);
    const plan = createPlanStore(store);
    const download = vi.fn();
    render(<PlanOnly store={store} plan={plan} download={download} />);

    const uncovered = await waitFor(() => {
      const group = within(screen.getByTestId('plan-coverage'))
        .getAllByTestId('coverage-group')
        .find((element) => element.dataset.kind === 'uncovered');
      if (group === undefined) throw new Error('no uncovered group');
      return group;
    });
    const top = within(uncovered)
      .getAllByTestId('coverage-entry')
      .map((entry) => entry.textContent ?? '');
    expect(top.length).toBeGreaterThan(0);
    const first = top[0] as string;

    await createItem({ level: 'goal', title: 'Aanpak van het eerste knelpunt', owner: true });
    await link('Aanpak van het eerste knelpunt', 'issue', new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'Eerste plaats in de vragenlijst');
    await waitFor(() => {
      const still = within(screen.getByTestId('plan-coverage'))
        .queryAllByTestId('coverage-entry')
        .map((entry) => entry.textContent);
      expect(still).not.toContain(first);
    });
    await link('Aanpak van het eerste knelpunt', 'surveyFinding', /^vraag „.+” van .+ \(.+\)$/, 'Zo zien de partners het');
    const finding = own(itemCard('Aanpak van het eerste knelpunt'))
      .getAllByTestId('plan-link')
      .find((element) => element.dataset.toType === 'surveyFinding') as HTMLElement;
    expect(within(finding).getByTestId('plan-link-target').textContent).toMatch(/^vraag „.+” van .+$/);

    fireEvent.click(screen.getByTestId('plan-download-matrix'));
    expect(download).toHaveBeenCalledOnce();
    const [fileName, text, type] = download.mock.calls[0] as [string, string, string];
    expect(fileName).toBe('regiobeeld-helmond-de-peel-2026-11-23-herleidingsmatrix.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text).toContain('Aanpak van het eerste knelpunt');
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n/);
    const column = (lines[0] ?? '').split(';').indexOf('doel: Aanpak van het eerste knelpunt');
    expect(column).toBeGreaterThan(2);
    expect(lines.find((line) => line.split(';')[1] === first)?.split(';')[column]).toBe('x');
    expect(screen.getByTestId('plan-status').textContent).toContain(fileName);
  });
});
