import { describe, expect, it } from 'vitest';
import { instantOf } from '../../../shared/clock/instant.ts';
import { csvMoment } from '../../../shared/regiobeeld/csv.ts';

describe('instantOf', () => {
  it('reads the moment as written: any decimals, an offset, a clock counter after it', () => {
    expect(instantOf('2026-05-03T12:05:00Z')?.toISOString()).toBe('2026-05-03T12:05:00.000Z');
    expect(instantOf('2026-05-03T12:05:00.123456789Z')?.toISOString()).toBe('2026-05-03T12:05:00.123Z');
    expect(instantOf('2026-05-03T14:05:00+02:00')?.toISOString()).toBe('2026-05-03T12:05:00.000Z');
    expect(instantOf('2026-05-03T12:05:00.000Z-0003')?.toISOString()).toBe('2026-05-03T12:05:00.000Z');
  });

  it('is null for a time without a zone, which the machine would read as its own', () => {
    expect(instantOf('2026-05-03T12:05:00')).toBeNull();
    expect(instantOf('gisteren')).toBeNull();
    expect(instantOf('2026-13-45T12:05:00Z')).toBeNull();
  });

  it('gives the CSV files the same Amsterdam time for each way of writing a moment', () => {
    for (const written of ['2026-05-03T12:05:00.123456789Z', '2026-05-03T14:05:00+02:00', '2026-05-03T12:05:00.000Z'])
      expect(csvMoment(written)).toBe('3-5-2026 14:05');
    expect(csvMoment('niet een moment')).toBe('niet een moment');
  });
});
