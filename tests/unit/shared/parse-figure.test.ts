import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../../shared/capture/parse-figure.ts';

describe('parseFigure', () => {
  it.each([
    ['74', 'nl', 74, ''],
    ['52%', 'nl', 52, '%'],
    ['52 procent', 'nl', 52, '%'],
    ['1.234,5', 'nl', 1234.5, ''],
    ['1,234.5', 'en', 1234.5, ''],
    ['12.345', 'nl', 12345, ''],
    ['12.345', 'en', 12.345, ''],
    ['3,4', 'nl', 3.4, ''],
    ['1.234.567', 'nl', 1234567, ''],
    ['€ 1.200', 'nl', 1200, '€'],
    ['−3,4', 'nl', -3.4, ''],
    ['1 234', 'nl', 1234, ''],
    ['ca. 8.100 inwoners', 'nl', 8100, ''],
  ])('reads %s on a %s page', (text, lang, value, unit) => {
    expect(parseFigure(text, lang)).toEqual({ value, unit });
  });

  it('finds no figure in words', () => {
    expect(parseFigure('geen cijfer hier')).toBeNull();
  });
});
