import { z } from 'zod';
import { PublicKeyJwk } from '../../shared/schema/public-key.ts';
import { Sha256Hex } from '../../shared/canonical/hash.ts';
import { HlcTimestamp } from '../../shared/clock/hlc.ts';
import { LIMITS } from '../../shared/limits.ts';
import { RecordId } from '../../shared/schema/ids.ts';
import { ObservationBody } from '../../shared/schema/observation.ts';
import { IsoDateTime } from '../../shared/schema/text.ts';
import { isSyncDirectory, type SyncDirectory } from '../services/sync-directory.ts';
import { StoredOverview } from './stored-overview.ts';

/** Confirmed findings kept; the oldest go first, and would only be asked about again. */
export const MAX_CONFIRMED_FINDINGS = 5_000;

/** How many clips may wait for the first-run setup; more would mean something is stuck. */
export const MAX_PENDING_CLIPS = 50;

/** A clip made before the partner was set up: saved as an observation right after setup. */
export const PendingClip = z.strictObject({
  body: ObservationBody,
  tabId: z.number().int().nonnegative().optional(),
});
export type PendingClip = z.infer<typeof PendingClip>;

/** The meta table's keys and what each holds; values are parsed on every read. */
export const META_VALUES = {
  /** This installation's origin id: also the id of its partner record. */
  origin: RecordId,
  /** The latest clock timestamp issued or observed, so no context ever issues an equal or lower one. */
  lastClock: HlcTimestamp,
  lastExportAt: IsoDateTime,
  pendingClips: z.array(PendingClip).max(MAX_PENDING_CLIPS),
  /** This installation's signing key: the private half is a non-extractable CryptoKey. */
  signingKey: z.strictObject({ privateKey: z.custom<CryptoKey>(isPrivateKey, 'must be a private CryptoKey'), publicKey: PublicKeyJwk }),
  /** Findings of the personal-data scan the partner said are no personal data (by findingKey). */
  confirmedFindings: z.array(z.string().max(LIMITS.longText)).max(MAX_CONFIRMED_FINDINGS),
  /** Trust on first use: the key fingerprint first seen for each partner. */
  knownKeys: z.record(RecordId, Sha256Hex),
  /** The folder the region shares for sync (a File System Access handle; the browser stores it). */
  syncFolder: z.custom<SyncDirectory>(isSyncDirectory, 'must be a folder handle'),
  lastSyncAt: IsoDateTime,
  /** Per survey response of this installation, the page the partner was on: where the survey resumes. */
  surveyPages: z.record(RecordId, z.number().int().nonnegative().max(LIMITS.listItems)),
  /** When the partner closed the dashboard's getting-started card: it stays closed from then on. */
  onboardingClosedAt: IsoDateTime,
  /** Per other installation, the newest of its versions the partner looked at: what is "nieuw sinds uw vorige bezoek". */
  seenVersions: z.record(RecordId, HlcTimestamp),
  /** Raised by every write of records, so a summary made from older records is recognised as such. */
  recordChanges: z.number().int().nonnegative(),
  /** The overview of the last analysis, shown before the next one is done (stored-overview.ts). */
  regiobeeldOverview: StoredOverview,
} as const;

function isPrivateKey(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'private' && 'algorithm' in value;
}

export type MetaKey = keyof typeof META_VALUES;
export type MetaValue<K extends MetaKey> = z.infer<(typeof META_VALUES)[K]>;

export interface MetaRow {
  readonly key: MetaKey;
  readonly value: unknown;
}
