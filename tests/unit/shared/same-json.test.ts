import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../shared/bundle/same-json.ts';

describe('sameJson', () => {
  it('holds values parsed from differently written JSON of one value', () => {
    expect(sameJson(JSON.parse('{"a":1,"b":[true,null,{"c":"d"}]}'), JSON.parse('{ "b": [true, null, {"c": "d"}], "a": 1.0 }'))).toBe(true);
    expect(sameJson([], [])).toBe(true);
    expect(sameJson({}, {})).toBe(true);
  });

  it('tells apart values that differ anywhere', () => {
    const base = { a: 1, b: [1, 2, { c: 'd' }] };
    expect(sameJson(base, { a: 1, b: [1, 2, { c: 'e' }] })).toBe(false);
    expect(sameJson(base, { a: 1, b: [1, 2, { c: 'd', e: null }] })).toBe(false);
    expect(sameJson(base, { a: 1, b: [1, 2] })).toBe(false);
    expect(sameJson(base, { a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, null)).toBe(true);
  });
});
