import { z } from 'zod';

/**
 * Hybrid logical clock timestamps as fixed-width strings, "2026-11-22T09:15:02.481Z-0003": the
 * physical part in ISO form, then a hexadecimal counter. String order is time order, so a record's
 * `updatedAt` sorts and compares without parsing.
 */
const HLC_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}$/;

export const HlcTimestamp = z
  .string()
  .regex(HLC_PATTERN, 'must be a clock timestamp such as 2026-11-22T09:15:02.481Z-0000')
  // Only a well-formed timestamp is checked for a real date, so a malformed one gets one error.
  .refine((value) => !HLC_PATTERN.test(value) || isCalendarTime(value.slice(0, 24)), 'must hold a real date');
export type HlcTimestamp = z.infer<typeof HlcTimestamp>;

/** `Date.parse` rolls 30 February over into March; a real time is one that reads back as written. */
function isCalendarTime(iso: string): boolean {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso;
}

const MAX_COUNTER = 0xffff;

interface HlcState {
  readonly ms: number;
  readonly counter: number;
}

export function formatHlc({ ms, counter }: HlcState): HlcTimestamp {
  return `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}`;
}

export function parseHlc(timestamp: string): HlcState {
  const parsed = HlcTimestamp.safeParse(timestamp);
  if (!parsed.success) throw new RangeError(`not a clock timestamp: ${JSON.stringify(timestamp.slice(0, 40))}`);
  return { ms: Date.parse(timestamp.slice(0, 24)), counter: Number.parseInt(timestamp.slice(25), 16) };
}

/** Thrown when a received timestamp lies further ahead than the allowed drift: adopting it would drag every later local edit into the future. */
export class ClockDriftError extends Error {
  constructor(
    readonly timestamp: string,
    readonly aheadMs: number,
  ) {
    super(`timestamp ${timestamp} lies ${Math.round(aheadMs / 60_000)} minutes ahead of this computer's clock`);
    this.name = 'ClockDriftError';
  }
}

export interface HybridLogicalClock {
  /** A timestamp for a local event: greater than every timestamp this clock has issued or seen. */
  tick(): HlcTimestamp;
  /** Takes in a timestamp from elsewhere so the next tick lies after it. */
  observe(remote: HlcTimestamp): void;
  /** The latest timestamp issued or observed, to persist between sessions. */
  last(): HlcTimestamp;
}

export interface HlcOptions {
  /** Wall-clock milliseconds; passed in so the clock is pure and testable. */
  now: () => number;
  maxDriftMs: number;
  /** A timestamp persisted from an earlier session. */
  from?: HlcTimestamp;
}

export function createHlc({ now, maxDriftMs, from }: HlcOptions): HybridLogicalClock {
  let state: HlcState = from ? parseHlc(from) : { ms: 0, counter: 0 };

  return {
    tick() {
      const wall = Math.floor(now());
      if (wall > state.ms) state = { ms: wall, counter: 0 };
      else if (state.counter < MAX_COUNTER) state = { ms: state.ms, counter: state.counter + 1 };
      // Counter exhausted within one millisecond: borrow the next millisecond rather than repeat.
      else state = { ms: state.ms + 1, counter: 0 };
      return formatHlc(state);
    },
    observe(remote) {
      const incoming = parseHlc(remote);
      const ahead = incoming.ms - now();
      if (ahead > maxDriftMs) throw new ClockDriftError(remote, ahead);
      if (incoming.ms > state.ms || (incoming.ms === state.ms && incoming.counter > state.counter)) state = incoming;
    },
    last() {
      return formatHlc(state);
    },
  };
}
