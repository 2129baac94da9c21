import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, formatNumber, toCsv } from '../../../shared/regiobeeld/csv.ts';
import { readCsv as parseCsv } from '../../support/read-csv.ts';

describe('CSV for Dutch Excel', () => {
  it('starts with a byte order mark, separates with ; and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 'y']])).toBe('\uFEFFa;b\r\nx;y\r\n');
  });

  it('quotes a cell holding ; " or a line break, doubling the quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('gewoon, met komma')).toBe('gewoon, met komma');
  });

  it('guards a text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(['+31 6', '-3 procent', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'+31 6", "'-3 procent", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('3 = 3')).toBe('3 = 3');
  });

  it('also guards a formula sign behind white space or a byte order mark, and the full-width signs', () => {
    expect([' =1+1', '\u00A0 +A1', '\uFEFF=HYPERLINK("x")', '\n-2'].map(csvCell)).toEqual(["' =1+1", "'\u00A0 +A1", '"\'\uFEFF=HYPERLINK(""x"")"', '"\'\n-2"']);
    expect(['\uFF1DSUM(A1)', '\uFF0B31', '\uFF0D3', '\uFF20SUM(A1)', ' \uFF1D1'].map(csvCell)).toEqual([
      "'\uFF1DSUM(A1)",
      "'\uFF0B31",
      "'\uFF0D3",
      "'\uFF20SUM(A1)",
      "' \uFF1D1",
    ]);
    expect(csvCell(' gewoon tekst')).toBe(' gewoon tekst');
  });

  it('removes NUL from a cell, also before a formula sign', () => {
    expect(csvCell('a\u0000b')).toBe('ab');
    expect(csvCell('\u0000=1')).toBe("'=1");
  });

  it('writes numbers with a decimal comma, at most two decimals, negative numbers unguarded', () => {
    expect([1.5, 4 / 3, 2, -0.25, 1234.5, 0, -0.001, 0.005].map(formatNumber)).toEqual(['1,5', '1,33', '2', '-0,25', '1234,5', '0', '0', '0,01']);
    expect(csvCell(-1.5)).toBe('-1,5');
    expect(csvCell(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('reads back every text exactly, apart from the apostrophe of the formula guard', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ';', '"', '\n', '\r', '=', '+', '-', '@', ' ', ',', "'", '\uFEFF', '\uFF1D') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const back = parseCsv(toCsv(['kop 1', 'kop 2'], rows));
        const guarded = rows.map((row) => row.map((cell) => (/^(?:[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u.test(cell) ? `'${cell}` : cell)));
        expect(back).toEqual([['kop 1', 'kop 2'], ...guarded]);
      }),
      { numRuns: 500 },
    );
  });
});
