import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { main } from '../../../cli/main.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { committedExamples, ROOT } from './support/examples.ts';
import { memoryDeps, NOW } from './support/memory-deps.ts';

/** Two partners' exports as Regiobeeld wrote them before records were signed: bundle version 1. */
const V1 = ['ggz-de-peel.json', 'welzijn-peelland.json'].map((name) => [`v1/${name}`, readFileSync(join(ROOT, 'tests/fixtures/v1', name), 'utf8')] as const);

describe('a bundle of version 1, from before signatures', () => {
  it('still decodes, each version unsigned, and a merge writes version 2', async () => {
    for (const [, text] of V1) {
      const decoded = decodeBundle(text, { now: NOW });
      expect(decoded.ok && decoded.bundle.schemaVersion).toBe(1);
      expect(decoded.ok && decoded.bundle.records.every((record) => record.signature === undefined)).toBe(true);
    }
    const machine = memoryDeps(new Map(V1), 'en');
    expect(await main(['merge', ...V1.map(([path]) => path), '-o', 'out.json', '--accept-unsigned'], machine.deps)).toBe(EXIT.ok);
    const merged = decodeBundle(machine.written.get('out.json') ?? '', { now: NOW });
    // Version 2, not the newest: the records hold no merge of issues, so readers of version 2 still read it.
    expect(merged.ok && merged.bundle.schemaVersion).toBe(2);
  });

  it('is refused version by version without --accept-unsigned, naming the flag', async () => {
    const machine = memoryDeps(new Map(V1), 'en');
    expect(await main(['merge', ...V1.map(([path]) => path), '-o', 'out.json'], machine.deps)).toBe(EXIT.failed);
    expect(machine.err.join('\n')).toContain('run again with --accept-unsigned');
  });

  it('merges beside the signed examples on --accept-unsigned: an unsigned copy of a version also there signed is not counted, the signed one wins', async () => {
    const examples = committedExamples();
    const ggz = decodeBundle(examples.get('examples/ggz-de-peel.json') ?? '', { now: NOW });
    if (!ggz.ok) throw new Error('expected the GGZ example to decode');
    const { producer, ...header } = ggz.bundle;
    const unsignedProducer =
      producer.kind === 'partner'
        ? { kind: producer.kind, partnerId: producer.partnerId, organisation: producer.organisation, domain: producer.domain }
        : producer;
    const stripped = ggz.bundle.records.map(({ signature: _signature, ...record }) => record);
    const old = encodeBundle({ ...makeBundle({ ...header, producer: unsignedProducer, records: stripped }), schemaVersion: 1 });
    const files = new Map([...examples, ['old/ggz-de-peel.json', old]]);
    const machine = memoryDeps(files, 'en');
    const code = await main(['merge', ...files.keys(), '-o', 'out.json', '--accept-unsigned'], machine.deps);
    expect(machine.err).toEqual([]);
    expect(code).toBe(EXIT.ok);
    const merged = decodeBundle(machine.written.get('out.json') ?? '', { now: NOW });
    expect(merged.ok && merged.bundle.records.length).toBeGreaterThan(50);
    expect(merged.ok && merged.bundle.records.every((record) => record.signature !== undefined)).toBe(true);
  });
});
