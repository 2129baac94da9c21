import { compareText } from '../canonical/compare-text.ts';
import { isLaterRecord } from '../merge/version-order.ts';
import type { RecordId } from '../schema/ids.ts';
import { isCoordinator } from '../schema/partner.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import type { SurveyRound } from '../schema/region-settings.ts';
import { type IssueSurvivors, issueSurvivors } from './issue-survivors.ts';

/** The region settings that count: the latest a coordinator published, read through the merges of issues. */
export interface PublishedSettings {
  readonly record: LiveRecord<'regionSettings'>;
  /**
   * The shared issue list as it stands now: each published issue as the issue it counts for since
   * (a merge after publishing moves it to its survivor), once, in the published order; deleted
   * issues left out. Empty when the coordinator published no list.
   */
  readonly issueIds: readonly RecordId[];
  readonly themes: readonly string[];
  readonly surveyRound: SurveyRound | undefined;
}

export interface RegionSettingsRead {
  readonly published: PublishedSettings | undefined;
  /** Writers of settings that do not count: they are no coordinator. Sorted, each once. */
  readonly ignoredWriters: readonly RecordId[];
}

/**
 * Only the coordinator of the regiotafel publishes region settings: settings written by any other
 * installation are ignored (and named, so the coordinator can tell why a partner's do not show).
 * Between coordinators the latest version counts, whichever order the records came in.
 */
export function readRegionSettings(records: readonly RegionRecord[], survivors: IssueSurvivors = issueSurvivors(records)): RegionSettingsRead {
  const coordinators = new Set<RecordId>();
  const liveIssues = new Set<RecordId>();
  for (const record of records) {
    if (record.type === 'partner' && isLive(record) && isCoordinator(record.body)) coordinators.add(record.id);
    if (record.type === 'issue' && isLive(record)) liveIssues.add(record.id);
  }
  let latest: LiveRecord<'regionSettings'> | undefined;
  const ignored = new Set<RecordId>();
  for (const record of records) {
    if (record.type !== 'regionSettings' || !isLive(record)) continue;
    if (!coordinators.has(record.origin)) ignored.add(record.origin);
    else if (latest === undefined || isLaterRecord(record, latest)) latest = record;
  }
  const ignoredWriters = [...ignored].sort(compareText);
  if (latest === undefined) return { published: undefined, ignoredWriters };
  const issueIds = [...new Set(latest.body.issueIds.map(survivors.survivorOf))].filter((id) => liveIssues.has(id));
  return { published: { record: latest, issueIds, themes: latest.body.themes, surveyRound: latest.body.surveyRound }, ignoredWriters };
}

/** The shared issue list to offer, or undefined when none is published (then every standing issue is offered). */
export function sharedIssueList(published: PublishedSettings | undefined): ReadonlySet<RecordId> | undefined {
  return published === undefined || published.issueIds.length === 0 ? undefined : new Set(published.issueIds);
}
