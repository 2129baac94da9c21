import type { Conflict } from '../shared/merge/merge-records.ts';
import { isRoundOpening } from '../shared/schema/dot-vote.ts';
import type { RegionRecord } from '../shared/schema/record.ts';
import { plural } from './plural.ts';

const LABEL_LENGTH = 60;

/** Partner records carry their installation's id, which every record names as its origin. */
export function partnerNames(records: readonly RegionRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const record of records) if (record.type === 'partner' && record.body) names.set(record.id, record.body.organisation);
  return names;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > LABEL_LENGTH ? `${line.slice(0, LABEL_LENGTH - 1)}…` : line;
}

/** What a person recognises the record by; undefined for a tombstone, which keeps no text. */
function labelOf(record: RegionRecord): string | undefined {
  switch (record.type) {
    case 'partner':
      return record.body?.organisation;
    case 'observation':
      return record.body && shorten(record.body.quote);
    case 'issue':
    case 'planItem':
      return record.body?.title;
    case 'surveyResponse':
      return record.body && `survey ${record.body.survey.id}`;
    case 'traceLink':
      return record.body && `link to ${record.body.toType} ${record.body.toId}`;
    case 'issueMerge':
      return record.body && `merge of issue ${record.body.issueId} into ${record.body.intoId}`;
    case 'recognition':
      return record.body && `${record.body.verdict} ${record.body.targetType} ${record.body.targetId}`;
    case 'issueOutcome':
      return record.body && `outcome of issue ${record.body.issueId}: ${record.body.status}`;
    case 'agreement':
      return record.body?.what;
    case 'regionSettings':
      return (
        record.body &&
        `region settings: ${plural(record.body.issueIds.length, 'shared issue', 'shared issues')}, ${plural(record.body.themes.length, 'theme', 'themes')}`
      );
    case 'reply':
      return record.body && `reply to recognition ${record.body.recognitionId}`;
    case 'dotVote':
      return (
        record.body &&
        (isRoundOpening({ ...record, body: record.body })
          ? `opening of "${record.body.round}"`
          : `dots of ${record.body.voterPartnerId} in "${record.body.round}"`)
      );
    case 'release':
      return record.body && `release ${record.body.name}`;
    case 'releaseApproval':
      return record.body && `${record.body.verdict} on release ${record.body.releaseId}`;
  }
}

function versionText(record: RegionRecord, names: ReadonlyMap<string, string>): string {
  const who = names.get(record.origin) ?? `installation ${record.origin}`;
  return `${record.deleted ? 'deleted by' : 'by'} ${who} at ${record.updatedAt}`;
}

/** One line per conflict: which record, whose version was kept, whose were superseded. */
export function conflictLine(conflict: Conflict, names: ReadonlyMap<string, string>): string {
  const label = [conflict.winner, ...conflict.superseded].map(labelOf).find((l) => l !== undefined);
  const what = `${conflict.winner.type} ${conflict.id}${label === undefined ? '' : ` "${shorten(label)}"`}`;
  const superseded = conflict.superseded.map((r) => versionText(r, names)).join('; ');
  const versions = conflict.superseded.length === 1 ? 'the version' : 'the versions';
  return `${what}: kept the version ${versionText(conflict.winner, names)}; superseded ${versions} ${superseded}`;
}
