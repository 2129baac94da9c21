import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { contentHash, sha256Hex } from '../../../shared/canonical/hash.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' }, e: undefined })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
    // "é" (U+00E9) sorts after "z", and an astral character by its surrogates, as RFC 8785 orders.
    expect(canonicalJson({ é: 1, z: 2, '😀': 3, '\uffff': 4 })).toBe('{"z":2,"é":1,"😀":3,"\uffff":4}');
  });

  it('orders index-like keys by code units too, which JavaScript objects list numerically', () => {
    expect(canonicalJson({ b: { '10': 1, '9': 2, a: 3 }, '2': [{ '1': 0, '0': 0 }] })).toBe('{"2":[{"0":0,"1":0}],"b":{"10":1,"9":2,"a":3}}');
  });

  it('ignores toJSON, as it sees only the data', () => {
    expect(canonicalJson({ at: new Date(0), n: 1 })).toBe('{"at":{},"n":1}');
  });

  it('writes numbers and strings as JSON does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 'a"\n\u2028'])).toBe('[1e+21,0.1,0,"a\\"\\n\u2028"]');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('gives the same text whatever order keys were written in, and survives a round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hashing', () => {
  it('computes SHA-256 of UTF-8 text', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('Zorg in de regio: één beeld')).toBe('ef868081ba00b6e0f91551e389ac8830bf1ccc27d870d7a87cd8e71f47bf5108');
  });

  it('hashes content, not key order', () => {
    expect(contentHash({ a: 1, b: [2] })).toBe(contentHash({ b: [2], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}
