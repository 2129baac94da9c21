import type { z } from 'zod';
import { canonicalJson } from '../canonical/canonical-json.ts';
import { compareText } from '../canonical/compare-text.ts';
import type { Sha256 } from '../canonical/hash.ts';
import { LIMITS } from '../limits.ts';
import { RegionRecord } from '../schema/record.ts';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type Bundle, BundleHeader } from './format.ts';
import { type BundleError, bundleError, formatPath } from './errors.ts';
import { recordsHashOfTexts } from './records-hash.ts';
import { sameJson } from './same-json.ts';
import { parseUntrustedJson } from './untrusted-json.ts';

export type Decoded =
  /** `canonical[i]` is the canonical JSON of `bundle.records[i]`, made while checking, for a merge to reuse. */
  | { readonly ok: true; readonly bundle: Bundle; readonly canonical: readonly string[] }
  | { readonly ok: false; readonly errors: readonly BundleError[] };

export interface DecodeOptions {
  /** Wall-clock milliseconds, to refuse timestamps from far in the future. */
  readonly now: number;
  readonly maxBytes?: number;
  /** The SHA-256 for the integrity digest; the pure default when the caller has no faster one. */
  readonly sha256?: Sha256 | undefined;
  /**
   * Records this caller already validated, with the value as read. A caller decoding many
   * bundles of one region (the CLI) passes one map to every call: a record synced into a hundred
   * partners' bundles is then checked by the schema and written out canonically once, a copy being
   * recognised by comparing values (`sameJson`), and every copy shares the first one's objects.
   * The region, clock, duplicate and digest checks still run per bundle.
   */
  readonly known?: KnownRecords | undefined;
}

/** Per record id, the versions validated so far: the value as read, the record, its canonical text. */
export type KnownRecords = Map<string, Array<{ readonly value: unknown; readonly record: RegionRecord; readonly text: string }>>;

/**
 * Turns untrusted bytes into a typed bundle, or into every reason it cannot be one. A bundle is
 * taken whole or not at all: one bad record refuses the file, so an import never half-happens.
 */
export function decodeBundle(input: Uint8Array | string, options: DecodeOptions): Decoded {
  const parsed = parseUntrustedJson(input, { maxBytes: options.maxBytes ?? LIMITS.bundleBytes, maxDepth: LIMITS.jsonDepth });
  if (!parsed.ok) return refuse([parsed.error]);
  const raw = parsed.value;

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('format' in raw)) {
    return refuse([bundleError('not-a-bundle', 'this JSON file is not a Regiobeeld bundle (it has no "format" field)')]);
  }
  const { format, schemaVersion } = raw as { format: unknown; schemaVersion?: unknown };
  if (format !== BUNDLE_FORMAT) {
    const named = typeof format === 'string' ? `"${format.slice(0, 80)}"` : 'an unknown format';
    return refuse([bundleError('wrong-format', `this file is ${named}, not a Regiobeeld bundle`, { path: 'format', detail: String(format).slice(0, 80) })]);
  }
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > BUNDLE_SCHEMA_VERSION) {
    return refuse([
      bundleError('newer-version', `this bundle was made by a newer Regiobeeld (bundle version ${schemaVersion}; this one reads up to ${BUNDLE_SCHEMA_VERSION}): update Regiobeeld first`, {
        path: 'schemaVersion',
        detail: String(schemaVersion),
      }),
    ]);
  }
  if (schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    return refuse([bundleError('unsupported-version', `bundle version ${JSON.stringify(schemaVersion)} is not one Regiobeeld knows`, { path: 'schemaVersion', detail: String(schemaVersion) })]);
  }

  const header = BundleHeader.safeParse(raw, { error: plainWords });
  if (!header.success) return refuse(fromZod('invalid-header', header.error.issues, []));

  const errors: BundleError[] = [];
  const records: Bundle['records'] = [];
  const canonical: string[] = [];
  const seen = new Map<string, string>();
  const maxMs = options.now + LIMITS.clockDriftMs;
  const known = options.known;
  header.data.records.forEach((candidate, index) => {
    const id = idOf(candidate);
    const versions = id === undefined ? undefined : known?.get(id);
    const hit = versions?.find((version) => sameJson(version.value, candidate));
    let record: RegionRecord;
    let text: string;
    if (hit !== undefined) ({ record, text } = hit);
    else {
      const result = RegionRecord.safeParse(candidate, { error: plainWords });
      if (!result.success) {
        errors.push(...fromZod('invalid-record', result.error.issues, ['records', index], index, id));
        return;
      }
      record = result.data;
      text = canonicalJson(record);
      if (known !== undefined && id !== undefined) {
        const entry = { value: candidate, record, text };
        if (versions === undefined) known.set(id, [entry]);
        else versions.push(entry);
      }
    }
    const where = { path: formatPath(['records', index]), recordIndex: index, recordId: record.id };
    if (record.region !== header.data.region) {
      errors.push(bundleError('region-mismatch', `record belongs to region "${record.region}", the bundle to "${header.data.region}"`, { ...where, detail: record.region }));
    }
    if (Date.parse(record.updatedAt.slice(0, 24)) > maxMs) {
      errors.push(bundleError('future-timestamp', `record was changed at ${record.updatedAt}, in the future by this computer's clock`, { ...where, detail: record.updatedAt }));
    }
    const earlier = seen.get(record.id);
    if (earlier === undefined) {
      seen.set(record.id, text);
      records.push(record);
      canonical.push(text);
    } else if (earlier !== text) {
      errors.push(bundleError('duplicate-id', 'two different records share this id', where));
    }
  });

  if (Date.parse(header.data.exportedAt) > maxMs) {
    errors.push(bundleError('future-timestamp', `the bundle says it was exported at ${header.data.exportedAt}, in the future by this computer's clock`, { path: 'exportedAt', detail: header.data.exportedAt }));
  }
  if (errors.length === 0 && digestOf(records, canonical, options.sha256) !== header.data.integrity.recordsHash) {
    errors.push(bundleError('integrity-mismatch', 'the records were changed after the bundle was exported (integrity hash does not match)', { path: 'integrity.recordsHash' }));
  }
  if (errors.length > 0) return refuse(errors);
  return { ok: true, bundle: { ...header.data, records }, canonical };
}

/** Exports list records by id, so the texts made while checking are usually hashed as they are. */
function digestOf(records: Bundle['records'], canonical: readonly string[], sha256: Sha256 | undefined): string {
  const inOrder = records.every((record, index) => index === 0 || compareText((records[index - 1] as Bundle['records'][number]).id, record.id) < 0);
  if (inOrder) return recordsHashOfTexts(canonical, sha256);
  const order = records.map((_, index) => index).sort((a, b) => compareText((records[a] as Bundle['records'][number]).id, (records[b] as Bundle['records'][number]).id));
  return recordsHashOfTexts(order.map((index) => canonical[index] as string), sha256);
}

/** A missing field is said to be missing, not "expected object, received undefined". */
function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : undefined;
}

function refuse(errors: BundleError[]): Decoded {
  if (errors.length <= LIMITS.errors) return { ok: false, errors };
  const rest = errors.length - LIMITS.errors;
  return { ok: false, errors: [...errors.slice(0, LIMITS.errors), bundleError('too-many-errors', `and ${rest} more problems`, { detail: String(rest) })] };
}

function idOf(candidate: unknown): string | undefined {
  if (candidate === null || typeof candidate !== 'object' || !('id' in candidate)) return undefined;
  const { id } = candidate as { id: unknown };
  return typeof id === 'string' ? id.slice(0, 64) : undefined;
}

function fromZod(code: 'invalid-header' | 'invalid-record', issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[], recordIndex?: number, recordId?: string): BundleError[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return bundleError(code, issue.message, {
      path,
      detail: issue.message,
      ...(recordIndex === undefined ? {} : { recordIndex }),
      ...(recordId === undefined ? {} : { recordId }),
    });
  });
}
