import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import type { Sha256 } from '../../../shared/canonical/hash.ts';
import { decodeBundle, type KnownRecords } from '../../../shared/bundle/decode.ts';
import { encodeBundle } from '../../../shared/bundle/encode.ts';
import { recordsHash } from '../../../shared/bundle/records-hash.ts';
import type { BundleErrorCode } from '../../../shared/bundle/errors.ts';
import { describeBundleError } from '../../../shared/bundle/errors.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
import { deleted, fakeIssue, fakeObservation, ORIGIN_A, recordId, stamp } from '../../support/fake-records.ts';
import { responseRecord } from '../survey/support/toets-survey.ts';
import { bundleJson, bundleText, NOW, partnerBundle } from '../../support/fake-bundles.ts';
import { BUNDLE_SCHEMA_VERSION } from '../../../shared/bundle/format.ts';

const records = [fakeObservation(1), fakeIssue(2), deleted(fakeObservation(3))];

function codes(input: Uint8Array | string, maxBytes?: number, known?: KnownRecords): BundleErrorCode[] {
  const result = decodeBundle(input, { now: NOW, ...(maxBytes === undefined ? {} : { maxBytes }), known });
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.errors.map((e) => e.code);
}

function live0(json: { records: Array<Record<string, unknown>> }): Record<string, unknown> {
  return json.records[0] as Record<string, unknown>;
}

function errorsOf(json: unknown) {
  const result = decodeBundle(JSON.stringify(json), { now: NOW });
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.errors;
}

describe('decodeBundle accepts', () => {
  it('a record met before from the records a caller already validated, and still checks every bundle whole', () => {
    const known: KnownRecords = new Map();
    const first = decodeBundle(bundleText(records), { now: NOW, known });
    const again = decodeBundle(bundleText(records), { now: NOW, known });
    expect(first.ok && again.ok && again.bundle.records[0]).toBe(first.ok && first.bundle.records[0]);
    expect(again).toMatchObject({ ok: true, canonical: records.map((record) => canonicalJson(record)) });
    // A changed copy is a new value: validated on its own, and the digest still catches the edit.
    const tampered = bundleJson(records);
    (live0(tampered).body as Record<string, unknown>).quote = 'Vervalst';
    expect(codes(JSON.stringify(tampered), undefined, known)).toEqual(['integrity-mismatch']);
    (live0(tampered).body as Record<string, unknown>).quote = 42;
    expect(codes(JSON.stringify(tampered), undefined, known)).toContain('invalid-record');
    const otherRegion = bundleJson(records);
    otherRegion.region = 'west-brabant';
    expect(codes(JSON.stringify(otherRegion), undefined, known)).toContain('region-mismatch');
  });

  it('a known record only from its canonical text: written otherwise it is checked again, to the same record', () => {
    const known: KnownRecords = new Map();
    const first = decodeBundle(bundleText(records), { now: NOW, known });
    const reordered = bundleJson(records);
    reordered.records = reordered.records.map((record) => Object.fromEntries(Object.entries(record).reverse()));
    const again = decodeBundle(JSON.stringify(reordered, null, 2), { now: NOW, known });
    expect(again.ok && again.bundle.records[0]).not.toBe(first.ok && first.bundle.records[0]);
    expect(again).toEqual(first);
    const extra = bundleJson(records);
    (live0(extra).body as Record<string, unknown>).hidden = 'x';
    expect(codes(JSON.stringify(extra), undefined, known)).toContain('invalid-record');
  });

  it("through the records' texts exactly what it reads whole, however the file is bent", () => {
    const known: KnownRecords = new Map();
    decodeBundle(bundleText(records), { now: NOW, known });
    const text = bundleText(records);
    const bent = [
      // A second records key, spelled with an escape, that JSON.parse lets win.
      text.replace('],"region":', '],"rec\\u006frds":[],"region":'),
      // The same before the real one: the real one wins, as it does here.
      text.replace('"exportedAt":', '"rec\\u006frds":[],"exportedAt":'),
      text.replace('],"region":', '],"records":[],"region":'),
      // A second key whose value is the null put in the records' place.
      text.replace('],"region":', '],"records":null,"region":'),
      text.replace('],"region":', '],"rec\\u006frds":null,"region":'),
      text.replace('"format":"regiobeeld-bundle"', '"format":"records"'),
      text.replace('"records":[', '"records":[1,'),
      text.replace('"records":[', '"records" : [ '),
      text.replace('}]', '},]'),
      text.replace('},{', '}{'),
      text.replace('"records":[{', '"records":[{"records":[],'),
      text.slice(0, -40),
      `[${text}]`,
    ];
    for (const input of bent) {
      const whole = decodeBundle(input, { now: NOW });
      const sliced = decodeBundle(input, { now: NOW, known });
      expect(sliced).toEqual(whole);
    }
  });

  it('what encodeBundle wrote, record for record', () => {
    const bundle = partnerBundle(records);
    const result = decodeBundle(new TextEncoder().encode(encodeBundle(bundle)), { now: NOW });
    expect(result).toEqual({ ok: true, bundle, canonical: bundle.records.map((record) => canonicalJson(record)) });
  });

  it("the same with a SHA-256 handed in, as the CLI hands in Node's", () => {
    const text = bundleText(records);
    let fed = 0;
    const nodeSha256: Sha256 = () => {
      const hash = createHash('sha256');
      return {
        update: (piece) => {
          fed += 1;
          hash.update(piece, 'utf8');
        },
        hex: () => hash.digest('hex'),
      };
    };
    expect(decodeBundle(text, { now: NOW, sha256: nodeSha256 }).ok).toBe(true);
    expect(fed).toBeGreaterThan(0);
    const tampered = text.replace('wachtlijst', 'wachtrij');
    expect(decodeBundle(tampered, { now: NOW, sha256: nodeSha256 })).toMatchObject({ ok: false, errors: [{ code: 'integrity-mismatch' }] });
  });

  it('a file with a byte-order mark, as Windows editors save it', () => {
    const bytes = new TextEncoder().encode(`\ufeff${bundleText(records)}`);
    expect(decodeBundle(bytes, { now: NOW }).ok).toBe(true);
  });

  it('records in any order, since the digest covers them sorted', () => {
    const json = bundleJson(records);
    json.records.reverse();
    expect(decodeBundle(JSON.stringify(json), { now: NOW }).ok).toBe(true);
  });

  it('an exact duplicate of a record once', () => {
    const json = bundleJson(records);
    json.records.push(json.records[0] as Record<string, unknown>);
    const result = decodeBundle(JSON.stringify(json), { now: NOW });
    expect(result.ok && result.bundle.records.length).toBe(3);
  });
});

describe('decodeBundle refuses with a reason', () => {
  it('files that are not bundle JSON at all', () => {
    expect(codes('')).toEqual(['empty']);
    expect(codes(' \n\t')).toEqual(['empty']);
    expect(codes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual(['not-utf8']);
    expect(codes('<html>not json</html>')).toEqual(['not-json']);
    expect(codes('[1, 2, 3]')).toEqual(['not-a-bundle']);
    expect(codes('"regiobeeld"')).toEqual(['not-a-bundle']);
  });

  it('a truncated file, saying it was cut off', () => {
    const text = bundleText(records);
    const result = decodeBundle(text.slice(0, text.length / 2), { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/ends too early/);
  });

  it('a file over the size limit, before parsing it', () => {
    expect(codes(bundleText(records), 1024)).toEqual(['too-large']);
  });

  it('a nesting bomb, without overflowing the stack', () => {
    const depth = 100_000;
    expect(codes(`{"format":"regiobeeld-bundle","x":${'['.repeat(depth)}${']'.repeat(depth)}}`)).toEqual(['too-deep']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key at any level, leaving Object.prototype clean', (key) => {
    const top = `{"${key}":{"polluted":true},"format":"regiobeeld-bundle"}`;
    const json = bundleJson(records);
    const inRecord = JSON.stringify(json).replace('"body":{', `"body":{"${key}":{"polluted":true},`);
    expect(codes(top)).toEqual(['forbidden-key']);
    const nested = decodeBundle(inRecord, { now: NOW });
    expect(nested.ok).toBe(false);
    if (!nested.ok) expect(nested.errors[0]).toMatchObject({ code: 'forbidden-key', path: `records[0].body.${key}` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('another format, naming it', () => {
    const errors = errorsOf({ ...bundleJson(records), format: 'dexie' });
    expect(errors).toMatchObject([{ code: 'wrong-format', path: 'format' }]);
    expect(errors[0]?.message).toContain('"dexie"');
  });

  it('a newer schema version, asking to update', () => {
    const newer = BUNDLE_SCHEMA_VERSION + 1;
    const errors = errorsOf({ ...bundleJson(records), schemaVersion: newer });
    expect(errors).toMatchObject([{ code: 'newer-version', detail: String(newer) }]);
    expect(errors[0]?.message).toMatch(/update Regiobeeld/);
    expect(errorsOf({ ...bundleJson(records), schemaVersion: '1' })).toMatchObject([{ code: 'unsupported-version' }]);
  });

  it('missing and extra header fields, by path', () => {
    const withoutProducer = bundleJson(records);
    delete withoutProducer.producer;
    expect(errorsOf(withoutProducer)).toMatchObject([{ code: 'invalid-header', path: 'producer' }]);
    expect(errorsOf({ ...bundleJson(records), extra: 1 })).toMatchObject([{ code: 'invalid-header' }]);
  });

  it('an invalid record, naming its index, id and field', () => {
    const json = bundleJson(records);
    const body = (json.records[0] as { body: Record<string, unknown> }).body;
    body.kind = 'gossip';
    const errors = errorsOf(json);
    expect(errors).toMatchObject([{ code: 'invalid-record', path: 'records[0].body.kind', recordIndex: 0, recordId: recordId(1) }]);
    expect(describeBundleError(errors[0] ?? { code: 'empty', message: '' }, 'huisartsen.json')).toMatch(
      /^huisartsen\.json: records\[0\]\.body\.kind: .*\(record 019a0000-0000-7000-8000-000000000001\)$/,
    );
  });

  it('a huge string in a record', () => {
    const json = bundleJson(records);
    (json.records[0] as { body: { quote: string } }).body.quote = 'x'.repeat(10 * 1024 * 1024);
    expect(errorsOf(json)).toMatchObject([{ code: 'invalid-record', path: 'records[0].body.quote' }]);
  });

  it('a javascript: source link', () => {
    const json = bundleJson([fakeObservation(1, { source: { url: 'javascript:alert(1)', title: 'x', accessedAt: '2026-10-01T09:00:00.000Z' } })]);
    expect(errorsOf(json)).toMatchObject([{ code: 'invalid-record', path: 'records[0].body.source.url' }]);
  });

  it('a tombstone that still carries text, and a live record without a body', () => {
    const json = bundleJson(records);
    const tomb = json.records.find((r) => r.deleted === true) as Record<string, unknown>;
    tomb.body = (live0(json) as { body: unknown }).body;
    const live = live0(json);
    delete live.body;
    expect(errorsOf(json)).toMatchObject([
      { code: 'invalid-record', path: 'records[0].body', detail: 'is required unless the record is deleted' },
      { code: 'invalid-record', path: 'records[2].body', detail: 'a deleted record keeps no body' },
    ]);
  });

  it('two different records under one id', () => {
    const other = fakeObservation(1, { quote: 'Andere tekst' });
    const json = bundleJson([fakeObservation(1)]);
    json.records.push(JSON.parse(JSON.stringify(other)) as Record<string, unknown>);
    expect(errorsOf(json)).toMatchObject([{ code: 'duplicate-id', recordId: recordId(1), recordIndex: 1 }]);
  });

  it('a record of another region', () => {
    const json = bundleJson([fakeIssue(2, {}, { region: 'west-brabant' })]);
    expect(errorsOf(json)).toMatchObject([{ code: 'region-mismatch', detail: 'west-brabant' }]);
  });

  it('timestamps far in the future', () => {
    const json = bundleJson([fakeIssue(2, {}, { updatedAt: '2027-06-01T00:00:00.000Z-0000' })]);
    expect(errorsOf(json)).toMatchObject([{ code: 'future-timestamp', recordId: recordId(2) }]);
    expect(errorsOf({ ...bundleJson(records), exportedAt: '2030-01-01T00:00:00.000Z' })).toMatchObject([{ code: 'future-timestamp', path: 'exportedAt' }]);
  });

  it('a record changed after export, under the old digest', () => {
    const json = bundleJson(records);
    (json.records[0] as { body: { interpretation: string } }).body.interpretation = 'aangepast';
    expect(errorsOf(json)).toMatchObject([{ code: 'integrity-mismatch' }]);
  });

  it('a changed record whose digest was recomputed is accepted as a new bundle: the digest is integrity, not authenticity', () => {
    const json = bundleJson(records);
    (json.records[0] as { body: { interpretation: string } }).body.interpretation = 'aangepast';
    json.integrity = { algorithm: 'SHA-256', recordsHash: recordsHash(json.records as Array<{ id: string }>) };
    expect(decodeBundle(JSON.stringify(json), { now: NOW }).ok).toBe(true);
  });

  it('at most a bounded list of problems', () => {
    const json = bundleJson(Array.from({ length: 80 }, (_, i) => fakeIssue(i + 10)));
    for (const record of json.records) record.type = 'unknown';
    const errors = errorsOf(json);
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toMatchObject({ code: 'too-many-errors', detail: '30' });
  });
});

describe('decodeBundle on values that are legal JSON but no real bundle holds', () => {
  const response = responseRecord(1, ORIGIN_A, { urgentie: 3 });

  it('a header field that cannot be turned into text, saying what it is instead of throwing', () => {
    for (const text of ['{"format":{"toString":1}}', '{"format":"regiobeeld-bundle","schemaVersion":{"toString":1,"valueOf":1}}']) {
      let result: ReturnType<typeof decodeBundle> | undefined;
      expect(() => (result = decodeBundle(text, { now: NOW }))).not.toThrow();
      expect(result).toMatchObject({ ok: false, errors: [{ detail: 'an object' }] });
    }
  });

  it('survey answers holding millions of empty objects, quickly and by the count of values', () => {
    const inner = Array.from({ length: 2_000 }, () => ({}));
    const bomb = { ...response, body: { ...response.body, answers: { urgentie: 3, lijst: Array.from({ length: 1_000 }, () => inner) } } };
    const started = performance.now();
    const errors = errorsOf(bundleJson([bomb]));
    // Generous for a busy machine: the old schema took over 40 s on twice this.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'invalid-record',
        path: 'records[0].body.answers',
        message: `holds more than ${LIMITS.freeFormValues} values; survey answers never do`,
      }),
    ]);
  });

  it('free-form answers by the same rules as before: long strings, long lists, long keys, numbers beyond JSON', () => {
    const withAnswers = (answers: unknown) => {
      const json = bundleJson([response]);
      (live0(json).body as Record<string, unknown>).answers = answers;
      return errorsOf(json).map((error) => [error.path, error.message]);
    };
    expect(withAnswers({ a: { b: 'x'.repeat(LIMITS.longText + 1) } })).toEqual([
      ['records[0].body.answers.a.b', `is longer than ${LIMITS.longText} characters`],
    ]);
    expect(withAnswers({ a: Array.from({ length: LIMITS.answers + 1 }, () => 1) })).toEqual([
      ['records[0].body.answers.a', `holds more than ${LIMITS.answers} items`],
    ]);
    expect(withAnswers({ ['k'.repeat(LIMITS.shortText + 1)]: 1 })).toEqual([
      ['records[0].body.answers', `has a key longer than ${LIMITS.shortText} characters`],
    ]);
    expect(withAnswers([1])).toEqual([['records[0].body.answers', 'must be an object']]);
  });

  it('a great many unknown fields in the header, a record or a body, in a line that names the first few', () => {
    const extra = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 0]));
    for (const place of ['header', 'record', 'body'] as const) {
      const json = bundleJson([fakeObservation(1)]);
      Object.assign(place === 'header' ? json : place === 'record' ? live0(json) : (live0(json).body as Record<string, unknown>), extra);
      const errors = errorsOf(json);
      expect(errors.find((error) => error.message.includes('unknown fields'))?.message).toBe(
        '200000 unknown fields "k0", "k1", "k2", "k3", "k4" … and 199,995 more',
      );
      for (const error of errors) expect(error.message.length).toBeLessThan(400);
    }
  });

  it('a Delphi round beyond any real study', () => {
    const json = bundleJson([responseRecord(1, ORIGIN_A, { urgentie: 3 }, { round: 2_147_483_647 })]);
    expect(errorsOf(json)).toEqual([expect.objectContaining({ code: 'invalid-record', path: 'records[0].body.round' })]);
    expect(decodeBundle(bundleText([responseRecord(1, ORIGIN_A, { urgentie: 3 }, { round: LIMITS.delphiRounds })]), { now: NOW }).ok).toBe(true);
  });

  it('a trace link whose id is not the one derived from its ends', () => {
    const body = {
      fromId: recordId(0x700),
      toType: 'issue' as const,
      toId: recordId(0x701),
      rationale: 'Onderbouwing',
      evidenceAt: '2026-10-01T09:00:00.000Z-0000',
    };
    const link = liveVersion('traceLink', traceLinkId(body), body, stamp());
    expect(decodeBundle(bundleText([link]), { now: NOW }).ok).toBe(true);
    const twin = liveVersion('traceLink', recordId(0x702), body, stamp());
    expect(errorsOf(bundleJson([link, twin]))).toEqual([
      expect.objectContaining({ code: 'invalid-record', path: expect.stringMatching(/^records\[\d\]\.id$/), recordId: recordId(0x702) }),
    ]);
    // A deleted link has no ends left to check against.
    expect(decodeBundle(bundleText([deleted(twin)]), { now: NOW }).ok).toBe(true);
  });
});
