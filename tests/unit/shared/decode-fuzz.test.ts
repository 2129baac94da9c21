import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBundle, type KnownRecords } from '../../../shared/bundle/decode.ts';
import { encodeBundle } from '../../../shared/bundle/encode.ts';
import { deleted, fakeIssue, fakeObservation } from '../../support/fake-records.ts';
import { bundleText, NOW } from '../../support/fake-bundles.ts';

const valid = bundleText([fakeObservation(1), fakeIssue(2), deleted(fakeObservation(3))]);
const validJson: unknown = JSON.parse(valid);
/** Records validated by earlier decodes, as the CLI keeps them across bundles: it grows with every sound record the fuzzing makes. */
const known: KnownRecords = new Map();
decodeBundle(valid, { now: NOW, known });

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const allPaths = paths(validJson);

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('__proto__', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u0000', '\ud800', '9999-12-31T23:59:59.999Z-ffff', -0, 1e308),
  fc.string({ maxLength: 40 }),
);

/** One edit of a parsed bundle: replace a value, delete a key, or add a key. */
const mutation = fc.record({
  path: fc.constantFrom(...allPaths),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'body', 'deleted'),
  value: hostileValue,
});

function mutate(json: unknown, edits: Array<{ path: Path; kind: string; key: string; value: unknown }>): unknown {
  const copy = JSON.parse(JSON.stringify(json)) as unknown;
  let root = copy;
  for (const { path, kind, key, value } of edits) {
    if (path.length === 0) {
      if (kind === 'replace') root = value;
      continue;
    }
    let parent: unknown = root;
    for (const step of path.slice(0, -1))
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[step] : undefined;
    if (parent === null || typeof parent !== 'object') continue;
    const target = parent as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (kind === 'replace') target[last] = value;
    else if (kind === 'delete') Reflect.deleteProperty(target, last);
    else if (target[last] !== null && typeof target[last] === 'object')
      Object.defineProperty(target[last], key, { value, enumerable: true, configurable: true, writable: true });
  }
  return root;
}

function decodesSafely(input: string | Uint8Array): void {
  const result = decodeBundle(input, { now: NOW });
  // Read through its records' texts against records known from before, the same file says the same.
  expect(decodeBundle(input, { now: NOW, known })).toEqual(result);
  if (result.ok) {
    // Whatever was accepted is a sound bundle: it encodes and decodes to itself.
    const again = decodeBundle(encodeBundle(result.bundle), { now: NOW });
    expect(again).toEqual(result);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('decodeBundle under fuzzing', () => {
  it('never throws on mutated bundles: it accepts a sound one or says why not', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        decodesSafely(JSON.stringify(mutate(validJson, edits)));
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on damaged bytes', () => {
    const bytes = new TextEncoder().encode(valid);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(bytes.length),
        (flips, cut) => {
          const damaged = bytes.slice(0, Math.max(1, cut));
          for (const [at, byte] of flips) if (at < damaged.length) damaged[at] = byte;
          decodesSafely(damaged);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
