/**
 * Mulberry32: a tiny seeded generator, so the example ids are random-looking yet the same on every
 * run and machine. Not for anything secret.
 */
export function seededBytes(seed: number): (count: number) => Uint8Array {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return (count) => Uint8Array.from({ length: count }, () => next() & 0xff);
}
