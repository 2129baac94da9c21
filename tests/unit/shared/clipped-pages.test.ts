import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clippedPageConditions, MAX_MARKED_PAGES } from '../../../shared/capture/clipped-pages.ts';
import { normalizeUrl } from '../../../shared/capture/normalize-url.ts';

const urls = (conditions: ReturnType<typeof clippedPageConditions>) => conditions.map((condition) => condition.pageUrl.urlEquals);

describe('the pages the toolbar mark is kept for', () => {
  it('matches each clipped page once, by its normalised address', () => {
    expect(
      urls(
        clippedPageConditions([
          'https://www.GGD.nl:443/monitor.html?utm_source=mail#mantelzorg',
          'https://www.ggd.nl/monitor.html',
          'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table',
        ]),
      ),
    ).toEqual(['https://www.ggd.nl/monitor.html', 'https://opendata.cbs.nl/statline/']);
  });

  it('leaves out what is no web page', () => {
    expect(clippedPageConditions(['file:///home/partner/rapport.pdf', 'chrome://settings', 'niet een adres', 'javascript:alert(1)'])).toEqual([]);
  });

  it('keeps the newest pages up to the bound', () => {
    const many = Array.from({ length: MAX_MARKED_PAGES + 50 }, (_, index) => `https://example.nl/pagina-${index}`);
    const conditions = clippedPageConditions(many);
    expect(conditions).toHaveLength(MAX_MARKED_PAGES);
    expect(conditions[0]?.pageUrl.urlEquals).toBe('https://example.nl/pagina-0');
    expect(clippedPageConditions(many, 3)).toHaveLength(3);
  });

  it('never holds a fragment or a duplicate, and each is the page of a clip as the store names it', () => {
    fc.assert(
      fc.property(fc.array(fc.webUrl({ withFragments: true, withQueryParameters: true }), { maxLength: 30 }), (addresses) => {
        const found = urls(clippedPageConditions(addresses));
        expect(new Set(found).size).toBe(found.length);
        const stored = addresses.map((address) => normalizeUrl(address) ?? '');
        for (const url of found) {
          expect(url).not.toContain('#');
          expect(stored.some((address) => address === url || address.startsWith(`${url}#`))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
