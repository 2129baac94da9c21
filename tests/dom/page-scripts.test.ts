import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { CaptureDraft } from '../../shared/capture/capture-draft.ts';
import { FrameCapture, HighlightResult, PageAddress } from '../../extension/messaging/page-results.ts';
import { captureFrame } from '../../extension/page/capture-frame.ts';
import { highlightClips } from '../../extension/page/highlight-clips.ts';
import { pageAddress } from '../../extension/page/page-address.ts';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const URL_OPEN = 'http://127.0.0.1:8080/ggd-gezondheidsmonitor.html';

function page(file: string, url = URL_OPEN): Document {
  return new JSDOM(readFileSync(resolve(PAGES, file), 'utf8'), { url }).window.document;
}

function selectionOf(doc: Document, css: string) {
  const range = doc.createRange();
  range.selectNodeContents(doc.querySelector(css) as Element);
  return { rangeCount: 1, isCollapsed: false, getRangeAt: () => range };
}

describe('capture.js in a page', () => {
  it('returns the selected passage as plain data the background accepts', () => {
    const doc = page('ggd-gezondheidsmonitor.html');
    const answer = captureFrame(doc, URL_OPEN, selectionOf(doc, '#mantelzorg'));
    expect(FrameCapture.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({
      ok: true,
      hasSelection: true,
      draft: { quote: 'Een op de zes volwassenen geeft mantelzorg; een op de tien mantelzorgers voelt zich zwaar belast.' },
    });
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('clips the whole page when nothing is selected, and survives broken, untitled markup', () => {
    const doc = page('vijandig.html', 'http://127.0.0.1:8080/vijandig.html');
    const whole = captureFrame(doc, 'http://127.0.0.1:8080/vijandig.html', null);
    expect(whole).toMatchObject({
      ok: true,
      hasSelection: false,
      draft: { scope: 'page', source: { title: '127.0.0.1', canonicalUrl: 'http://127.0.0.1:8080/vijandig.html' } },
    });
    const selected = captureFrame(doc, 'http://127.0.0.1:8080/vijandig.html', selectionOf(doc, '#knelpunt'));
    expect(selected.ok && CaptureDraft.safeParse(selected.draft).success).toBe(true);
  });

  it('answers { ok: false } instead of throwing when the page breaks the capture', () => {
    const doc = page('ggd-gezondheidsmonitor.html');
    const broken = {
      rangeCount: 1,
      isCollapsed: false,
      getRangeAt: () => {
        throw new Error('boom');
      },
    };
    expect(captureFrame(doc, URL_OPEN, broken)).toEqual({ ok: false });
  });

  it('says where the page is and where it claims its canonical version lives', () => {
    expect(PageAddress.parse(pageAddress(page('ggd-gezondheidsmonitor.html'), URL_OPEN))).toEqual({
      href: URL_OPEN,
      canonicalUrl: 'http://127.0.0.1/ggd-gezondheidsmonitor.html',
    });
    expect(pageAddress(page('kader-binnen.html'), 'http://127.0.0.1:8080/kader-binnen.html')).toEqual({
      href: 'http://127.0.0.1:8080/kader-binnen.html',
      canonicalUrl: null,
    });
  });
});

describe('highlight.js in a page', () => {
  it('highlights what it finds again, also reworded a little, says what it did not find, and leaves the text alone', () => {
    const original = page('ggd-gezondheidsmonitor.html');
    const captured = (css: string) => {
      const answer = captureFrame(original, URL_OPEN, selectionOf(original, css));
      if (!answer.ok || answer.draft?.selector === undefined) throw new Error('no selector');
      return answer.draft.selector;
    };
    const clips = [
      { id: '0190a0e0-0000-7000-8000-000000000001', selector: captured('#mantelzorg') },
      { id: '0190a0e0-0000-7000-8000-000000000002', selector: captured('#eenzaamheid') },
    ];
    const edited = page('ggd-gezondheidsmonitor-bijgewerkt.html');
    const before = edited.body.textContent;
    const sink = { show: vi.fn(), clear: vi.fn() };
    const result = highlightClips(edited, clips, sink);
    expect(HighlightResult.parse(result)).toEqual({ found: [clips[0]?.id], lost: [clips[1]?.id] });
    const ranges = sink.show.mock.calls[0]?.[0] as Range[];
    expect(ranges.map((r) => r.toString())).toEqual(['Eén op de zes volwassenen geeft mantelzorg, en één op de tien mantelzorgers voelt zich zwaar belast.']);
    expect(edited.body.textContent).toBe(before);
  });

  it('clears the highlight when nothing is found', () => {
    const sink = { show: vi.fn(), clear: vi.fn() };
    expect(highlightClips(page('kader-binnen.html'), [{ id: 'x', selector: { exact: 'niet hier', prefix: '', suffix: '' } }], sink)).toEqual({
      found: [],
      lost: ['x'],
    });
    expect(sink.clear).toHaveBeenCalledOnce();
    expect(sink.show).not.toHaveBeenCalled();
  });
});
