import { textFragmentUrl } from '../../shared/capture/text-fragment-url.ts';
import type { ObservationBody } from '../../shared/schema/observation.ts';
import { isLive, type RegionRecord } from '../../shared/schema/record.ts';
import { WebUrl } from '../../shared/schema/text.ts';

export interface RecordSource {
  readonly title: string;
  /** Only an http(s) address: anything else from a page or a bundle never becomes a link. */
  readonly href: string | undefined;
}

/** The text a person recognises a record by. */
export function mainText(record: RegionRecord): string {
  switch (record.type) {
    case 'observation':
      return isLive(record) ? record.body.quote : '';
    case 'issue':
    case 'planItem':
      return isLive(record) ? record.body.title : '';
    case 'partner':
      return isLive(record) ? record.body.organisation : '';
    case 'surveyResponse':
      return isLive(record) ? `${record.body.survey.id} (v${record.body.survey.version})` : '';
    case 'traceLink':
      return isLive(record) ? record.body.rationale : '';
    case 'issueMerge':
    case 'recognition':
      return isLive(record) ? record.body.reason : '';
    case 'issueOutcome':
      return isLive(record) ? record.body.interpretation : '';
    case 'agreement':
      return isLive(record) ? record.body.what : '';
    case 'regionSettings':
      return '';
    case 'reply':
      return isLive(record) ? record.body.text : '';
    case 'dotVote':
      return isLive(record) ? record.body.round : '';
    case 'release':
      return isLive(record) ? record.body.name : '';
    case 'releaseApproval':
      return isLive(record) ? record.body.remark : '';
  }
}

export function sourceOf(record: RegionRecord): RecordSource | undefined {
  if (record.type !== 'observation' || !isLive(record)) return undefined;
  const { url, pageUrl, title } = record.body.source;
  // The page the partner had open: the canonical address a page claims may not lead anywhere.
  const href = pageUrl ?? url;
  return { title: title || url, href: WebUrl.safeParse(href).success ? href : undefined };
}

/**
 * A link that opens the clip's source scrolled to the passage (a URL text fragment): on the page
 * the partner clipped from when known, else the canonical address. Undefined unless http(s).
 */
export function openOnSourceHref(body: ObservationBody): string | undefined {
  const base = body.source.pageUrl ?? body.source.url;
  if (!WebUrl.safeParse(base).success) return undefined;
  const exact = body.selector?.exact ?? body.quote;
  const href = body.captureNote === undefined && exact.trim() !== '' ? textFragmentUrl(base, { exact }) : base;
  return WebUrl.safeParse(href).success ? href : base;
}

/** The start of a record's text, to name it in a message without repeating a whole quote. */
export function shortText(record: RegionRecord, length = 80): string {
  const text = mainText(record).replace(/\s+/g, ' ').trim();
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
