import { describe, expect, it, vi } from 'vitest';
import type { CaptureSession } from '../../extension/messaging/capture-session.ts';
import { classifyAddress, refusalFromInjectionError } from '../../extension/services/capture-target.ts';
import { createCaptureTab, type InjectionResult, type TabInfo, unreadableTitle } from '../../extension/services/capture-tab.ts';
import { PAGE_URL, selectionDraft } from './support/drafts.ts';

const NOW = Date.parse('2026-11-22T10:00:00.000Z');

type Inject = (tabId: number) => Promise<readonly InjectionResult[]>;

/** `frames` answers for the sub frames; by default there are none. */
function setup(tab: TabInfo, inject: Inject, frames: Inject = async () => [], options: { timeoutMs?: number; frameGraceMs?: number } = {}) {
  const published: CaptureSession[] = [];
  const injectCapture = vi.fn(inject);
  const anchorTab = vi.fn(async () => undefined);
  let n = 0;
  const captureTab = createCaptureTab({
    getTab: async () => tab,
    injectTopCapture: injectCapture,
    injectFrameCapture: frames,
    publish: async (state) => void published.push(state),
    anchorTab,
    now: () => NOW,
    newId: () => `capture-${(n += 1)}`,
    timeoutMs: 50,
    frameGraceMs: 20,
    ...options,
  });
  return { captureTab, published, injectCapture, anchorTab };
}

/** Answers after `ms`, the way a frame that is busy or still loading does. */
function after(ms: number, results: readonly InjectionResult[]): Inject {
  return () => new Promise((resolve) => setTimeout(() => resolve(results), ms));
}

const never: Inject = () => new Promise(() => undefined);

const top = (result: unknown): InjectionResult => ({ frameId: 0, result });

describe('capturing a tab', () => {
  it('validates the page’s answer, publishes the draft for the sheet and looks for the page’s clips', async () => {
    const draft = selectionDraft();
    const { captureTab, published, anchorTab } = setup({ url: PAGE_URL, title: 'GGD' }, async () => [top({ ok: true, hasSelection: true, draft })]);
    const state = await captureTab({ tabId: 4, source: 'menu' });
    expect(state).toEqual({ status: 'ready', captureId: 'capture-1', tabId: 4, source: 'menu', draft, capturedAt: '2026-11-22T10:00:00.000Z' });
    expect(published.map((s) => s.status)).toEqual(['capturing', 'ready']);
    expect(anchorTab).toHaveBeenCalledWith(4);
  });

  it.each([
    ['a browser settings page', 'chrome://settings/', 'browser-page'],
    ['the new-tab page', 'about:newtab', 'browser-page'],
    ['another extension', 'chrome-extension://abcdefghijklmnop/page.html', 'browser-page'],
    ['a source view', 'view-source:https://example.org/', 'browser-page'],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/x/abc', 'store-page'],
    ['the old Chrome Web Store', 'https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['Firefox Add-ons', 'https://addons.mozilla.org/nl/firefox/addon/x/', 'store-page'],
    ['a file on this computer', 'file:///home/an/rapport.html', 'local-file'],
    ['a data address', 'data:text/html,<p>x</p>', 'not-web'],
  ])('refuses %s with a reason, without touching the page', async (_, url, reason) => {
    const { captureTab, published, injectCapture } = setup({ url, title: 'x' }, async () => [top({ ok: true, hasSelection: false, draft: null })]);
    expect(await captureTab({ tabId: 4, source: 'command' })).toEqual({ status: 'refused', captureId: 'capture-1', tabId: 4, reason });
    expect(injectCapture).not.toHaveBeenCalled();
    expect(published.at(-1)).toMatchObject({ status: 'refused', reason });
  });

  it('reads the refusal from the browser’s error where the address is hidden', async () => {
    const refuse = (message: string) => setup({}, async () => Promise.reject(new Error(message))).captureTab({ tabId: 4, source: 'command' });
    expect(await refuse('Cannot access a chrome:// URL')).toMatchObject({ reason: 'browser-page' });
    expect(await refuse('The extensions gallery cannot be scripted.')).toMatchObject({ reason: 'store-page' });
    expect(await refuse('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toMatchObject({
      reason: 'no-access',
    });
  });

  it('clips a PDF by address and title, with a note that its text could not be read', async () => {
    const url = 'https://www.rivm.nl/documenten/regiobeeld%20helmond.pdf';
    const { captureTab } = setup({ url, title: 'www.rivm.nl/documenten/regiobeeld%20helmond.pdf' }, async () =>
      Promise.reject(new Error('Frame with ID 0 is showing error page')),
    );
    const state = await captureTab({ tabId: 4, source: 'popup' });
    expect(state).toMatchObject({
      status: 'ready',
      draft: { pageUrl: url, quote: '', scope: 'page', textReadable: false, source: { title: 'regiobeeld helmond.pdf', canonicalUrl: url } },
    });
  });

  it('keeps a PDF’s own title from the tab', async () => {
    const url = 'https://www.rivm.nl/regiobeeld.pdf';
    const pdfDraft = { pageUrl: url, source: { title: 'www.rivm.nl', canonicalUrl: url }, quote: '', scope: 'page', textReadable: false };
    const { captureTab } = setup({ url, title: 'Regiobeeld Helmond-De Peel 2024' }, async () => [top({ ok: true, hasSelection: false, draft: pdfDraft })]);
    expect(await captureTab({ tabId: 4, source: 'command' })).toMatchObject({ draft: { source: { title: 'Regiobeeld Helmond-De Peel 2024' } } });
  });

  it('clips by address and title when the page answers nothing usable or too late', async () => {
    const hostile = setup({ url: PAGE_URL, title: 'Pagina' }, async () => [
      top({ ok: true, hasSelection: true, draft: { ...selectionDraft(), pageUrl: 'javascript:alert(1)' } }),
      top('{"ok":true}'),
    ]);
    expect(await hostile.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({
      status: 'ready',
      draft: { textReadable: false, source: { title: 'Pagina' } },
    });
    const slow = setup({ url: PAGE_URL, title: 'Traag' }, never, never);
    expect(await slow.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { textReadable: false } });
    const crashed = setup({ url: PAGE_URL, title: 'Kapot' }, async () => [top({ ok: false })]);
    expect(await crashed.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { textReadable: false } });
  });

  it('takes the frame that holds the selection, and ignores frames that answer nonsense', async () => {
    const inFrame = selectionDraft({ pageUrl: 'http://127.0.0.1:8080/kader.html', quote: 'In het kader' });
    const { captureTab } = setup(
      { url: PAGE_URL },
      async () => [top({ ok: true, hasSelection: false, draft: selectionDraft({ scope: 'page' }) })],
      async () => [
        { frameId: 7, result: { ok: true, hasSelection: true, draft: inFrame } },
        top(null),
        { frameId: 3, result: { ok: true, hasSelection: true, draft: { ...inFrame, extra: 'x' } } },
        { frameId: 2 },
      ],
    );
    expect(await captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ draft: { quote: 'In het kader' } });
  });

  it('takes the top frame’s selection at once, whatever the sub frames do or claim', async () => {
    const claimed = selectionDraft({ pageUrl: 'http://127.0.0.1:8080/advertentie.html', quote: 'Klik hier' });
    const timeouts = { timeoutMs: 5_000, frameGraceMs: 5_000 };
    const hanging = setup({ url: PAGE_URL }, async () => [top({ ok: true, hasSelection: true, draft: selectionDraft() })], never, timeouts);
    const started = Date.now();
    expect(await hanging.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { quote: selectionDraft().quote } });
    expect(Date.now() - started).toBeLessThan(1_000);
    const hostile = setup({ url: PAGE_URL }, after(30, [top({ ok: true, hasSelection: true, draft: selectionDraft() })]), async () => [
      { frameId: 9, result: { ok: true, hasSelection: true, draft: claimed } },
    ]);
    expect(await hostile.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ draft: { quote: selectionDraft().quote } });
  });

  it('takes the top frame’s draft a short grace after it answered when a sub frame never answers', async () => {
    const whole = selectionDraft({ scope: 'page', quote: 'De hele pagina' });
    const { captureTab } = setup({ url: PAGE_URL, title: 'Nieuws' }, async () => [top({ ok: true, hasSelection: false, draft: whole })], never, {
      timeoutMs: 5_000,
      frameGraceMs: 40,
    });
    const started = Date.now();
    expect(await captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { quote: 'De hele pagina', textReadable: true } });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('takes a sub frame’s selection as soon as it is in, early or within the grace, and a slow top frame is waited for', async () => {
    const whole = top({ ok: true, hasSelection: false, draft: selectionDraft({ scope: 'page' }) });
    const inFrame = [{ frameId: 5, result: { ok: true, hasSelection: true, draft: selectionDraft({ quote: 'In het kader' }) } }];
    const slowTop = setup({ url: PAGE_URL }, after(60, [whole]), async () => inFrame, { timeoutMs: 5_000, frameGraceMs: 5_000 });
    expect(await slowTop.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ draft: { quote: 'In het kader' } });
    const lateFrame = setup({ url: PAGE_URL }, async () => [whole], after(60, inFrame), { timeoutMs: 5_000, frameGraceMs: 1_000 });
    const started = Date.now();
    expect(await lateFrame.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ draft: { quote: 'In het kader' } });
    expect(Date.now() - started).toBeLessThan(900);
    const tooLate = setup({ url: PAGE_URL }, async () => [whole], after(200, inFrame), { timeoutMs: 5_000, frameGraceMs: 20 });
    expect(await tooLate.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ draft: { scope: 'page' } });
  });

  it('keeps a sub frame’s selection when the top frame never answers, and the top frame’s answer when the sub frames may not be read', async () => {
    const inFrame = [{ frameId: 5, result: { ok: true, hasSelection: true, draft: selectionDraft({ quote: 'In het kader' }) } }];
    const hungTop = setup({ url: PAGE_URL }, never, async () => inFrame);
    expect(await hungTop.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { quote: 'In het kader' } });
    const refused = setup(
      { url: PAGE_URL },
      async () => [top({ ok: true, hasSelection: true, draft: selectionDraft() })],
      () => Promise.reject(new Error('Cannot access contents of url "chrome-extension://x/". Extension manifest must request permission')),
      { timeoutMs: 5_000, frameGraceMs: 5_000 },
    );
    expect(await refused.captureTab({ tabId: 4, source: 'menu' })).toMatchObject({ status: 'ready', draft: { quote: selectionDraft().quote } });
  });

  it('answers a request of the wrong shape with a refusal, and a closed tab likewise', async () => {
    const { captureTab } = setup({ url: PAGE_URL }, async () => []);
    expect(await captureTab({ tabId: 'x', source: 'menu' })).toMatchObject({ status: 'refused', reason: 'no-tab' });
    const gone = createCaptureTab({
      getTab: () => Promise.reject(new Error('No tab with id: 4')),
      injectTopCapture: async () => [],
      injectFrameCapture: async () => [],
      publish: async () => undefined,
      anchorTab: async () => undefined,
      now: () => NOW,
      newId: () => 'c',
    });
    expect(await gone({ tabId: 4, source: 'command' })).toMatchObject({ status: 'refused', reason: 'no-tab' });
  });
});

describe('capture targets', () => {
  it('lets web pages through and marks PDFs', () => {
    expect(classifyAddress('https://www.cbs.nl/nl-nl/cijfers')).toEqual({ kind: 'web', url: 'https://www.cbs.nl/nl-nl/cijfers', pdf: false });
    expect(classifyAddress('https://www.rivm.nl/rapport.PDF')).toMatchObject({ kind: 'web', pdf: true });
    expect(classifyAddress(undefined)).toEqual({ kind: 'unknown' });
    expect(classifyAddress('not a url')).toEqual({ kind: 'refused', reason: 'not-web' });
  });

  it('finds no refusal in errors that say nothing about the page', () => {
    expect(refusalFromInjectionError('Missing host permission for the tab')).toBeUndefined();
    expect(refusalFromInjectionError('No tab with id: 12')).toBe('no-tab');
  });

  it('titles an unreadable page by its tab, else its file, else its host', () => {
    expect(unreadableTitle('https://x.nl/a/b.pdf', 'Een echte titel')).toBe('Een echte titel');
    expect(unreadableTitle('https://x.nl/a/b.pdf', 'x.nl/a/b.pdf')).toBe('b.pdf');
    expect(unreadableTitle('https://x.nl/', '')).toBe('x.nl');
  });
});
