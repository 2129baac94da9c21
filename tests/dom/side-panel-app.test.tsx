import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SidePanelApp } from '../../extension/apps/side-panel-app.tsx';
import type { CaptureSession } from '../../extension/messaging/capture-session.ts';
import { createAnchorStore } from '../../extension/services/anchor-store.ts';
import { createSessionStore } from '../../extension/services/session-store.ts';
import { QUOTE, selectionDraft } from './support/drafts.ts';
import { clipBody, PARTNER_A, type TestStore, testStore } from './support/test-store.ts';

afterEach(() => {
  cleanup();
  fakeBrowser.storage.resetState();
});

const READY: CaptureSession = { status: 'ready', captureId: 'c-1', tabId: 21, source: 'menu', draft: selectionDraft(), capturedAt: '2026-11-22T10:00:00.000Z' };

function renderPanel(test: TestStore) {
  const session = createSessionStore(fakeBrowser.storage.session, fakeBrowser.storage.onChanged);
  const requestCapture = vi.fn(async () => undefined);
  const requestAnchor = vi.fn(async () => undefined);
  const clipsSaved = vi.fn(async () => undefined);
  const openDashboard = vi.fn();
  const tabSwitches = new Set<() => void>();
  const watchActiveTab = (onSwitch: () => void) => {
    tabSwitches.add(onSwitch);
    return () => tabSwitches.delete(onSwitch);
  };
  const switchTab = () => act(() => tabSwitches.forEach((onSwitch) => onSwitch()));
  render(
    <SidePanelApp
      store={test.store}
      anchors={createAnchorStore(test.db)}
      session={session}
      requestCapture={requestCapture}
      requestAnchor={requestAnchor}
      clipsSaved={clipsSaved}
      openDashboard={openDashboard}
      watchActiveTab={watchActiveTab}
    />,
  );
  return { session, requestCapture, requestAnchor, clipsSaved, openDashboard, switchTab };
}

describe('side panel', () => {
  it('opens the sheet for a new capture, saves it with a new issue in one step, and asks for the highlight', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const { session, requestAnchor, clipsSaved, requestCapture } = renderPanel(test);
    expect(await screen.findByTestId('panel-idle')).toBeTruthy();

    await session.publishCapture(READY);
    expect((await screen.findByTestId('sheet-quote')).textContent).toBe(QUOTE);
    fireEvent.input(screen.getByTestId('new-issue-title'), { target: { value: 'Eenzaamheid onder ouderen' } });
    fireEvent.keyDown(document, { key: 'Enter', ctrlKey: true });

    expect((await screen.findByTestId('panel-saved')).textContent).toContain('Opgeslagen in uw regiobeeld.');
    expect(screen.getByTestId('panel-saved-issue').textContent).toBe('Nieuw knelpunt aangemaakt: “Eenzaamheid onder ouderen”');
    const [observation] = await test.store.listLive('observation');
    const [issue] = await test.store.listLive('issue');
    expect(observation?.body.quote).toBe(QUOTE);
    expect(issue?.body.title).toBe('Eenzaamheid onder ouderen');
    expect(observation?.body.issueIds).toEqual([issue?.id]);
    expect((await session.read()).capture).toBeUndefined();
    expect(requestAnchor).toHaveBeenCalledWith(21);
    expect(clipsSaved).toHaveBeenCalledWith([21]);

    fireEvent.click(screen.getByTestId('panel-clip-again'));
    expect(requestCapture).toHaveBeenCalledWith(21);
  });

  it('stores nothing when the partner presses Esc, and forgets the draft', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const { session } = renderPanel(test);
    await session.publishCapture(READY);
    fireEvent.input(await screen.findByTestId('sheet-interpretation'), { target: { value: 'Niet bewaren' } });
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(await screen.findByTestId('sheet-discard')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect((await screen.findByTestId('panel-cancelled')).textContent).toBe('Geannuleerd: er is niets opgeslagen.');
    await waitFor(async () => expect((await session.read()).capture).toBeUndefined());
    expect(await test.db.records.where('type').equals('observation').count()).toBe(0);
  });

  it('does not leave what the last clip ended with standing after the partner switches tabs', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const { session, switchTab } = renderPanel(test);
    await session.publishCapture(READY);
    fireEvent.click(await screen.findByTestId('sheet-cancel'));
    expect(await screen.findByTestId('panel-cancelled')).toBeTruthy();
    switchTab();
    expect(await screen.findByTestId('panel-idle')).toBeTruthy();
    expect(screen.queryByTestId('panel-cancelled')).toBeNull();
  });

  it('shows why a page cannot be clipped', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const { session } = renderPanel(test);
    await session.publishCapture({ status: 'refused', captureId: 'c-2', tabId: 3, reason: 'store-page' });
    const refused = await screen.findByTestId('panel-refused');
    expect(refused.dataset.reason).toBe('store-page');
    expect(refused.textContent).toContain('In de extensiewinkel staat de browser geen enkele extensie toe om te knippen.');
    await session.publishCapture({ status: 'capturing', captureId: 'c-3', tabId: 3 });
    expect((await screen.findByTestId('panel-capturing')).textContent).toBe('Bezig met het lezen van de pagina…');
  });

  it('keeps a clip for after setup, and says so', async () => {
    const test = testStore();
    const { session } = renderPanel(test);
    await session.publishCapture(READY);
    expect(await screen.findByTestId('panel-not-set-up')).toBeTruthy();
    expect(screen.queryByTestId('new-issue-title')).toBeNull();
    fireEvent.click(screen.getByTestId('sheet-save'));
    expect((await screen.findByTestId('panel-saved')).textContent).toContain('Na het instellen van Regiobeeld');
    expect((await test.store.setupPartner(PARTNER_A)).savedClips.map((clip) => clip.body.quote)).toEqual([QUOTE]);
  });

  it('lists the clips of the page with whether they were found again, and a link to each passage', async () => {
    const test = testStore();
    await test.store.setupPartner(PARTNER_A);
    const url = 'https://www.ggdbzo.nl/gezondheidsmonitor';
    const found = await test.store.addObservation({ ...clipBody('Gevonden passage', url), selector: { exact: 'Gevonden passage', prefix: '', suffix: '' } });
    const lost = await test.store.addObservation({ ...clipBody('Verdwenen passage', url), selector: { exact: 'Verdwenen passage', prefix: '', suffix: '' } });
    await createAnchorStore(test.db).record([found.id], [lost.id], Date.now());
    renderPanel(test);
    await fakeBrowser.storage.session.set({ anchoredPage: { tabId: 5, urls: [url], checkedAt: 1 } });
    await waitFor(() => expect(screen.getAllByTestId('page-clip')).toHaveLength(2));
    const byId = (id: string) => document.querySelector(`[data-testid="page-clip"][data-record-id="${id}"]`) as HTMLElement;
    expect(byId(found.id).dataset.status).toBe('found');
    expect(byId(lost.id).dataset.status).toBe('lost');
    expect(byId(lost.id).textContent).toContain('niet meer gevonden op de bron');
    expect(byId(found.id).querySelector('a')?.getAttribute('href')).toBe(`${url}#:~:text=Gevonden%20passage`);
  });
});
