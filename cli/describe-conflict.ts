import type { Conflict } from '../shared/merge/merge-records.ts';
import { isRoundOpening } from '../shared/schema/dot-vote.ts';
import type { RegionRecord } from '../shared/schema/record.ts';
import type { Messages } from './messages/index.ts';

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
function labelOf(record: RegionRecord, texts: Messages): string | undefined {
  const { label } = texts;
  switch (record.type) {
    case 'partner':
      return record.body?.organisation;
    case 'observation':
      return record.body && shorten(record.body.quote);
    case 'issue':
    case 'planItem':
      return record.body?.title;
    case 'surveyResponse':
      return record.body && label.survey(record.body.survey.id);
    case 'traceLink':
      return record.body && label.traceLink(record.body.toType, record.body.toId);
    case 'issueMerge':
      return record.body && label.issueMerge(record.body.issueId, record.body.intoId);
    case 'recognition':
      return record.body && label.recognition(record.body.verdict, record.body.targetType, record.body.targetId);
    case 'issueOutcome':
      return record.body && label.issueOutcome(record.body.issueId, record.body.status);
    case 'agreement':
      return record.body?.what;
    case 'regionSettings':
      return record.body && label.regionSettings(record.body.issueIds.length, record.body.themes.length);
    case 'reply':
      return record.body && label.reply(record.body.recognitionId);
    case 'dotVote':
      return (
        record.body &&
        (isRoundOpening({ ...record, body: record.body })
          ? label.dotRoundOpening(record.body.round)
          : label.dots(record.body.voterPartnerId, record.body.round))
      );
    case 'release':
      return record.body && label.release(record.body.name);
    case 'releaseApproval':
      return record.body && label.releaseApproval(record.body.verdict, record.body.releaseId);
  }
}

function versionText(record: RegionRecord, names: ReadonlyMap<string, string>, texts: Messages): string {
  return texts.versionBy(names.get(record.origin) ?? texts.installation(record.origin), record.updatedAt, record.deleted);
}

/** One line per conflict: which record, whose version was kept, whose were superseded. */
export function conflictLine(conflict: Conflict, names: ReadonlyMap<string, string>, texts: Messages): string {
  const label = [conflict.winner, ...conflict.superseded].map((record) => labelOf(record, texts)).find((l) => l !== undefined);
  const what = `${texts.recordType(conflict.winner.type)} ${conflict.id}${label === undefined ? '' : ` "${shorten(label)}"`}`;
  const superseded = conflict.superseded.map((r) => versionText(r, names, texts)).join('; ');
  return texts.conflict(what, versionText(conflict.winner, names, texts), superseded, conflict.superseded.length);
}
