import type { z } from 'zod';
import { canonicalJson } from '../canonical/canonical-json.ts';
import { compareText } from '../canonical/compare-text.ts';
import type { Sha256 } from '../canonical/hash.ts';
import { LIMITS } from '../limits.ts';
import { RegionRecord } from '../schema/record.ts';
import { recordTimes } from '../schema/record-times.ts';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type Bundle, BundleHeader, firstVersionOf, READABLE_SCHEMA_VERSIONS } from './format.ts';
import { type BundleError, bundleError, formatPath } from './errors.ts';
import { idHint, sliceRecords } from './record-slices.ts';
import { recordsHashOfTexts } from './records-hash.ts';
import { countAtMost, mostKeysInOneObject } from './json-shape.ts';
import { holdsMoreValues, parseJsonText, readUntrustedText } from './untrusted-json.ts';
import { valueText } from './value-text.ts';
import { moreWords, someOf } from '../wording/list-some.ts';
import { counted } from '../wording/counted.ts';

/** Below this many colons in a whole file, parsing any one object of it stays quick (a million keys: 0.6 s). */
const KEYS_WORTH_A_SCAN = 1_000_000;

export type Decoded =
  /** `canonical[i]` is the canonical JSON of `bundle.records[i]`, made while checking, for a merge to reuse. */
  { readonly ok: true; readonly bundle: Bundle; readonly canonical: readonly string[] } | { readonly ok: false; readonly errors: readonly BundleError[] };

export interface DecodeOptions {
  /** Wall-clock milliseconds, to refuse timestamps from far in the future. */
  readonly now: number;
  readonly maxBytes?: number;
  /** The SHA-256 for the integrity digest; the pure default when the caller has no faster one. */
  readonly sha256?: Sha256 | undefined;
  /**
   * Records this caller already validated, by id, with their canonical text. A caller decoding
   * many bundles of one region (the CLI) passes one map to every call: a record synced into a
   * hundred partners' bundles is then parsed, checked by the schema and written out canonically
   * once. A copy is recognised by its text as written being exactly the canonical text (as every
   * export writes it), and shares the first one's objects. The region, clock, duplicate and digest
   * checks still run per bundle.
   */
  readonly known?: KnownRecords | undefined;
}

interface KnownVersion {
  readonly record: RegionRecord;
  readonly text: string;
}

/** Per record id, the versions validated so far, with their canonical text. */
export type KnownRecords = Map<string, KnownVersion[]>;

/** A record still to be checked, with the text it was written in where the caller had it apart. */
interface Unchecked {
  readonly value: unknown;
  readonly source?: string;
}

/** What was read from the file: its parsed value, and where it was read through its records' texts, those records. */
interface Read {
  readonly raw: unknown;
  readonly candidates?: ReadonlyArray<KnownVersion | Unchecked>;
}

/**
 * Turns untrusted bytes into a typed bundle, or into every reason it cannot be one. A bundle is
 * taken whole or not at all: one bad record refuses the file, so an import never half-happens.
 */
export function decodeBundle(input: Uint8Array | string, options: DecodeOptions): Decoded {
  const text = readUntrustedText(input, options.maxBytes ?? LIMITS.bundleBytes);
  if (!text.ok) return refuse([text.error]);
  if (holdsMoreValues(text.text, LIMITS.jsonValues)) {
    return refuse([
      bundleError(
        'too-many-values',
        `the file holds more than ${LIMITS.jsonValues.toLocaleString('en')} values and separators ({, [ and ,); a bundle within the limits never does`,
        { detail: LIMITS.jsonValues.toLocaleString('nl') },
      ),
    ]);
  }
  // JSON.parse slows down far more than linearly on one object of millions of keys (6 million took
  // 9 s, 12 million many minutes). With fewer colons than this in all, no object can be that big.
  if (countAtMost(text.text, ':', KEYS_WORTH_A_SCAN) > KEYS_WORTH_A_SCAN && mostKeysInOneObject(text.text, LIMITS.freeFormValues) > LIMITS.freeFormValues) {
    return refuse([
      bundleError('too-many-keys', `an object in the file holds more than ${LIMITS.freeFormValues.toLocaleString('en')} fields; no object in a bundle does`, {
        detail: LIMITS.freeFormValues.toLocaleString('nl'),
      }),
    ]);
  }
  let read = options.known === undefined ? undefined : readSliced(text.text, options.known);
  if (read === undefined) {
    const parsed = parseJsonText(text.text, LIMITS.jsonDepth);
    if (!parsed.ok) return refuse([parsed.error]);
    read = { raw: parsed.value };
  }
  const { raw } = read;

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('format' in raw)) {
    return refuse([bundleError('not-a-bundle', 'this JSON file is not a Regiobeeld bundle (it has no "format" field)')]);
  }
  const { format, schemaVersion } = raw as { format: unknown; schemaVersion?: unknown };
  if (format !== BUNDLE_FORMAT) {
    const named = typeof format === 'string' ? valueText(format) : 'an unknown format';
    return refuse([bundleError('wrong-format', `this file is ${named}, not a Regiobeeld bundle`, { path: 'format', detail: valueText(format) })]);
  }
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > BUNDLE_SCHEMA_VERSION) {
    return refuse([
      bundleError(
        'newer-version',
        `this bundle was made by a newer Regiobeeld (bundle version ${schemaVersion}; this one reads up to ${BUNDLE_SCHEMA_VERSION}): update Regiobeeld first`,
        {
          path: 'schemaVersion',
          detail: valueText(schemaVersion),
        },
      ),
    ]);
  }
  if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(schemaVersion)) {
    return refuse([
      bundleError('unsupported-version', `bundle version ${valueText(schemaVersion)} is not one Regiobeeld knows`, {
        path: 'schemaVersion',
        detail: valueText(schemaVersion),
      }),
    ]);
  }

  const header = BundleHeader.safeParse(raw, { error: plainWords });
  if (!header.success) return refuse(fromZod('invalid-header', header.error.issues, []));

  const errors: BundleError[] = [];
  const records: Bundle['records'] = [];
  const canonical: string[] = [];
  const seen = new Map<string, string>();
  const maxMs = options.now + LIMITS.clockDriftMs;
  const known = options.known;
  const candidates = read.candidates ?? header.data.records.map((value): Unchecked => ({ value }));
  candidates.forEach((candidate, index) => {
    let record: RegionRecord;
    let text: string;
    if ('record' in candidate) ({ record, text } = candidate);
    else {
      const result = RegionRecord.safeParse(candidate.value, { error: plainWords });
      if (!result.success) {
        errors.push(...fromZod('invalid-record', result.error.issues, ['records', index], index, idOf(candidate.value)));
        return;
      }
      record = result.data;
      text = canonicalJson(record);
      if (known !== undefined && candidate.source === text) {
        const versions = known.get(record.id);
        if (versions === undefined) known.set(record.id, [{ record, text }]);
        else versions.push({ record, text });
      }
    }
    // A reader of the version the bundle names would not know this type or field: the file is not one its writer made.
    const first = firstVersionOf(record);
    if (first > header.data.schemaVersion) {
      errors.push(
        bundleError('invalid-record', `this ${record.type} record needs bundle version ${first}, this bundle says ${header.data.schemaVersion}`, {
          ...recordPlace(index, record.id),
          detail: record.type,
        }),
      );
    }
    if (record.region !== header.data.region) {
      errors.push(
        bundleError('region-mismatch', `record belongs to region "${record.region}", the bundle to "${header.data.region}"`, {
          ...recordPlace(index, record.id),
          detail: record.region,
        }),
      );
    }
    if (Date.parse(record.updatedAt.slice(0, 24)) > maxMs) {
      errors.push(
        bundleError('future-timestamp', `record was changed at ${record.updatedAt}, in the future by this computer's clock`, {
          ...recordPlace(index, record.id),
          detail: record.updatedAt,
        }),
      );
    }
    for (const { field, at } of recordTimes(record)) {
      if (Date.parse(at) > maxMs)
        errors.push(
          bundleError('future-timestamp', `${field} is ${at}, in the future by this computer's clock`, {
            ...recordPlace(index, record.id),
            path: formatPath(['records', index, ...field.split('.')]),
            detail: at,
          }),
        );
    }
    const earlier = seen.get(record.id);
    if (earlier === undefined) {
      seen.set(record.id, text);
      records.push(record);
      canonical.push(text);
    } else if (earlier !== text) {
      errors.push(bundleError('duplicate-id', 'two different records share this id', recordPlace(index, record.id)));
    }
  });

  if (Date.parse(header.data.exportedAt) > maxMs) {
    errors.push(
      bundleError('future-timestamp', `the bundle says it was exported at ${header.data.exportedAt}, in the future by this computer's clock`, {
        path: 'exportedAt',
        detail: header.data.exportedAt,
      }),
    );
  }
  if (errors.length === 0 && digestOf(records, canonical, options.sha256) !== header.data.integrity.recordsHash) {
    errors.push(
      bundleError('integrity-mismatch', 'the records were changed after the bundle was exported (integrity hash does not match)', {
        path: 'integrity.recordsHash',
      }),
    );
  }
  if (errors.length > 0) return refuse(errors);
  return { ok: true, bundle: { ...header.data, records }, canonical };
}

/**
 * The file read through its records' texts (see `sliceRecords`): a record whose text is one already
 * validated is taken as that one; the others are parsed one by one. Undefined whenever the text is
 * not plainly a bundle (it does not slice, the header is not the root's, a record does not parse):
 * the caller then reads it whole, so the errors it gives are the same either way.
 */
function readSliced(text: string, known: KnownRecords): Read | undefined {
  const slices = sliceRecords(text);
  if (slices === undefined) return undefined;
  const header = parseJsonText(slices.header, LIMITS.jsonDepth);
  if (!header.ok || header.value === null || typeof header.value !== 'object' || (header.value as { records?: unknown }).records !== null) return undefined;
  const candidates: Array<KnownVersion | Unchecked> = [];
  for (const source of slices.items) {
    const hit = known.get(idHint(source))?.find((version) => version.text === source);
    if (hit !== undefined) {
      candidates.push(hit);
      continue;
    }
    // A record sits two levels deep: in the root object's records array.
    const value = parseJsonText(source, LIMITS.jsonDepth, 2);
    if (!value.ok) return undefined;
    candidates.push({ value: value.value, source });
  }
  return { raw: { ...header.value, records: slices.items }, candidates };
}

/** Exports list records by id, so the texts made while checking are usually hashed as they are. */
function digestOf(records: Bundle['records'], canonical: readonly string[], sha256: Sha256 | undefined): string {
  const inOrder = records.every((record, index) => index === 0 || compareText((records[index - 1] as Bundle['records'][number]).id, record.id) < 0);
  if (inOrder) return recordsHashOfTexts(canonical, sha256);
  const order = records
    .map((_, index) => index)
    .sort((a, b) => compareText((records[a] as Bundle['records'][number]).id, (records[b] as Bundle['records'][number]).id));
  return recordsHashOfTexts(
    order.map((index) => canonical[index] as string),
    sha256,
  );
}

/** A missing field is said to be missing, not "expected object, received undefined". */
function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : undefined;
}

/** Where an error about a record points; made only for an error, as most records have none. */
function recordPlace(index: number, recordId: string) {
  return { path: formatPath(['records', index]), recordIndex: index, recordId };
}

function refuse(errors: BundleError[]): Decoded {
  if (errors.length <= LIMITS.errors) return { ok: false, errors };
  const rest = errors.length - LIMITS.errors;
  return {
    ok: false,
    errors: [
      ...errors.slice(0, LIMITS.errors),
      bundleError('too-many-errors', `and ${counted(rest, 'en', { one: 'more problem', other: 'more problems' })}`, { detail: String(rest) }),
    ],
  };
}

function idOf(candidate: unknown): string | undefined {
  if (candidate === null || typeof candidate !== 'object' || !('id' in candidate)) return undefined;
  const { id } = candidate as { id: unknown };
  return typeof id === 'string' ? id.slice(0, 64) : undefined;
}

function fromZod(
  code: 'invalid-header' | 'invalid-record',
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[],
  recordIndex?: number,
  recordId?: string,
): BundleError[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    const message = issueMessage(issue);
    return bundleError(code, message, {
      path,
      detail: message,
      ...(recordIndex === undefined ? {} : { recordIndex }),
      ...(recordId === undefined ? {} : { recordId }),
    });
  });
}

/** The schema's words, bounded: an issue's message never grows with the input. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    // zod names every unknown key: a file with a million of them made a 10 MB line.
    const { shown, more } = someOf(issue.keys, 5);
    const named = shown.map((key) => valueText(key, 40)).join(', ');
    return `${issue.keys.length === 1 ? 'unknown field' : `${issue.keys.length} unknown fields`} ${named}${more > 0 ? ` ${moreWords(more)}` : ''}`;
  }
  return issue.message.length > 300 ? `${issue.message.slice(0, 300)}…` : issue.message;
}
