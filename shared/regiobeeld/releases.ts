import { recordSigningPayload } from '../bundle/record-signature.ts';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { compareText } from '../canonical/compare-text.ts';
import { pureSha256, type Sha256, type Sha256Hex } from '../canonical/hash.ts';
import { LIMITS } from '../limits.ts';
import { isLaterRecord } from '../merge/version-order.ts';
import type { ReleaseBody, ReleasedIssue } from '../schema/release.ts';
import { isLive, type LiveRecord, type RecordType, type RegionRecord } from '../schema/record.ts';
import type { IssueSummary } from './issue-summaries.ts';
import { countsAsPartner, type PartnerDirectory, type PartnerInfo } from './partners.ts';

/** What a release says of the regiobeeld, not part of what it releases. */
const ABOUT_RELEASES: ReadonlySet<RecordType> = new Set(['release', 'releaseApproval']);

/** The record versions a release holds: every record but the releases and the approvals of them. */
export function releasedRecords<R extends RegionRecord>(records: readonly R[]): R[] {
  return records.filter((record) => !ABOUT_RELEASES.has(record.type));
}

/**
 * The digest of a regiobeeld's content: SHA-256 of the canonical JSON of the list of every record
 * version it holds (tombstones too: a deletion is content), sorted by id, each version whole but
 * for its signature (the text its writer signs, `recordSigningPayload`). So it names each version exactly as `compareVersions` tells versions apart
 * (clock, writer, content); the signature is left out because signing is not writing: this
 * installation signs its own earlier versions when it exports, and a signed copy is the same
 * version. The same records in any order give the same digest; any other version of any record
 * gives another. Fed to `hash` version by version, so no text of the whole regiobeeld is made.
 */
export function releaseDigest(records: readonly RegionRecord[], hash: Sha256 = pureSha256): Sha256Hex {
  const digest = hash();
  releaseDigestPieces(records, (piece) => {
    digest.update(piece);
  });
  return digest.hex();
}

/**
 * The text `releaseDigest` hashes, handed out in pieces in order, for a caller that hashes it
 * another way (WebCrypto, which is asynchronous and takes the whole text at once).
 */
export function releaseDigestPieces(records: readonly RegionRecord[], piece: (text: string) => void): void {
  const versions = releasedRecords(records).sort((a, b) => compareText(a.id, b.id));
  piece('[');
  versions.forEach((record, index) => {
    piece(index === 0 ? recordSigningPayload(record) : `,${recordSigningPayload(record)}`);
  });
  piece(']');
}

/** The digest of some records, worked out where hashing is asynchronous. */
export type ReleaseDigestOf = (records: readonly RegionRecord[]) => Promise<Sha256Hex>;

/** `releaseDigest` by WebCrypto (the caller's `crypto.subtle`): native hashing, off the page's own work. */
export function webCryptoReleaseDigest(subtle: Pick<SubtleCrypto, 'digest'>): ReleaseDigestOf {
  return async (records) => {
    const pieces: string[] = [];
    releaseDigestPieces(records, (piece) => {
      pieces.push(piece);
    });
    return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', utf8ToBytes(pieces.join('')))));
  };
}

/** The standing issues as a release keeps them, in priority order, at most `LIMITS.releasedIssues`. */
export function releasedIssues(issues: readonly IssueSummary[]): ReleasedIssue[] {
  return issues.slice(0, LIMITS.releasedIssues).map((issue) => ({
    id: issue.id,
    title: issue.title,
    place: issue.priority?.place ?? null,
    score: issue.priority === null || !Number.isFinite(issue.priority.score) ? null : Math.min(1, Math.max(0, issue.priority.score)),
    status: issue.outcome?.status ?? null,
    evidence: issue.evidenceIds.length,
    mergedIds: issue.mergedIssues.slice(0, LIMITS.listItems).map((merged) => merged.id),
  }));
}

/** What "Versie uitbrengen" writes, made of the merged regiobeeld as it stands and its analysed issues; `digest` is the records' when the caller has it. */
export function releaseBodyOf(
  input: { readonly name: string; readonly note: string; readonly releasedOn: string },
  records: readonly RegionRecord[],
  issues: readonly IssueSummary[],
  digest: Sha256Hex = releaseDigest(records),
): ReleaseBody {
  return {
    name: input.name.trim(),
    note: input.note.trim(),
    releasedOn: input.releasedOn,
    digest,
    recordCount: releasedRecords(records).length,
    issueCount: issues.length,
    issues: releasedIssues(issues),
  };
}

/** One partner's word on a release. */
export interface Approval {
  readonly partnerId: string;
  readonly remark: string;
  readonly at: string;
}

export interface Release {
  readonly id: string;
  readonly body: ReleaseBody;
  readonly releasedBy: string;
  readonly at: string;
  /** The partners who gave their akkoord (the latest word of each), by partner id. */
  readonly approvals: readonly Approval[];
  /** The partners who have not (yet), by partner id: every partner but the coordinator. */
  readonly waiting: readonly PartnerInfo[];
}

export interface Releases {
  /** The coordinator's releases, newest first. */
  readonly releases: readonly Release[];
  /** Releases written by someone the partner records do not name as coordinator: not counted. */
  readonly ignored: number;
}

/**
 * The released versions among the records: only those whose writer's partner record says it is the
 * coordinator count, newest first (clock, then id). Each with the akkoord of the partners, the
 * latest word of each counting (a withdrawal is no akkoord); what the coordinator or an
 * installation without a partner record says is not counted.
 */
export function releasesOf(records: readonly RegionRecord[], partners: PartnerDirectory): Releases {
  // One version per id, as a merge leaves them; read straight from several bundles, the latest.
  const byId = new Map<string, LiveRecord<'release'>>();
  const words = new Map<string, Map<string, LiveRecord<'releaseApproval'>>>();
  for (const record of records) {
    if (record.type === 'release' && isLive(record)) {
      const held = byId.get(record.id);
      if (held === undefined || isLaterRecord(record, held)) byId.set(record.id, record);
    }
    if (record.type === 'releaseApproval' && isLive(record)) {
      const held = words.get(record.body.releaseId) ?? new Map<string, LiveRecord<'releaseApproval'>>();
      const earlier = held.get(record.origin);
      if (earlier === undefined || isLaterRecord(record, earlier)) held.set(record.origin, record);
      words.set(record.body.releaseId, held);
    }
  }
  const kept = [...byId.values()].filter((record) => partners.of(record.origin).coordinator);
  const ignored = byId.size - kept.length;
  const voters = partners.all.filter(countsAsPartner);
  kept.sort((a, b) => compareText(b.updatedAt, a.updatedAt) || compareText(b.id, a.id));
  const releases = kept.map((record): Release => {
    const said = words.get(record.id);
    const akkoordOf = (partner: PartnerInfo) => {
      const word = said?.get(partner.id);
      return word?.body.verdict === 'akkoord' ? word : undefined;
    };
    return {
      id: record.id,
      body: record.body,
      releasedBy: record.origin,
      at: record.updatedAt,
      approvals: voters.flatMap((partner) => {
        const word = akkoordOf(partner);
        return word === undefined ? [] : [{ partnerId: partner.id, remark: word.body.remark, at: word.updatedAt }];
      }),
      waiting: voters.filter((partner) => akkoordOf(partner) === undefined),
    };
  });
  return { releases, ignored };
}

export interface IssueChange {
  readonly id: string;
  readonly title: string;
  /** The title in the earlier release, when it was changed. */
  readonly titleBefore: string | null;
  readonly statusBefore: ReleasedIssue['status'];
  readonly status: ReleasedIssue['status'];
}

export interface PlaceChange {
  readonly id: string;
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  /** Up: a smaller place number (more urgent), or newly ranked. */
  readonly direction: 'up' | 'down';
}

export interface EvidenceChange {
  readonly id: string;
  readonly title: string;
  readonly before: number;
  readonly after: number;
}

export interface RemovedIssue {
  readonly id: string;
  readonly title: string;
  /** The issue it was merged into, when the later release says so; null when it is gone (deleted, or merged away unseen). */
  readonly mergedInto: { readonly id: string; readonly title: string } | null;
}

/** The standing issues as a release (or the live regiobeeld) lists them: the first of `issueCount`, in priority order. */
export interface IssueSnapshot {
  readonly issues: readonly ReleasedIssue[];
  readonly issueCount: number;
}

/** What changed from one release (or the live regiobeeld) to a later one, each list in the later one's priority order. */
export interface ReleaseDifference {
  readonly added: readonly ReleasedIssue[];
  readonly removed: readonly RemovedIssue[];
  /** Title or status changed. */
  readonly changed: readonly IssueChange[];
  readonly places: readonly PlaceChange[];
  /** The observation count rose. */
  readonly evidence: readonly EvidenceChange[];
  /**
   * A snapshot lists fewer issues than stood: issues beyond its cut are not compared, so an issue
   * only one of them lists is not named as new or removed (but for one the later one names as merged).
   */
  readonly partial: boolean;
}

/** Whether nothing a release compares changed. */
export const noDifference = (difference: ReleaseDifference): boolean =>
  difference.added.length + difference.removed.length + difference.changed.length + difference.places.length + difference.evidence.length === 0;

/**
 * The difference between two snapshots of the standing issues. An issue is matched by id: one that
 * stood before and no longer does is removed — merged into another (named when the later snapshot
 * lists it among that issue's merged ones) or deleted. Lists keep the later snapshot's order
 * (priority), removed ones the earlier's. An issue missing from a truncated snapshot may stand
 * beyond its cut: it is new only when the earlier snapshot lists every issue, gone only when the
 * later one does.
 */
export function releaseDifference(beforeSnapshot: IssueSnapshot, afterSnapshot: IssueSnapshot): ReleaseDifference {
  const before = beforeSnapshot.issues;
  const after = afterSnapshot.issues;
  const earlierWhole = before.length >= beforeSnapshot.issueCount;
  const laterWhole = after.length >= afterSnapshot.issueCount;
  const earlier = new Map(before.map((issue) => [issue.id, issue]));
  const later = new Set(after.map((issue) => issue.id));
  const mergedInto = new Map<string, ReleasedIssue>();
  for (const issue of after) for (const id of issue.mergedIds) mergedInto.set(id, issue);
  const added: ReleasedIssue[] = [];
  const changed: IssueChange[] = [];
  const places: PlaceChange[] = [];
  const evidence: EvidenceChange[] = [];
  for (const issue of after) {
    const was = earlier.get(issue.id);
    if (was === undefined) {
      if (earlierWhole) added.push(issue);
      continue;
    }
    if (was.title !== issue.title || was.status !== issue.status)
      changed.push({
        id: issue.id,
        title: issue.title,
        titleBefore: was.title === issue.title ? null : was.title,
        statusBefore: was.status,
        status: issue.status,
      });
    if (was.place !== issue.place)
      places.push({ id: issue.id, title: issue.title, before: was.place, after: issue.place, direction: movedUp(was.place, issue.place) ? 'up' : 'down' });
    if (issue.evidence > was.evidence) evidence.push({ id: issue.id, title: issue.title, before: was.evidence, after: issue.evidence });
  }
  const removed = before
    .filter((issue) => !later.has(issue.id) && (laterWhole || mergedInto.has(issue.id)))
    .map((issue): RemovedIssue => {
      const into = mergedInto.get(issue.id);
      return { id: issue.id, title: issue.title, mergedInto: into === undefined ? null : { id: into.id, title: into.title } };
    });
  return { added, removed, changed, places, evidence, partial: !earlierWhole || !laterWhole };
}

/** A smaller place is more urgent; being ranked at all beats not being ranked. */
function movedUp(before: number | null, after: number | null): boolean {
  if (after === null) return false;
  return before === null || after < before;
}
