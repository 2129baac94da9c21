import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { areasOfRegion } from '../../shared/catalog/areas.ts';
import { CaptureSheet } from '../../extension/features/capture-sheet/capture-sheet.tsx';
import type { ObservationInput } from '../../extension/services/record-store.ts';
import { sheetFromDraft } from '../../extension/features/capture-sheet/sheet-values.ts';
import { figureDraft, QUOTE, selectionDraft } from './support/drafts.ts';

afterEach(cleanup);

const AREAS = areasOfRegion('helmond-de-peel');
const CAPTURED_AT = '2026-11-22T10:00:00.000Z';

function renderSheet(draft = selectionDraft(), onSave = vi.fn<(input: ObservationInput) => Promise<void>>(async () => undefined)) {
  const onCancel = vi.fn();
  const initial = sheetFromDraft(draft, { capturedAt: CAPTURED_AT, regionAreas: AREAS, language: 'nl' });
  render(<CaptureSheet heading="Nieuwe waarneming" initial={initial} regionAreas={AREAS} issues={[]} canCreateIssue onSave={onSave} onCancel={onCancel} />);
  return { onSave, onCancel };
}

/** The tick box of an area once it is listed: wijken come in after their chunk has loaded. */
const listedArea = (code: string) =>
  waitFor(() => {
    const option = document.querySelector<HTMLInputElement>(`[data-testid="areas-option"][data-value="${code}"]`);
    if (option === null) throw new Error(`${code} is not listed yet`);
    return option;
  });
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });
const ctrlEnter = (target: Element | Document = document, extra: Partial<KeyboardEventInit> = { ctrlKey: true }) =>
  fireEvent.keyDown(target, { key: 'Enter', ...extra });

describe('capture sheet', () => {
  it('shows the clip prefilled: quote, source, kind and the gemeente named in it', () => {
    renderSheet();
    expect(screen.getByTestId('sheet-quote').textContent).toBe(QUOTE);
    expect(input('sheet-title').value).toBe('Gezondheidsmonitor Volwassenen en Ouderen 2024 — Helmond');
    expect(input('sheet-site').value).toBe('GGD Brabant-Zuidoost');
    expect(screen.getByTestId('sheet-url').textContent).toBe('https://www.ggdbzo.nl/gezondheidsmonitor');
    expect(screen.getByTestId('sheet-lang').textContent).toBe('nl');
    expect(screen.getByTestId('sheet-accessed').textContent).toMatch(/22 nov 2026/);
    expect((screen.getByTestId('sheet-kind') as HTMLSelectElement).value).toBe('signal');
    const helmond = document.querySelector('[data-testid="areas-option"][data-value="GM0794"]') as HTMLInputElement;
    expect(helmond.checked).toBe(true);
    expect(screen.queryByTestId('figure-fields')).toBeNull();
  });

  it('saves with Ctrl+Enter from anywhere in the page, with what the partner added', async () => {
    const { onSave } = renderSheet();
    type('sheet-interpretation', '  Eenzaamheid onder ouderen vraagt om welzijnswerk.  ');
    fireEvent.click(document.querySelector('[data-testid="themes-option"][data-value="mentale-gezondheid"]') as Element);
    type('themes-free-input', 'Eenzaamheid');
    fireEvent.keyDown(screen.getByTestId('themes-free-input'), { key: 'Enter' });
    type('areas-free-input', 'Helmond-Noord');
    fireEvent.click(screen.getByTestId('areas-free-add'));
    ctrlEnter(document.body);
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const [saved] = onSave.mock.calls[0] as [ObservationInput];
    expect(saved).toEqual({
      body: {
        quote: QUOTE,
        source: {
          url: 'https://www.ggdbzo.nl/gezondheidsmonitor',
          pageUrl: 'http://127.0.0.1:8080/ggd-gezondheidsmonitor.html',
          title: 'Gezondheidsmonitor Volwassenen en Ouderen 2024 — Helmond',
          siteName: 'GGD Brabant-Zuidoost',
          lang: 'nl',
          description: 'Resultaten van de Gezondheidsmonitor voor de gemeente Helmond.',
          accessedAt: CAPTURED_AT,
        },
        selector: selectionDraft().selector,
        kind: 'signal',
        areas: ['GM0794', 'Helmond-Noord'],
        themes: ['mentale-gezondheid', 'Eenzaamheid'],
        interpretation: 'Eenzaamheid onder ouderen vraagt om welzijnswerk.',
        issueIds: [],
      },
    });
  });

  it('saves with Cmd+Enter too, but not with a plain Enter in a field', async () => {
    const { onSave } = renderSheet();
    fireEvent.keyDown(screen.getByTestId('sheet-title'), { key: 'Enter' });
    expect(onSave).not.toHaveBeenCalled();
    ctrlEnter(screen.getByTestId('sheet-title'), { metaKey: true });
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
  });

  it('cancels with Esc and saves nothing, asking first when something was typed', () => {
    const { onSave, onCancel } = renderSheet();
    type('sheet-interpretation', 'Toch niet.');
    fireEvent.keyDown(screen.getByTestId('sheet-interpretation'), { key: 'Escape' });
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByTestId('sheet-discard').textContent).toContain('U hebt iets ingevuld. Annuleren gooit dat weg');
    expect(document.activeElement).toBe(screen.getByTestId('sheet-discard-keep'));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps the typed work when the partner chooses to go on, and cancels at once when nothing was typed', () => {
    const { onCancel } = renderSheet();
    type('new-issue-title', 'Eenzaamheid');
    fireEvent.click(screen.getByTestId('sheet-cancel'));
    fireEvent.click(screen.getByTestId('sheet-discard-keep'));
    expect(screen.queryByTestId('sheet-discard')).toBeNull();
    expect(input('new-issue-title').value).toBe('Eenzaamheid');
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('sheet-cancel'));
    fireEvent.click(screen.getByTestId('sheet-discard-confirm'));
    expect(onCancel).toHaveBeenCalledOnce();
    cleanup();
    const untouched = renderSheet();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(untouched.onCancel).toHaveBeenCalledOnce();
  });

  it('prefills a figure from a table cell and offers its headers as the label', async () => {
    const { onSave } = renderSheet(figureDraft());
    expect((screen.getByTestId('sheet-kind') as HTMLSelectElement).value).toBe('figure');
    expect(input('figure-value').value).toBe('24,6');
    expect(input('figure-unit').value).toBe('%');
    expect(input('figure-period').value).toBe('2024');
    expect(input('figure-label').value).toBe('Bevolking naar leeftijd, 1 januari 2024 – Deurne – 65 jaar of ouder (%)');
    expect(screen.getAllByTestId('figure-label-option').map((b) => b.textContent)).toEqual([
      'Bevolking naar leeftijd, 1 januari 2024',
      'Deurne',
      '65 jaar of ouder (%)',
    ]);
    expect((document.querySelector('[data-testid="areas-option"][data-value="GM0762"]') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getAllByTestId('figure-label-option')[2] as Element);
    expect(input('figure-label').value).toBe('65 jaar of ouder (%)');
    ctrlEnter();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect((onSave.mock.calls[0] as [ObservationInput])[0].body.figure).toEqual({ value: 24.6, unit: '%', period: '2024', label: '65 jaar of ouder (%)' });
  });

  it('keeps a sentence that mentions a number a signal, with the figure ready if the partner makes it one', () => {
    renderSheet(selectionDraft({ figure: { value: 52, unit: '%', labels: [] } }));
    expect((screen.getByTestId('sheet-kind') as HTMLSelectElement).value).toBe('signal');
    fireEvent.change(screen.getByTestId('sheet-kind'), { target: { value: 'figure' } });
    expect(input('figure-value').value).toBe('52');
    expect(input('figure-unit').value).toBe('%');
    expect(input('figure-period').value).toBe('2024');
  });

  it('says in Dutch what to fix, and does not save until it is fixed', async () => {
    const { onSave } = renderSheet();
    fireEvent.change(screen.getByTestId('sheet-kind'), { target: { value: 'figure' } });
    type('figure-value', '52 procent');
    type('sheet-title', '   ');
    ctrlEnter();
    expect((await screen.findByTestId('sheet-errors')).textContent).toBe('Nog niet opgeslagen: verbeter de gemarkeerde velden.');
    expect(screen.getByTestId('sheet-title-error').textContent).toBe('Geef de bron een titel.');
    expect(screen.getByTestId('figure-value-error').textContent).toContain('Vul alleen een getal in');
    expect(screen.getByTestId('figure-label-error').textContent).toContain('Zeg wat het cijfer meet');
    expect(input('sheet-title').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();

    type('sheet-title', 'Gezondheidsmonitor');
    type('figure-value', '1.234,5');
    type('figure-label', 'Eenzame 75-plussers');
    ctrlEnter();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect((onSave.mock.calls[0] as [ObservationInput])[0].body.figure).toEqual({ value: 1234.5, unit: '', period: '', label: 'Eenzame 75-plussers' });
  });

  it('asks for a new issue in the same step', async () => {
    const { onSave } = renderSheet();
    type('new-issue-title', ' Eenzaamheid onder ouderen ');
    fireEvent.click(screen.getByTestId('sheet-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect((onSave.mock.calls[0] as [ObservationInput])[0].newIssueTitle).toBe('Eenzaamheid onder ouderen');
  });

  it('keeps the sheet and says so when saving fails', async () => {
    const failing = vi.fn(async () => Promise.reject(new Error('disk full')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderSheet(selectionDraft(), failing);
    ctrlEnter();
    expect((await screen.findByTestId('sheet-save-failed')).textContent).toBe('Opslaan is niet gelukt. Probeer het opnieuw.');
    expect(screen.getByTestId('capture-sheet')).toBeTruthy();
  });

  it('refuses an observation without text or figure, saying what to add, and saves it once a quote is typed', async () => {
    const { onSave } = renderSheet({ ...selectionDraft(), quote: '', scope: 'page', selector: undefined });
    type('sheet-quote', '   ');
    ctrlEnter();
    expect((await screen.findByTestId('sheet-quote-error')).textContent).toBe(
      'Neem een citaat over of typ wat u zag: een waarneming zonder tekst of cijfer kan niet worden opgeslagen.',
    );
    expect(input('sheet-quote').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    type('sheet-quote', 'Wachtlijst bij de huisarts in Deurne.');
    ctrlEnter();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
  });

  it('lets the partner write the quote of a page whose text could not be read, and notes why', async () => {
    const unreadable = {
      pageUrl: 'https://www.rivm.nl/regiobeeld.pdf',
      source: { title: 'regiobeeld.pdf', canonicalUrl: 'https://www.rivm.nl/regiobeeld.pdf' },
      quote: '',
      scope: 'page' as const,
      textReadable: false,
    };
    const { onSave } = renderSheet(unreadable);
    expect(screen.getByTestId('sheet-note').dataset.note).toBe('text-unreadable');
    type('sheet-quote', 'Het aantal 85-plussers verdubbelt tot 2040.');
    ctrlEnter();
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const { body } = (onSave.mock.calls[0] as [ObservationInput])[0];
    expect(body).toMatchObject({ quote: 'Het aantal 85-plussers verdubbelt tot 2040.', captureNote: 'text-unreadable', kind: 'context' });
    expect(body.selector).toBeUndefined();
    expect(body.source.pageUrl).toBeUndefined();
  });

  it('offers the gemeenten of another region and, on request, their wijken; a picked wijk is stored by its WK code', async () => {
    const areas = areasOfRegion('ggd-regio-brabant-zuidoost');
    const onSave = vi.fn<(input: ObservationInput) => Promise<void>>(async () => undefined);
    const initial = sheetFromDraft(selectionDraft(), { capturedAt: CAPTURED_AT, regionAreas: areas, language: 'nl' });
    render(<CaptureSheet heading="Nieuwe waarneming" initial={initial} regionAreas={areas} issues={[]} canCreateIssue onSave={onSave} onCancel={vi.fn()} />);
    const options = () => Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="areas-option"]'), (option) => option.dataset['value']);
    expect(options()).toHaveLength(21);
    expect(options()).toContain('GM1771');
    fireEvent.click(screen.getByTestId('areas-show-wijken'));
    const mierlo = await listedArea('WK177101');
    expect(mierlo.parentElement?.textContent).toBe('Mierlo (WK177101)');
    expect(screen.getByText('Wijken in Geldrop-Mierlo')).toBeTruthy();
    expect(screen.queryByTestId('areas-show-wijken')).toBeNull();
    fireEvent.click(mierlo);
    fireEvent.click(screen.getByTestId('sheet-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect((onSave.mock.calls[0] as [ObservationInput])[0].body.areas).toEqual(['GM0794', 'WK177101']);
  });

  it('shows a stored wijk ticked under its name when a clip is reopened', async () => {
    const areas = areasOfRegion('ggd-regio-brabant-zuidoost');
    const initial = { ...sheetFromDraft(selectionDraft(), { capturedAt: CAPTURED_AT, regionAreas: areas, language: 'nl' }), areas: ['WK079417'] };
    render(<CaptureSheet heading="Waarneming" initial={initial} regionAreas={areas} issues={[]} canCreateIssue onSave={vi.fn()} onCancel={vi.fn()} />);
    const stiphout = await listedArea('WK079417');
    expect(stiphout.checked).toBe(true);
    expect(screen.queryByTestId('areas-chip')).toBeNull();
  });

  it('says so when the region has gemeenten but the catalogue no wijken of them, and offers no wijk button without gemeenten', async () => {
    const twente = areasOfRegion('ggd-regio-twente');
    const initial = sheetFromDraft(selectionDraft(), { capturedAt: CAPTURED_AT, regionAreas: twente, language: 'nl' });
    render(<CaptureSheet heading="Nieuwe waarneming" initial={initial} regionAreas={twente} issues={[]} canCreateIssue onSave={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByTestId('areas-show-wijken'));
    expect((await screen.findByTestId('areas-no-wijken')).textContent).toContain('nog geen wijken');
    cleanup();
    const none = sheetFromDraft(selectionDraft(), { capturedAt: CAPTURED_AT, regionAreas: [], language: 'nl' });
    render(<CaptureSheet heading="Nieuwe waarneming" initial={none} regionAreas={[]} issues={[]} canCreateIssue onSave={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.queryByTestId('areas-show-wijken')).toBeNull();
  });

  it('names a stored wijk or an old gemeente code in its chip, not by its code', async () => {
    // Helmond-De Peel lists no Geldrop-Mierlo and no Boxmeer: both stand as the partner's own choices.
    const areas = areasOfRegion('helmond-de-peel');
    const initial = { ...sheetFromDraft(selectionDraft(), { capturedAt: CAPTURED_AT, regionAreas: areas, language: 'nl' }), areas: ['WK177101', 'GM0756'] };
    render(<CaptureSheet heading="Waarneming" initial={initial} regionAreas={areas} issues={[]} canCreateIssue onSave={vi.fn()} onCancel={vi.fn()} />);
    await waitFor(() =>
      expect(screen.getAllByTestId('areas-chip').map((chip) => chip.querySelector('span')?.textContent)).toEqual(['Mierlo', 'Land van Cuijk']),
    );
  });
});
