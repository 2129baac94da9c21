import type { HlcTimestamp } from '../clock/hlc.ts';
import type { RecordId } from '../schema/ids.ts';
import type { BodyOf, RecordOfType, RecordType } from '../schema/record.ts';
import type { RegionCode } from '../schema/region.ts';

export interface VersionStamp {
  readonly region: RegionCode;
  /** The installation writing this version. */
  readonly origin: RecordId;
  readonly updatedAt: HlcTimestamp;
}

/** A new live version of a record: a first version, or an edit that replaces the body. */
export function liveVersion<T extends RecordType>(type: T, id: RecordId, body: BodyOf<T>, stamp: VersionStamp): RecordOfType<T> {
  return { id, type, region: stamp.region, origin: stamp.origin, updatedAt: stamp.updatedAt, deleted: false, body } as RecordOfType<T>;
}

/** The deletion of a record, as a version that travels in bundles and wins over older copies. */
export function tombstone<T extends RecordType>(record: RecordOfType<T>, stamp: Omit<VersionStamp, 'region'>): RecordOfType<T> {
  return { id: record.id, type: record.type, region: record.region, origin: stamp.origin, updatedAt: stamp.updatedAt, deleted: true } as RecordOfType<T>;
}
