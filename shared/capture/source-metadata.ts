import { Readability } from '@mozilla/readability';
import { collapseWhiteSpace } from './text-index.ts';
import { normalizeUrl } from './normalize-url.ts';

export interface SourceMetadata {
  readonly title: string;
  /** The address by which partners recognise this source: canonical link, normalised. */
  readonly canonicalUrl: string;
  readonly siteName?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  readonly lang?: string;
  readonly description?: string;
}

type ArticleMeta = Partial<Record<'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt', string | null | undefined>>;

/**
 * Reads where a page comes from. Mozilla's Readability does the article metadata (JSON-LD, Open
 * Graph, Dublin Core, Parse.ly, Twitter cards); scholarly `citation_*` tags — what GGD and RIVM
 * reports carry — come first where present, as Zotero reads them.
 */
export function extractSourceMetadata(doc: Document, url: string): SourceMetadata {
  const article = readArticle(doc);
  const citationAuthors = metaAll(doc, 'citation_author');
  const title =
    meta(doc, 'citation_title') ??
    clean(article.title) ??
    meta(doc, 'og:title') ??
    clean(doc.title) ??
    clean(doc.querySelector('h1')?.textContent) ??
    hostOf(url);
  const fields: Record<string, string | undefined> = {
    siteName: meta(doc, 'citation_journal_title') ?? clean(article.siteName) ?? meta(doc, 'og:site_name') ?? meta(doc, 'application-name'),
    byline: (citationAuthors.length > 0 ? citationAuthors.join('; ') : undefined) ?? clean(article.byline),
    publishedAt: meta(doc, 'citation_publication_date') ?? meta(doc, 'citation_date') ?? clean(article.publishedTime),
    lang: clean(article.lang) ?? clean(doc.documentElement?.getAttribute('lang')) ?? meta(doc, 'og:locale'),
    description: meta(doc, 'description') ?? meta(doc, 'og:description') ?? clean(article.excerpt),
  };
  const canonical = canonicalOf(doc, url);
  return Object.assign(
    { title, canonicalUrl: canonical },
    Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  ) as SourceMetadata;
}

/**
 * Above this many elements a page is read from its meta tags only: copying and scoring a huge page
 * (a 5 MB report) would keep the partner waiting seconds for a title. Real articles have a few
 * thousand elements.
 */
const MAX_ELEMENTS_FOR_READABILITY = 20_000;

function readArticle(doc: Document): ArticleMeta {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS_FOR_READABILITY) return fallbackMeta(doc);
  try {
    // Readability rewrites the document it reads, so it gets a copy; the article body is not needed.
    const copy = doc.cloneNode(true) as Document;
    return new Readability(copy, { serializer: () => '' }).parse() ?? fallbackMeta(doc);
  } catch {
    return fallbackMeta(doc);
  }
}

function fallbackMeta(doc: Document): ArticleMeta {
  return { title: meta(doc, 'og:title') ?? doc.title, siteName: meta(doc, 'og:site_name'), byline: meta(doc, 'author') };
}

function canonicalOf(doc: Document, url: string): string {
  const candidates = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), meta(doc, 'og:url')];
  for (const candidate of candidates) {
    const normal = candidate ? normalizeUrl(candidate, url) : null;
    if (normal !== null) return normal;
  }
  return normalizeUrl(url) ?? url;
}

function meta(doc: Document, name: string): string | undefined {
  return metaAll(doc, name)[0];
}

function metaAll(doc: Document, name: string): string[] {
  const values: string[] = [];
  for (const element of doc.querySelectorAll('meta')) {
    const key = element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop');
    if (key?.toLowerCase() === name) {
      const value = clean(element.getAttribute('content'));
      if (value !== undefined) values.push(value);
    }
  }
  return values;
}

function clean(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = collapseWhiteSpace(value);
  return text === '' ? undefined : text;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
