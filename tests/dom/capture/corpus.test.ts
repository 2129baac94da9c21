import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractSourceMetadata } from '../../../shared/capture/source-metadata.ts';
import { describeQuote } from '../../../shared/capture/quote-selector.ts';
import { anchorQuote } from '../../../shared/capture/anchor-quote.ts';
import { buildTextIndex, collapseWhiteSpace } from '../../../shared/capture/text-index.ts';

/** Real pages nobody here wrote, with the metadata Mozilla Readability's own tests expect (sources: tests/fixtures/corpus/NOTICE.md). */
const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus/pages');
const pages = readdirSync(CORPUS).sort();

interface Expected {
  title: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

function load(name: string): { doc: Document; url: string; expected: Expected } {
  const url = `http://fakehost/test/${name}/`;
  // A silent console: the pages' own CSS that jsdom cannot parse is not a finding here.
  const dom = new JSDOM(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), { url, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, url, expected: JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as Expected };
}

/** Five passages spread over the page's text nodes, each a run of words inside one node. */
function passages(doc: Document): Range[] {
  const index = buildTextIndex(doc);
  const long = index.nodes.filter((node) => collapseWhiteSpace(node.data).length >= 40);
  // A few test pages hold only short snippets of text; passages then come from those.
  const usable = long.length > 0 ? long : index.nodes.filter((node) => collapseWhiteSpace(node.data).length >= 3);
  const picks = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => usable[Math.floor(f * (usable.length - 1))]).filter((n): n is Text => n !== undefined);
  return picks.map((node) => {
    const data = node.data;
    const first = data.search(/\S/);
    const range = doc.createRange();
    range.setStart(node, first);
    range.setEnd(node, Math.min(data.length, first + 60 + (data.length % 50)));
    return range;
  });
}

function reflowWhiteSpace(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, 0x4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    text.data = text.data.replace(/ /g, '\n   ').replace(/\s{2,}/g, (run) => (run.length % 2 === 0 ? ' ' : '\n\t '));
  }
}

const metadataMisses: string[] = [];
const metadataChecked: string[] = [];

describe('capture on the real-page corpus', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(pages)('%s', (name) => {
    it('reads its metadata (compared over the whole corpus below)', () => {
      const { doc, url, expected } = load(name);
      const meta = extractSourceMetadata(doc, url);
      expect(meta.title.length).toBeGreaterThan(0);
      expect(meta.canonicalUrl).toMatch(/^https?:\/\//);
      const wrong = (['title', 'siteName', 'byline', 'publishedTime'] as const).filter((field) => {
        const want = expected[field];
        if (want === null || want === undefined) return false;
        const got = field === 'publishedTime' ? meta.publishedAt : meta[field];
        return collapseWhiteSpace(got ?? '') !== collapseWhiteSpace(want);
      });
      metadataChecked.push(name);
      if (wrong.length > 0)
        metadataMisses.push(
          `${name}: ${wrong.map((f) => `${f} ${JSON.stringify(f === 'publishedTime' ? meta.publishedAt : meta[f])} ≠ ${JSON.stringify(expected[f])}`).join(', ')}`,
        );
    });

    it('finds five described passages again, unchanged and after white space is reflowed', () => {
      const { doc } = load(name);
      const selectors = passages(doc)
        .map((range) => describeQuote(doc, range))
        .filter((s) => s !== null);
      expect(selectors.length).toBeGreaterThan(0);
      const lost: string[] = [];
      for (const [label, target] of [
        ['same', load(name).doc],
        ['reflowed', reflowed(name)],
      ] as const) {
        for (const selector of selectors) {
          const found = anchorQuote(target, selector);
          const text = found ? collapseWhiteSpace(found.toString()) : null;
          if (text?.replace(/\s/g, '') !== selector.exact.replace(/\s/g, ''))
            lost.push(`${label}: ${selector.exact.slice(0, 50)} → ${String(text).slice(0, 50)}`);
        }
      }
      expect(lost).toEqual([]);
    });
  });

  it('reads the expected title (and site, byline, date where given) on at least 95 % of pages', () => {
    expect(metadataChecked).toHaveLength(pages.length);
    expect(metadataMisses.length / pages.length, metadataMisses.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

function reflowed(name: string): Document {
  const { doc } = load(name);
  reflowWhiteSpace(doc);
  return doc;
}
