import type { RegionRecord } from './record.ts';

/**
 * The clock times a record holds besides its `updatedAt`, by field: none can lie in the future,
 * as a link's `evidenceAt` ten years ahead would never turn suspect. (`publishedAt` is the
 * source's own wording of a date, not a clock time.)
 */
export function recordTimes(record: RegionRecord): Array<{ readonly field: string; readonly at: string }> {
  if (record.body === undefined) return [];
  switch (record.type) {
    case 'observation':
      return [{ field: 'body.source.accessedAt', at: record.body.source.accessedAt }];
    case 'surveyResponse':
      return record.body.completedAt === undefined ? [] : [{ field: 'body.completedAt', at: record.body.completedAt }];
    case 'traceLink':
      return [{ field: 'body.evidenceAt', at: record.body.evidenceAt.slice(0, 24) }];
    default:
      return [];
  }
}
