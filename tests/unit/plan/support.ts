import { liveVersion, type VersionStamp } from '../../../shared/records/versions.ts';
import type { BodyOf, LiveRecord } from '../../../shared/schema/record.ts';
import { type TraceLinkBody, traceLinkId } from '../../../shared/schema/trace-link.ts';
import { recordId, stamp } from '../../support/fake-records.ts';

export const P = (n: number) => recordId(0x500 + n);
export const AT = '2026-10-01T09:00:00.000Z-0000';

export function planItem(
  n: number,
  level: BodyOf<'planItem'>['level'],
  overrides: Partial<BodyOf<'planItem'>> = {},
  at: Partial<VersionStamp> = {},
): LiveRecord<'planItem'> {
  const body: BodyOf<'planItem'> = { level, title: `${level} ${n}`, description: '', status: 'gepland', ownerPartnerIds: [], ...overrides };
  return { ...liveVersion('planItem', P(n), body, stamp(at)), deleted: false, body };
}

type Ends = Pick<TraceLinkBody, 'fromId' | 'toType' | 'toId'> & { toQuestion?: string };

/** A link as stored; `evidenceAt` defaults to the fixtures' one timestamp, so it is current unless the target changed. */
export function link(ends: Ends, evidenceAt = AT, at: Partial<VersionStamp> = {}): LiveRecord<'traceLink'> {
  const body: TraceLinkBody = { ...ends, rationale: 'omdat', evidenceAt };
  return { ...liveVersion('traceLink', traceLinkId(body), body, stamp(at)), deleted: false, body };
}

export const serves = (child: number, parent: number) => link({ fromId: P(child), toType: 'planItem', toId: P(parent) });
