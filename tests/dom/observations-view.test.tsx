import { mergedExampleRecords } from '../unit/cli/support/examples.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildObservationIndex } from '../../shared/regiobeeld/observation-index.ts';
import { partnerDirectory } from '../../shared/regiobeeld/partners.ts';
import { analysePlan } from '../../shared/plan/analyse-plan.ts';
import type { RegionRecord as AnalysedRecord } from '../../shared/schema/record.ts';
import { ObservationsView, TEXT_DEBOUNCE_MS } from '../../extension/features/regiobeeld/observations-view.tsx';
import { SOURCES_STEP } from '../../extension/features/regiobeeld/source-group-list.tsx';
import { isLive, type LiveRecord, type RegionRecord } from '../../shared/schema/record.ts';
import { regionAreasOf } from '../../shared/regiobeeld/figure-text.ts';
import { wijkNameMap } from '../../shared/catalog/wijken.ts';
import { WIJKEN } from '../../shared/catalog/wijken-data.ts';

afterEach(cleanup);

const records = mergedExampleRecords();

const GEMEENTE_HELMOND = '01a05c32-5e80-71d2-9458-cdbbeccc24b0';
const GGZ_DE_PEEL = '01a05d0e-1880-7ffc-9d4b-e0c64f6627bb';
const WELZIJN_PEELLAND = '01a0618f-a900-7caf-afd7-5bdea524d852';
const GGD_WIJKEN = 'https://www.ggdbzo.nl/cijfers/gezondheid-per-wijk-helmond';

const observations = records.filter((record): record is LiveRecord<'observation'> => record.type === 'observation' && isLive(record));
const template = observations.find((record) => record.body.source.url === GGD_WIJKEN && record.origin === GEMEENTE_HELMOND);
if (template === undefined) throw new Error('the examples lost the GGD wijk clip');

/** Another clip of an existing example source, as a second partner would make it after the examples. */
function clipOf(base: LiveRecord<'observation'>, id: string, origin: string, url: string, quote: string): LiveRecord<'observation'> {
  return {
    ...base,
    id,
    origin,
    body: {
      ...base.body,
      quote,
      interpretation: `Duiding van ${id}`,
      source: { ...base.body.source, url, pageUrl: url, accessedAt: '2026-10-20T09:00:00.000Z' },
    },
  };
}

// The examples hold no source clipped by two partners; Welzijn Peelland clips the GGD page through a
// newsletter link, whose tracking parameter must not split the source.
const welzijnClip = clipOf(
  template,
  '01a07000-0000-7000-8000-000000000001',
  WELZIJN_PEELLAND,
  `${GGD_WIJKEN}?utm_source=nieuwsbrief`,
  'Eenzaamheid in Helmond-Noord ligt boven het regiogemiddelde.',
);
const withSharedSource: RegionRecord[] = [...records, welzijnClip];

const count = () => screen.getByTestId('observations-count').textContent;
const choose = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });
const renderedClips = () => screen.getAllByTestId('source-clip');

// Counts below were made with jq over the example bundles' live observations, not through the index.
// The dashboard loads the wijk names its clips name before it analyses; here all of them.
const analysed = (records: readonly AnalysedRecord[]) => ({
  observations: buildObservationIndex(records),
  partners: partnerDirectory(records),
  plan: analysePlan(records, []),
  regionAreas: regionAreasOf('helmond-de-peel', 'Helmond-De Peel', wijkNameMap(WIJKEN)),
});

describe('observations in the regiobeeld on the dashboard', () => {
  it('shows every example observation by source, a window of sources at a time', () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(records)} />);
    expect(count()).toBe('54 van 54 waarnemingen, uit 51 bronnen');
    expect(screen.getAllByTestId('source-group')).toHaveLength(SOURCES_STEP);
    expect(screen.getByTestId('sources-more').textContent).toBe('Toon 20 bronnen meer (31 nog niet getoond)');
    fireEvent.click(screen.getByTestId('sources-more'));
    fireEvent.click(screen.getByTestId('sources-more'));
    expect(screen.getAllByTestId('source-group')).toHaveLength(51);
    expect(renderedClips()).toHaveLength(54);
    expect(screen.getAllByTestId('source-partners').at(-1)?.textContent).toMatch(/^Geknipt door [^·]+ · 1 citaat$/);
    expect(screen.queryByTestId('sources-more')).toBeNull();
  });

  it('names under a clip the plan items that rest on it', async () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(records)} />);
    fireEvent.input(screen.getByTestId('filter-text'), { target: { value: 'Wmo-loket melden zich statushouders' } });
    await waitFor(() => expect(screen.getAllByTestId('source-clip')).toHaveLength(1), { timeout: TEXT_DEBOUNCE_MS * 10 });
    const clip = screen.getByTestId('source-clip');
    expect(
      within(clip)
        .getAllByTestId('record-plan-item')
        .map((item) => item.textContent),
    ).toEqual(['Actie: Het Wmo-loket helpt inwoners zonder huisarts bij het inschrijven']);
  });

  it('narrows by theme, gemeente, partner, domain, text and clip date, and all of them together', async () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(records)} />);
    choose('filter-theme', 'zorgaanbod-arbeidsmarkt');
    expect(count()).toMatch(/^21 van 54 /);
    choose('filter-area', 'GM0762');
    expect(count()).toMatch(/^15 van 54 /);
    fireEvent.click(screen.getByTestId('filter-reset'));
    expect(count()).toMatch(/^54 van 54 /);

    choose('filter-partner', GGZ_DE_PEEL);
    expect(count()).toMatch(/^10 van 54 /);
    expect(new Set(renderedClips().map((clip) => clip.dataset['partnerId']))).toEqual(new Set([GGZ_DE_PEEL]));
    choose('filter-kind', 'figure');
    expect(count()).toMatch(/^5 van 54 /);
    choose('filter-kind', '');
    choose('filter-theme', 'zorgaanbod-arbeidsmarkt');
    expect(count()).toMatch(/^6 van 54 /);
    fireEvent.click(screen.getByTestId('filter-reset'));

    choose('filter-domain', 'sociaal-domein');
    expect(count()).toMatch(/^23 van 54 /);
    choose('filter-domain', '');

    type('filter-text', 'WACHTTIJD');
    // The text is queried once typing pauses, not on the keystroke itself.
    expect(count()).toMatch(/^54 van 54 /);
    await waitFor(() => expect(count()).toBe('6 van 54 waarnemingen, uit 6 bronnen'), { timeout: TEXT_DEBOUNCE_MS * 10 });
    type('filter-text', '');
    await waitFor(() => expect(count()).toMatch(/^54 van 54 /), { timeout: TEXT_DEBOUNCE_MS * 10 });

    type('filter-from', '2026-10-01');
    expect(count()).toMatch(/^12 van 54 /);
    type('filter-from', '');
    // "Until" includes the day chosen: clips of 7 September count.
    type('filter-until', '2026-09-07');
    expect(count()).toMatch(/^16 van 54 /);
  });

  it('offers the gemeenten by name and the partners by organisation', () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(records)} />);
    const areas = within(screen.getByTestId('filter-area'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(areas).toEqual(['Alle', 'Helmond', 'Deurne', 'Gemert-Bakel', 'Laarbeek', 'Asten', 'Someren']);
    const partners = within(screen.getByTestId('filter-partner'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(partners).toEqual(['Alle', 'Huisartsencoöperatie De Peel', 'Gemeente Helmond', 'GGZ De Peel', 'Zorgkantoor Zuidoost-Brabant', 'Welzijn Peelland']);
  });

  it('groups one source clipped by two partners, with each partner’s quote and a link to the passage', () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(withSharedSource)} />);
    expect(count()).toBe('55 van 55 waarnemingen, uit 51 bronnen');
    const first = screen.getAllByTestId('source-group')[0];
    if (first === undefined) throw new Error('no source shown');
    expect(first.dataset['url']).toBe(GGD_WIJKEN);
    expect(within(first).getByTestId('source-partners').textContent).toBe('Geknipt door Gemeente Helmond, Welzijn Peelland · 3 citaten');
    const clips = within(first).getAllByTestId('source-clip');
    expect(clips.map((clip) => clip.dataset['partnerId'])).toEqual([GEMEENTE_HELMOND, GEMEENTE_HELMOND, WELZIJN_PEELLAND]);
    const welzijn = clips[2];
    if (welzijn === undefined) throw new Error('no clip of Welzijn Peelland');
    expect(within(welzijn).getByTestId('clip-partner').textContent).toBe('Welzijn Peelland');
    expect(within(welzijn).getByTestId('clip-quote').textContent).toBe(welzijnClip.body.quote);
    expect(within(welzijn).getByTestId('clip-open-source').getAttribute('href')).toMatch(
      /^https:\/\/www\.ggdbzo\.nl\/cijfers\/gezondheid-per-wijk-helmond\?utm_source=nieuwsbrief#:~:text=/,
    );
  });

  it('renders text from bundles as text, and links only to http(s) sources', async () => {
    const hostile = clipOf(template, '01a07000-0000-7000-8000-000000000002', WELZIJN_PEELLAND, 'javascript:alert(1)', '<img src=x onerror=alert(1)>');
    render(<ObservationsView region="helmond-de-peel" analysis={analysed([...records, hostile])} />);
    type('filter-text', 'onerror');
    await waitFor(() => expect(count()).toMatch(/^1 van /), { timeout: TEXT_DEBOUNCE_MS * 10 });
    const group = screen.getByTestId('source-group');
    expect(within(group).getByTestId('clip-quote').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(group.querySelector('img')).toBeNull();
    expect(group.querySelector('a')).toBeNull();
  });

  it('keeps a long list to a window of sources and of quotes per source', () => {
    const many = Array.from({ length: 300 }, (_, n) =>
      clipOf(template, `01a07100-0000-7000-8000-${String(n).padStart(12, '0')}`, WELZIJN_PEELLAND, `https://example.org/bron/${n}`, `Citaat ${n}`),
    );
    const crowded = Array.from({ length: 12 }, (_, n) =>
      clipOf(template, `01a07200-0000-7000-8000-${String(n).padStart(12, '0')}`, GGZ_DE_PEEL, GGD_WIJKEN, `Nog een citaat ${n}`),
    );
    render(<ObservationsView region="helmond-de-peel" analysis={analysed([...records, ...many, ...crowded])} />);
    expect(count()).toBe('366 van 366 waarnemingen, uit 351 bronnen');
    expect(screen.getAllByTestId('source-group')).toHaveLength(SOURCES_STEP);
    const first = screen.getAllByTestId('source-group')[0];
    if (first === undefined) throw new Error('no source shown');
    expect(within(first).getAllByTestId('source-clip')).toHaveLength(5);
    fireEvent.click(within(first).getByTestId('clips-more'));
    expect(within(first).getAllByTestId('source-clip')).toHaveLength(10);

    // A new filter starts from the first window again.
    fireEvent.click(screen.getByTestId('sources-more'));
    expect(screen.getAllByTestId('source-group')).toHaveLength(2 * SOURCES_STEP);
    choose('filter-partner', WELZIJN_PEELLAND);
    expect(count()).toMatch(/^312 van 366 /);
    expect(screen.getAllByTestId('source-group')).toHaveLength(SOURCES_STEP);
  });

  it('sets the figures out by gemeente and period, the whole region once, and says when the filter leaves none', () => {
    render(<ObservationsView region="helmond-de-peel" analysis={analysed(records)} />);
    const table = screen.getByTestId('figure-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Gemeente', '2019–2025', '2023–2025', '2024', '2025', '2025–2040', '2026 Q2', '2040', 'juli 2026']);
    // The region's own figures stand once, for the whole region: Deurne had none but those.
    expect(screen.getAllByTestId('figure-row').map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Hele regio',
      'Asten',
      'Helmond',
      'Someren',
      'Gemert-Bakel',
      'Laarbeek',
    ]);
    choose('filter-kind', 'signal');
    expect(screen.getByTestId('figures-empty').textContent).toBe('Geen cijfers bij deze filters.');
  });

  it('names a wijk by its name and counts a merged gemeente as the one it became, in the filter and the figure table', async () => {
    const figure = { value: 31, unit: '%', period: '2024', label: 'Eenzaamheid 75+' };
    const wijkClip = {
      ...clipOf(template, '01a07000-0000-7000-8000-000000000002', GEMEENTE_HELMOND, GGD_WIJKEN, 'Mierlo'),
      body: { ...template.body, kind: 'figure' as const, figure, areas: ['WK079417'] },
    };
    const oldCode = {
      ...clipOf(template, '01a07000-0000-7000-8000-000000000003', GGZ_DE_PEEL, GGD_WIJKEN, 'Oud'),
      body: { ...template.body, kind: 'figure' as const, figure, areas: ['GM0530'] },
    };
    render(<ObservationsView region="helmond-de-peel" analysis={analysed([...records, wijkClip, oldCode])} />);
    const areaOptions = () => Array.from((screen.getByTestId('filter-area') as HTMLSelectElement).options, (option) => [option.value, option.textContent]);
    await waitFor(() => expect(areaOptions()).toContainEqual(['WK079417', 'Wijk 17 Stiphout']));
    expect(areaOptions()).toContainEqual(['GM1992', 'Voorne aan Zee']);
    expect(areaOptions().map(([value]) => value)).not.toContain('GM0530');
    const rows = () => screen.getAllByTestId('figure-row').map((row) => [row.dataset['area'], row.querySelector('th')?.textContent]);
    expect(rows()).toContainEqual(['WK079417', 'Wijk 17 Stiphout']);
    expect(rows()).toContainEqual(['GM1992', 'Voorne aan Zee']);
    choose('filter-area', 'GM1992');
    expect(count()).toMatch(/^1 van 56 /);
  });
});
