import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { capturePage } from '../../../shared/capture/capture-page.ts';
import { unreadablePageDraft } from '../../../shared/capture/unreadable-page.ts';
import { CaptureDraft } from '../../../shared/capture/capture-draft.ts';

const GGD = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/ggd-gezondheidsmonitor.html'), 'utf8');
const URL_OPEN = 'http://127.0.0.1:8080/ggd-gezondheidsmonitor.html?utm_source=nieuwsbrief';

function ggd(): Document {
  return new JSDOM(GGD, { url: URL_OPEN }).window.document;
}

describe('capturePage', () => {
  it('reads a selected passage with its source, selector and a link back to it', () => {
    const doc = ggd();
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('eenzaamheid') as Element);
    const draft = capturePage(doc, URL_OPEN, range);
    expect(CaptureDraft.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      scope: 'selection',
      textReadable: true,
      quote: 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.',
      source: {
        title: 'Gezondheidsmonitor Volwassenen en Ouderen 2024 — Helmond',
        canonicalUrl: 'http://127.0.0.1/ggd-gezondheidsmonitor.html',
        siteName: 'GGD Brabant-Zuidoost',
        lang: 'nl',
        description: 'Resultaten van de Gezondheidsmonitor voor de gemeente Helmond.',
      },
      selector: { exact: 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.' },
    });
    expect(draft?.fragmentUrl).toMatch(/^http:\/\/127\.0\.0\.1\/ggd-gezondheidsmonitor\.html#:~:text=In%20Helmond/);
  });

  it('reads a figure selected in a table cell, with its headers as label', () => {
    const doc = ggd();
    const cell = [...doc.querySelectorAll('td')].find((td) => td.textContent === '58') as Element;
    const range = doc.createRange();
    range.selectNodeContents(cell);
    expect(capturePage(doc, URL_OPEN, range)?.figure).toEqual({
      value: 58,
      unit: '',
      labels: ['Ervaren gezondheid naar leeftijd', '65 jaar en ouder', 'Goed of zeer goed (%)'],
    });
  });

  it('clips the whole page when nothing is selected, quoting its description', () => {
    const draft = capturePage(ggd(), URL_OPEN, null);
    expect(draft).toMatchObject({ scope: 'page', quote: 'Resultaten van de Gezondheidsmonitor voor de gemeente Helmond.' });
    expect(draft?.selector).toBeUndefined();
  });

  it('clips a PDF by address and title only, saying its text could not be read', () => {
    const pdf = new JSDOM('<html><body><embed type="application/pdf" src="about:blank"></body></html>', { url: 'https://www.rivm.nl/regiobeeld.pdf' }).window
      .document;
    expect(capturePage(pdf, 'https://www.rivm.nl/regiobeeld.pdf', null)).toMatchObject({ textReadable: false, quote: '' });
    expect(unreadablePageDraft('https://www.rivm.nl/regiobeeld.pdf#page=3', '')).toEqual({
      pageUrl: 'https://www.rivm.nl/regiobeeld.pdf#page=3',
      source: { title: 'www.rivm.nl', canonicalUrl: 'https://www.rivm.nl/regiobeeld.pdf' },
      quote: '',
      scope: 'page',
      textReadable: false,
    });
  });

  it('refuses pages that are not on the web', () => {
    expect(capturePage(ggd(), 'chrome://extensions', null)).toBeNull();
    expect(unreadablePageDraft('file:///C:/rapport.pdf', 'rapport')).toBeNull();
  });

  it('survives a page without title, with broken markup', () => {
    const doc = new JSDOM('<p>Zonder titel <b>en <i>kapot</p></b><table><td>12', { url: 'https://example.nl/x' }).window.document;
    const range = doc.createRange();
    range.selectNodeContents(doc.body);
    const draft = capturePage(doc, 'https://example.nl/x', range);
    expect(CaptureDraft.safeParse(draft).success).toBe(true);
    expect(draft?.source.title).toBe('example.nl');
  });
});
