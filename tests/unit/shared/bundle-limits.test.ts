import { describe, expect, it } from 'vitest';
import { beyondReaderLimits } from '../../../shared/bundle/bundle-limits.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { holdsMoreValues } from '../../../shared/bundle/untrusted-json.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { fakeObservation } from '../../support/fake-records.ts';
import { bundleText, NOW, partnerBundle } from '../../support/fake-bundles.ts';

describe('what a writer may write', () => {
  it('is what the readers accept: the record count, the definitions, the bytes', () => {
    const record = fakeObservation(1);
    const atLimit = { ...partnerBundle([record]), records: Array.from({ length: LIMITS.records }, () => record) };
    expect(beyondReaderLimits(atLimit, LIMITS.bundleBytes)).toEqual([]);
    expect(beyondReaderLimits({ ...atLimit, records: [...atLimit.records, record] })).toEqual([
      `records: more than the ${LIMITS.records.toLocaleString('en')} items a bundle may hold`,
    ]);
    const definitions = Array.from({ length: LIMITS.surveyDefinitions + 1 }, (_, i) => ({ id: `s${i}`, version: 1, hash: 'a'.repeat(64) }));
    expect(beyondReaderLimits({ ...atLimit, surveyDefinitions: definitions })).toEqual([
      `surveyDefinitions: more than the ${LIMITS.surveyDefinitions.toLocaleString('en')} items a bundle may hold`,
    ]);
    expect(beyondReaderLimits(atLimit, LIMITS.bundleBytes + 1)).toEqual([
      `the file would be ${(LIMITS.bundleBytes + 1).toLocaleString('en')} bytes, more than the ${LIMITS.bundleBytes.toLocaleString('en')} a bundle may be`,
    ]);
  });
});

describe('the count of values before parsing', () => {
  it('refuses a file of nothing but empty objects before JSON.parse builds them', () => {
    const count = LIMITS.jsonValues + 1;
    const bomb = `[${'{},'.repeat(count - 1)}{}]`;
    expect(holdsMoreValues(bomb, LIMITS.jsonValues)).toBe(true);
    const result = decodeBundle(bomb, { now: NOW });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-many-values' }] });
  });

  it('counts the marks that start or separate values, inside strings too, and lets a sound bundle through', () => {
    expect(holdsMoreValues('[1,2,3]', 2)).toBe(true);
    expect(holdsMoreValues('[1,2,3]', 3)).toBe(false);
    expect(holdsMoreValues('{"a":{"b":[]}}', 2)).toBe(true);
    expect(holdsMoreValues('"{[,"', 2)).toBe(true);
    const text = bundleText([fakeObservation(1), fakeObservation(2)]);
    expect(decodeBundle(text, { now: NOW }).ok).toBe(true);
  });
});
