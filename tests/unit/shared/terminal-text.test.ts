import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../shared/wording/terminal-text.ts';

/** What a terminal acts on or shows as nothing: C0, DEL, C1, the bidi controls and the other format characters. */
// eslint-disable-next-line no-control-regex -- the controls are what this test looks for
const ACTING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cf}]/u;

describe('terminal-safe text', () => {
  it('writes out escape, bell, carriage return, DEL and C1 controls', () => {
    expect(terminalSafe('a\u001b[2K\rok  x.json\u0007')).toBe('a\\x1b[2K\\x0dok  x.json\\x07');
    expect(terminalSafe('\u007f\u0085\u009b31m\u0000\t')).toBe('\\x7f\\x85\\x9b31m\\x00\\x09');
  });

  it('writes out every bidi control', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    expect(bidi.map(terminalSafe)).toEqual([
      '\\u202a',
      '\\u202b',
      '\\u202c',
      '\\u202d',
      '\\u202e',
      '\\u2066',
      '\\u2067',
      '\\u2068',
      '\\u2069',
      '\\u200e',
      '\\u200f',
      '\\u061c',
    ]);
  });

  it('writes out the zero-width characters, so names that differ do not look the same', () => {
    expect(['Gemeente\u200bHelmond', 'GGD\u2060', '\ufeffZorg', 'Zorg\u00ad'].map(terminalSafe)).toEqual([
      'Gemeente\\u200bHelmond',
      'GGD\\u2060',
      '\\ufeffZorg',
      'Zorg\\xad',
    ]);
  });

  it('leaves letters, accents, right-to-left script and backslashes as they are', () => {
    expect(terminalSafe('Huisartsencoöperatie De Peel — مرحبا C:\\regio\\x1b.json')).toBe('Huisartsencoöperatie De Peel — مرحبا C:\\regio\\x1b.json');
  });

  it('escapes a line break, so a text cannot start a line of its own', () => {
    expect(terminalSafe('a\nok  b')).toBe('a\\x0aok  b');
  });

  it('never lets anything a terminal acts on through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(terminalSafe(text)).not.toMatch(ACTING);
      }),
      { numRuns: 2000 },
    );
  });
});
