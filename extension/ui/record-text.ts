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
  }
}

export function sourceOf(record: RegionRecord): RecordSource | undefined {
  if (record.type !== 'observation' || !isLive(record)) return undefined;
  const { url, title } = record.body.source;
  return { title: title || url, href: WebUrl.safeParse(url).success ? url : undefined };
}
