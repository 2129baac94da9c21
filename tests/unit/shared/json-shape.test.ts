import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { countAtMost, mostKeysInOneObject } from '../../../shared/bundle/json-shape.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { bundleText, NOW } from '../../support/fake-bundles.ts';
import { fakeObservation } from '../../support/fake-records.ts';

/** The same figure from the parsed value: what the scan must find without parsing. */
function mostKeysParsed(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const inner = Array.isArray(value) ? value : Object.values(value);
  return Math.max(Array.isArray(value) ? 0 : Object.keys(value).length, ...inner.map(mostKeysParsed));
}

describe('the most keys in one object, scanned without parsing', () => {
  it('is what parsing finds, on any JSON, with keys and strings full of quotes, colons and brackets', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', ':', '{', '}', '[', ']', 'a\\\\"b'));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(key, fc.jsonValue({ maxDepth: 2 })), (value, extra) => {
        for (const json of [value, extra, [value, extra], { a: value, b: extra }]) {
          const text = JSON.stringify(json);
          expect(mostKeysInOneObject(text, Number.MAX_SAFE_INTEGER)).toBe(mostKeysParsed(JSON.parse(text)));
          // As written with white space too.
          expect(mostKeysInOneObject(JSON.stringify(json, null, 2), Number.MAX_SAFE_INTEGER)).toBe(mostKeysParsed(JSON.parse(text)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stops early, and ends on text that is not JSON', () => {
    expect(mostKeysInOneObject('{"a":1,"b":2,"c":3}', 1)).toBe(2);
    expect(mostKeysInOneObject('{"a":1,"b', 10)).toBe(1);
    expect(mostKeysInOneObject('}}]]:::{', 10)).toBe(0);
    expect(countAtMost('a:b:c:d', ':', 1)).toBe(2);
  });

  it('refuses a file whose one object holds millions of keys before parsing it, and lets a sound bundle through', () => {
    const keys = Array.from({ length: 1_200_000 }, (_, i) => `"k${i}":0`).join(',');
    const started = performance.now();
    const result = decodeBundle(`{"format":"regiobeeld-bundle",${keys}}`, { now: NOW });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-many-keys', detail: LIMITS.freeFormValues.toLocaleString('nl') }] });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(decodeBundle(bundleText([fakeObservation(1)]), { now: NOW }).ok).toBe(true);
  });
});
