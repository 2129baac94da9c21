import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { describeQuote } from '../../../shared/capture/quote-selector.ts';
import { anchorQuote } from '../../../shared/capture/anchor-quote.ts';
import { textFragmentUrl } from '../../../shared/capture/text-fragment-url.ts';
import { normalizeUrl } from '../../../shared/capture/normalize-url.ts';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://www.ggdbzo.nl/monitor' }).window.document;
}

function select(doc: Document, phrase: string): Range {
  const text = doc.body.textContent ?? '';
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not on page: ${phrase}`);
  // Walk text nodes to turn the character offset into a DOM range.
  const walker = doc.createTreeWalker(doc.body, 0x4);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (!started && at < seen + length) {
      range.setStart(node, at - seen);
      started = true;
    }
    if (started && at + phrase.length <= seen + length) {
      range.setEnd(node, at + phrase.length - seen);
      return range;
    }
    seen += length;
  }
  throw new Error('unreachable');
}

const ARTICLE = `<h1>Monitor</h1><p>In Helmond voelt <b>52 procent</b> van de 75-plussers zich eenzaam.</p>
<p>In Deurne voelt 48 procent van de 75-plussers zich eenzaam.</p><p>Mantelzorgers zijn zwaar belast.</p>`;

describe('describeQuote', () => {
  it('describes a selection across elements with its context and position, white space collapsed', () => {
    const doc = page(ARTICLE);
    const selector = describeQuote(doc, select(doc, '52 procent van de 75-plussers'));
    expect(selector).toEqual({
      exact: '52 procent van de 75-plussers',
      prefix: 'Monitor In Helmond voelt ',
      suffix: ' zich eenzaam. In Deurne voelt 4',
      start: 25,
    });
  });

  it('gives nothing for a selection of only white space', () => {
    const doc = page('<p>a</p>\n   \n<p>b</p>');
    const range = doc.createRange();
    range.setStart(doc.body, 1);
    range.setEnd(doc.body, 2);
    expect(describeQuote(doc, range)).toBeNull();
  });
});

describe('anchorQuote', () => {
  const original = page(ARTICLE);
  const repeated = describeQuote(original, select(original, 'van de 75-plussers zich eenzaam'));
  if (repeated === null) throw new Error('no selector');

  it('tells a repeated phrase apart by its context', () => {
    const found = anchorQuote(page(ARTICLE), repeated);
    expect(found?.toString()).toBe('van de 75-plussers zich eenzaam');
    expect(found?.startContainer.parentElement?.textContent).toContain('Helmond');
  });

  it('still finds the quote when the page around it was edited and reflowed', () => {
    const edited = page(`<nav>Home · Nieuws</nav><h1>Gezondheidsmonitor 2024</h1>\n<p>Deurne: 48 procent van de 75-plussers zich eenzaam.</p>
      <p>In   Helmond
      voelt <strong>52 procent</strong>\n van de 75-plussers zich eenzaam, meer dan in 2020.</p>`);
    const found = anchorQuote(edited, repeated);
    expect(found?.startContainer.parentElement?.textContent).toContain('Helmond');
  });

  it('finds a quote with a small edit inside it', () => {
    const selector = { exact: 'Mantelzorgers zijn zwaar belast door de zorg voor hun naasten', prefix: '', suffix: '' };
    const found = anchorQuote(page('<p>Veel mantelzorgers zijn zwaar belast door zorg voor hun naaste.</p>'), selector);
    expect(found?.toString()).toMatch(/zwaar belast door zorg voor hun naaste/);
  });

  it('says so when the quote is gone', () => {
    expect(anchorQuote(page('<p>Een heel andere pagina over wegwerkzaamheden.</p>'), repeated)).toBeNull();
  });
});

describe('links to a source', () => {
  it('opens the page at the quote with a text fragment', () => {
    expect(textFragmentUrl('https://www.ggdbzo.nl/monitor#top', { exact: '52 procent van de 75-plussers' })).toBe(
      'https://www.ggdbzo.nl/monitor#:~:text=52%20procent%20van%20de%2075%2Dplussers',
    );
    const long =
      'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam, zo blijkt uit de monitor van dit jaar en eerdere jaren.';
    expect(textFragmentUrl('https://a.nl/p', { exact: long })).toBe(
      'https://a.nl/p#:~:text=In%20Helmond%20voelt%2052%20procent,dit%20jaar%20en%20eerdere%20jaren.',
    );
  });

  it('keeps a hash route before the directive', () => {
    expect(textFragmentUrl('https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table', { exact: 'Helmond' })).toBe(
      'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table:~:text=Helmond',
    );
  });

  it('recognises the same source across partners by a normalised address', () => {
    expect(normalizeUrl('HTTPS://www.CBS.nl:443/nl-nl/cijfers?utm_source=nieuwsbrief&jaar=2024&fbclid=x#tabel')).toBe(
      'https://www.cbs.nl/nl-nl/cijfers?jaar=2024',
    );
    expect(normalizeUrl('https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table')).toBe(
      'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table',
    );
    expect(normalizeUrl('https://www.ggdbzo.nl/monitor#eenzaamheid')).toBe('https://www.ggdbzo.nl/monitor');
    expect(normalizeUrl('https://a.nl/zoek?q=huisarts+tekort&ref=1')).toBe('https://a.nl/zoek?q=huisarts+tekort&ref=1');
    expect(normalizeUrl('https://a.nl/p?utm_source=a&x=1&utm_source=b&gclid=c')).toBe('https://a.nl/p?x=1');
    expect(normalizeUrl('/rapport.pdf', 'https://www.rivm.nl/regiobeeld')).toBe('https://www.rivm.nl/rapport.pdf');
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('chrome://extensions')).toBeNull();
  });
});
