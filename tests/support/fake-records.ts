import { liveVersion, tombstone, type VersionStamp } from '../../shared/records/versions.ts';
import type { BodyOf, RecordOfType, RegionRecord } from '../../shared/schema/record.ts';
import type { RecordId } from '../../shared/schema/ids.ts';
import { issueMergeId } from '../../shared/schema/issue-merge.ts';

export const REGION = 'helmond-de-peel';
export const ORIGIN_A = '019a0000-0000-7000-8000-00000000000a';
export const ORIGIN_B = '019a0000-0000-7000-8000-00000000000b';

export function recordId(n: number): RecordId {
  return `019a0000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function stamp(overrides: Partial<VersionStamp> = {}): VersionStamp {
  return { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-01T09:00:00.000Z-0000', ...overrides };
}

export function observationBody(overrides: Partial<BodyOf<'observation'>> = {}): BodyOf<'observation'> {
  return {
    quote: 'In Helmond staan 1.200 inwoners op een wachtlijst voor een huisarts.',
    source: { url: 'https://www.waarstaatjegemeente.nl/helmond', title: 'Huisartsenzorg Helmond', accessedAt: '2026-10-01T09:00:00.000Z' },
    kind: 'signal',
    areas: ['GM0794'],
    themes: ['zorgaanbod'],
    interpretation: '',
    issueIds: [],
    ...overrides,
  };
}

export function issueBody(overrides: Partial<BodyOf<'issue'>> = {}): BodyOf<'issue'> {
  return { title: 'Tekort aan huisartsen', description: '', themes: ['zorgaanbod'], areas: [], ...overrides };
}

export function fakeObservation(id: number, overrides: Partial<BodyOf<'observation'>> = {}, at: Partial<VersionStamp> = {}): RecordOfType<'observation'> {
  return liveVersion('observation', recordId(id), observationBody(overrides), stamp(at));
}

export function fakeIssue(id: number, overrides: Partial<BodyOf<'issue'>> = {}, at: Partial<VersionStamp> = {}): RecordOfType<'issue'> {
  return liveVersion('issue', recordId(id), issueBody(overrides), stamp(at));
}

/** Issue `from` merged into issue `into` (both by number, as `recordId`). */
export function fakeIssueMerge(from: number, into: number, at: Partial<VersionStamp> = {}, reason = ''): RecordOfType<'issueMerge'> {
  return liveVersion('issueMerge', issueMergeId(recordId(from)), { issueId: recordId(from), intoId: recordId(into), reason }, stamp(at));
}

export function deleted<R extends RegionRecord>(record: R, at: Partial<VersionStamp> = {}): RegionRecord {
  const { origin, updatedAt } = stamp(at);
  return tombstone(record, { origin, updatedAt });
}
