import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idHint, sliceRecords } from '../../../shared/bundle/record-slices.ts';

describe('sliceRecords', () => {
  it("cuts out the root's records, whatever their strings hold", () => {
    const items = ['{"a":"}],{\\"records\\":["}', '{"b":"\\\\","c":[{"d":"\\\\\\""}]}', '{}'];
    const text = `{"format":"records","nested":{"records":[1]},"records":[${items.join(', ')}],"region":"x"}`;
    expect(sliceRecords(text)).toEqual({ header: '{"format":"records","nested":{"records":[1]},"records":null,"region":"x"}', items });
    expect(items.map((item) => JSON.parse(item) as unknown)).toEqual([{ a: '}],{"records":[' }, { b: '\\', c: [{ d: '\\"' }] }, {}]);
  });

  it('keeps the white space around them in place and reads an empty array', () => {
    expect(sliceRecords('{ "records" :\n [ ] }')).toEqual({ header: '{ "records" :\n null }', items: [] });
    expect(sliceRecords('{"records":[\n  {"a":1} ,\n  {"b":2}\n]}')).toEqual({ header: '{"records":null}', items: ['{"a":1}', '{"b":2}'] });
  });

  it('gives up where the records are not a plain list of objects', () => {
    for (const text of [
      '{"records":[{}],"records":null}',
      '{"rec\\u006frds":null,"records":[{}]}',
      '{"records":[1]}',
      '{"records":[{"a":1},]}',
      '{"records":[{"a":1}{"b":2}]}',
      '{"records":{}}',
      '{"records":[{"a":"1}]}',
      '{"other":[]}',
      '[{"records":[]}]',
      '{"records":[{"a":1}',
    ]) {
      expect(sliceRecords(text), text).toBeUndefined();
    }
  });

  it('gives every element of any JSON array of objects back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }))), fc.jsonValue({ maxDepth: 2 }), (records, other) => {
        const items = records.map((record) => JSON.stringify(record));
        const otherText = JSON.stringify(other);
        const sliced = sliceRecords(`{"other":${otherText},"records":[${items.join(',')}]}`);
        expect(sliced?.items).toEqual(items);
        expect(sliced?.header).toBe(`{"other":${otherText},"records":null}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('idHint', () => {
  it("finds the record's own id after a body whose objects have ids of their own", () => {
    expect(idHint('{"body":{"answers":[{"id":"q1"}]},"deleted":false,"id":"019c-1","origin":"o"}')).toBe('019c-1');
    expect(idHint('{"body":{}}')).toBe('');
  });
});
