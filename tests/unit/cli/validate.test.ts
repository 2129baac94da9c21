import { describe, expect, it } from 'vitest';
import { validate } from '../../../cli/commands/validate.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { committedExamples } from './support/examples.ts';
import { memoryDeps } from './support/memory-deps.ts';
import { webcrypto } from 'node:crypto';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { signingPayload } from '../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import { fakeIssue, ORIGIN_A, REGION } from '../../support/fake-records.ts';

const examples = committedExamples();
const [examplePath, exampleText] = [...examples][0] as [string, string];

interface EditableBundle {
  format: string;
  records: Array<{ id: string; body?: Record<string, unknown>; updatedAt: string }>;
}

function edited(change: (bundle: EditableBundle) => void): string {
  const bundle = JSON.parse(exampleText) as EditableBundle;
  change(bundle);
  return JSON.stringify(bundle);
}

async function run(files: Record<string, string>) {
  const machine = memoryDeps(new Map(Object.entries(files)), 'en');
  const code = await validate(Object.keys(files), machine.deps);
  return { code, out: machine.out, err: machine.err };
}

describe('validate', () => {
  it('says ok with records, region and producer for every example, and exits 0', async () => {
    const machine = memoryDeps(examples, 'en');
    const code = await validate([...examples.keys()], machine.deps);
    expect(code).toBe(EXIT.ok);
    expect(machine.err).toEqual([]);
    expect(machine.out).toHaveLength(examples.size);
    expect(machine.out).toContain(
      'ok  examples/huisartsen-de-peel.json  (15 records, region helmond-de-peel, producer Huisartsencoöperatie De Peel (zorg), signed)',
    );
  });

  it('refuses a file that is not JSON', async () => {
    const { code, out, err } = await run({ 'page.html': '<html>not a bundle</html>' });
    expect(code).toBe(EXIT.failed);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^page\.html: the file is not valid JSON/);
  });

  it('refuses JSON of another format, naming it', async () => {
    const { code, err } = await run({ 'dexie.json': JSON.stringify({ format: 'dexie', data: {} }) });
    expect(code).toBe(EXIT.failed);
    expect(err[0]).toBe('dexie.json: format: this file is "dexie", not a Regiobeeld bundle');
  });

  it('refuses a bundle whose record was changed after export', async () => {
    const tampered = edited((bundle) => {
      const record = bundle.records.find((r) => r.body !== undefined && 'quote' in r.body);
      if (record?.body) record.body.quote = 'Alles gaat goed in De Peel.';
    });
    const { code, err } = await run({ 'tampered.json': tampered });
    expect(code).toBe(EXIT.failed);
    expect(err[0]).toBe('tampered.json: integrity.recordsHash: the records were changed after the bundle was exported (integrity hash does not match)');
  });

  it('names the path, the record id and the reason of an invalid record', async () => {
    let id = '';
    const invalid = edited((bundle) => {
      const record = bundle.records[1];
      if (record === undefined) throw new Error('the example has too few records');
      id = record.id;
      record.updatedAt = 'gisteren';
    });
    const { code, err } = await run({ 'invalid.json': invalid });
    expect(code).toBe(EXIT.failed);
    expect(err[0]).toMatch(/^invalid\.json: records\[1\]\.updatedAt: .*must be a clock timestamp/);
    expect(err[0]).toContain(`(record ${id})`);
  });

  it('reports every file, sound and refused, and exits 1 when one is refused', async () => {
    const { code, out, err } = await run({ [examplePath]: exampleText, 'empty.json': '' });
    expect(code).toBe(EXIT.failed);
    expect(out).toHaveLength(1);
    expect(err).toEqual(['empty.json: the file is empty', '1 of 2 files refused']);
  });

  it('says why a file cannot be read', async () => {
    const machine = memoryDeps(new Map(), 'en');
    expect(await validate(['missing.json'], machine.deps)).toBe(EXIT.failed);
    expect(machine.err[0]).toBe('missing.json: no such file or folder');
  });
});

describe('validate with signatures', () => {
  it('says a signed bundle is signed, and refuses one changed after signing', async () => {
    const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
    const keys = await signer.generateKeyPair();
    const unsigned = makeBundle({
      region: REGION,
      producer: { kind: 'partner', partnerId: ORIGIN_A, organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid', publicKey: keys.publicKey },
      exportedAt: '2026-10-02T10:00:00.000Z',
      records: [fakeIssue(2)],
      surveyDefinitions: [],
    });
    const signed = { ...unsigned, integrity: { ...unsigned.integrity, signature: await signer.sign(keys.privateKey, signingPayload(unsigned)) } };
    const forged = { ...signed, producer: { ...signed.producer, organisation: 'Iemand anders' } };
    const machine = memoryDeps(
      new Map([
        ['signed.json', encodeBundle(signed)],
        ['forged.json', encodeBundle(forged)],
      ]),
      'en',
    );
    expect(await validate(['signed.json', 'forged.json'], machine.deps)).toBe(1);
    expect(machine.out).toEqual(['ok  signed.json  (1 record, region helmond-de-peel, producer GGD Brabant-Zuidoost (publieke-gezondheid), signed)']);
    expect(machine.err[0]).toMatch(/^forged\.json: integrity\.signature: the signature does not match/);
  });
});
