import { describe, expect, it } from 'vitest';
import { LISTED, listSome, moreWords, someOf } from '../../../shared/wording/list-some.ts';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `id-${i}`);

describe('a list printed from bundle data', () => {
  it('shows a short list whole', () => {
    expect(listSome(['a', 'b', 'c'])).toBe('a, b, c');
    expect(listSome(ids(LISTED))).not.toContain('…');
    expect(listSome([])).toBe('');
  });

  it('shows the first items of a long one and counts the rest, with thousands separators', () => {
    expect(listSome(ids(300_000), { max: 3 })).toBe('id-0, id-1, id-2 … and 299,997 more');
    expect(listSome(ids(300_000), { max: 3, language: 'nl', separator: '; ' })).toBe('id-0; id-1; id-2 … en nog 299.997');
    expect(listSome(ids(LISTED + 1))).toBe(`${ids(LISTED).join(', ')} … and 1 more`);
  });

  it('stays short whatever the length: 300,000 ids give one line under 1 KB', () => {
    expect(listSome(ids(300_000)).length).toBeLessThan(1024);
  });

  it('gives the first items and the count for markup to render', () => {
    expect(someOf(ids(5), 2)).toEqual({ shown: ['id-0', 'id-1'], more: 3 });
    expect(someOf(ids(2), 2)).toEqual({ shown: ['id-0', 'id-1'], more: 0 });
    expect(moreWords(1_234, 'en')).toBe('… and 1,234 more');
    expect(moreWords(1_234, 'nl')).toBe('… en nog 1.234');
  });
});
