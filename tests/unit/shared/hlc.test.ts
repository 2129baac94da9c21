import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClockDriftError, createHlc, formatHlc, HlcTimestamp, parseHlc } from '../../../shared/clock/hlc.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-22T09:00:00.000Z');

function wall(start: number) {
  let now = start;
  return { now: () => now, set: (ms: number) => (now = ms) };
}

describe('hybrid logical clock', () => {
  it('formats timestamps that sort as they happen', () => {
    expect(formatHlc({ ms: T0, counter: 3 })).toBe('2026-11-22T09:00:00.000Z-0003');
    expect(parseHlc('2026-11-22T09:00:00.000Z-00ff')).toEqual({ ms: T0, counter: 255 });
    expect(HlcTimestamp.safeParse('2026-13-40T09:00:00.000Z-0000').success).toBe(false);
    expect(() => parseHlc('yesterday')).toThrow(/not a clock timestamp/);
  });

  it('keeps counting forward when the system clock goes backwards', () => {
    const clock = wall(T0);
    const hlc = createHlc({ now: clock.now, maxDriftMs: HOUR });
    const first = hlc.tick();
    clock.set(T0 - 60_000);
    const second = hlc.tick();
    const third = hlc.tick();
    expect(first < second && second < third).toBe(true);
    expect(second).toBe('2026-11-22T09:00:00.000Z-0001');
  });

  it('borrows the next millisecond when the counter is exhausted', () => {
    const hlc = createHlc({ now: () => T0, maxDriftMs: HOUR, from: '2026-11-22T09:00:00.000Z-ffff' });
    expect(hlc.tick()).toBe('2026-11-22T09:00:00.001Z-0000');
  });

  it('ticks after a timestamp it observed', () => {
    const hlc = createHlc({ now: () => T0, maxDriftMs: HOUR });
    hlc.observe('2026-11-22T09:30:00.000Z-0007');
    expect(hlc.tick()).toBe('2026-11-22T09:30:00.000Z-0008');
  });

  it('refuses a timestamp far in the future instead of adopting it', () => {
    const hlc = createHlc({ now: () => T0, maxDriftMs: HOUR });
    const before = hlc.tick();
    expect(() => hlc.observe('2027-01-01T00:00:00.000Z-0000')).toThrow(ClockDriftError);
    expect(hlc.last()).toBe(before);
    expect(hlc.tick() < '2026-11-22T10:00:00.000Z').toBe(true);
  });

  it('resumes from a persisted timestamp', () => {
    const hlc = createHlc({ now: () => T0 - HOUR, maxDriftMs: HOUR, from: '2026-11-22T09:00:00.000Z-0002' });
    expect(hlc.tick()).toBe('2026-11-22T09:00:00.000Z-0003');
  });

  it('issues strictly increasing timestamps under any mix of clock jumps and observations', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('jump' as const), by: fc.integer({ min: -HOUR, max: HOUR }) }),
      fc.record({ kind: fc.constant('observe' as const), ahead: fc.integer({ min: -HOUR, max: HOUR }), counter: fc.integer({ min: 0, max: 0xffff }) }),
      fc.record({ kind: fc.constant('tick' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const clock = wall(T0);
        const hlc = createHlc({ now: clock.now, maxDriftMs: HOUR });
        let previous = hlc.tick();
        for (const s of steps) {
          if (s.kind === 'jump') clock.set(clock.now() + s.by);
          else if (s.kind === 'observe') {
            const remote = formatHlc({ ms: clock.now() + s.ahead, counter: s.counter });
            hlc.observe(remote);
            const next = hlc.tick();
            expect(next > remote).toBe(true);
            expect(next > previous).toBe(true);
            previous = next;
          } else {
            const next = hlc.tick();
            expect(next > previous).toBe(true);
            previous = next;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
