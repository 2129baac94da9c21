import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { main } from '../../../cli/main.ts';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { parseKeyRing } from '../../../shared/bundle/key-ring.ts';
import { keyFingerprint } from '../../../shared/bundle/signature.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { fakeObservation, observationBody, ORIGIN_A, ORIGIN_B, recordId, REGION } from '../../support/fake-records.ts';
import { KEY_RING, memoryDeps, NOW, type MemoryRun } from './support/memory-deps.ts';
import { parseReport } from '../report/support.ts';
import { type SigningInstallation, signingInstallation } from '../../support/signed-bundles.ts';

const ORIGIN_C = '019a0000-0000-7000-8000-00000000000c';
const OUT = 'out.json';
const CLIP = recordId(1) as RecordId;

type Installation = SigningInstallation;
/** A partner's installation in the demo region, its records passed into its files as they are. */
const installation = (origin: string, organisation: string, region = REGION) =>
  signingInstallation({ organisation, domain: 'zorg', regionName: region === REGION ? 'Helmond-De Peel' : region }, { origin, region });

let ggz: Installation;
let gemeente: Installation;
let intruder: Installation;
let clip: RegionRecord;

beforeAll(async () => {
  ggz = await installation(ORIGIN_A, 'GGZ De Peel');
  gemeente = await installation(ORIGIN_B, 'Gemeente Helmond');
  intruder = await installation(ORIGIN_C, 'Zorgbureau Derde');
  clip = await ggz.sign(
    liveVersion('observation', CLIP, observationBody({ quote: 'Wachttijd jeugd-GGZ 14 weken' }), {
      region: REGION,
      origin: ORIGIN_A as RecordId,
      updatedAt: '2026-10-01T10:00:00.000Z-0000',
    }),
  );
});

/** One coordinator's machine, kept over several runs: its key ring stays in `rings`. */
function machine(given: Record<string, string>): MemoryRun & {
  files: Map<string, string>;
  run: (...args: string[]) => Promise<{ code: number; out: string[]; err: string[]; merged: readonly RegionRecord[] | undefined }>;
} {
  const files = new Map(Object.entries(given));
  const memory = memoryDeps(files, 'en');
  return {
    ...memory,
    files,
    async run(...args) {
      memory.out.length = 0;
      memory.err.length = 0;
      memory.written.delete(OUT);
      const code = await main(args, memory.deps);
      const text = memory.written.get(OUT);
      const decoded = text === undefined ? undefined : decodeBundle(text, { now: NOW });
      return { code, out: [...memory.out], err: [...memory.err], merged: decoded?.ok === true ? decoded.bundle.records : undefined };
    },
  };
}

const quoteOf = (records: readonly RegionRecord[] | undefined, id: string) => {
  const record = records?.find((r) => r.id === id);
  return record?.type === 'observation' ? record.body?.quote : undefined;
};

describe('merge judges every version by its own signature', () => {
  it("leaves out a version forged in another partner's name, names file, record and partner, merges the rest, exit 1", async () => {
    const forged = await intruder.sign({
      ...clip,
      updatedAt: '2026-10-03T10:00:00.000Z-0000',
      body: observationBody({ quote: 'Geen wachttijd meer' }),
    } as RegionRecord);
    const own = await intruder.sign(
      liveVersion('observation', recordId(2), observationBody({ quote: 'Eigen waarneming' }), {
        region: REGION,
        origin: ORIGIN_C as RecordId,
        updatedAt: '2026-10-02T10:00:00.000Z-0000',
      }),
    );
    const coordinator = machine({ 'ggz.json': await ggz.fileOf([clip]), 'derde.json': await intruder.fileOf([forged, own]) });
    const { code, err, merged } = await coordinator.run('merge', 'ggz.json', 'derde.json', '-o', OUT);
    expect(code).toBe(EXIT.failed);
    expect(quoteOf(merged, CLIP)).toBe('Wachttijd jeugd-GGZ 14 weken');
    expect(quoteOf(merged, recordId(2))).toBe('Eigen waarneming');
    expect(err).toContain('derde.json: 1 record version left out, the rest of the file is merged:');
    expect(err).toContain(
      `  observation ${CLIP} in the name of "GGZ De Peel" (${ORIGIN_A}): its signature does not verify against the key of "GGZ De Peel" (${ORIGIN_A}), whom it names as its writer: it was changed or made by someone else`,
    );
    expect(err.at(-1)).toMatch(/^warning: of 1 file \(derde\.json\) not everything was trusted, as said above; the rest was written to out\.json$/);
  });

  it('keeps the trusted keys in a key ring made on the first run, and refuses a changed key on a later run until accepted', async () => {
    const coordinator = machine({ 'ggz.json': await ggz.fileOf([clip]) });
    const first = await coordinator.run('merge', 'ggz.json', '-o', OUT);
    expect(first.code).toBe(EXIT.ok);
    expect(first.err).toEqual([]);
    expect(first.out).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^keys {2}trusted on first use, as no key was known for them: "GGZ De Peel" \\(${ORIGIN_A}\\) key ${keyFingerprint(ggz.publicKey).slice(0, 16)}, from ggz\\.json; from now on`,
        ),
      ),
    );
    const ring = parseKeyRing(coordinator.rings.get(KEY_RING) ?? '');
    expect(ring.ok && ring.ring.partners.map((p) => [p.partnerId, p.organisation, p.fingerprint])).toEqual([
      [ORIGIN_A, 'GGZ De Peel', keyFingerprint(ggz.publicKey)],
    ]);

    expect((await coordinator.run('merge', 'ggz.json', '-o', OUT)).err).toEqual([]);

    // The same partner id, set up anew (or posed as) with another key.
    const anew = await installation(ORIGIN_A, 'GGZ De Peel');
    const later = await anew.sign({
      ...clip,
      updatedAt: '2026-10-05T10:00:00.000Z-0000',
      body: observationBody({ quote: 'Wachttijd 20 weken' }),
    } as RegionRecord);
    coordinator.files.set('anew.json', await anew.fileOf([later]));
    const refused = await coordinator.run('merge', 'ggz.json', 'anew.json', '-o', OUT);
    expect(refused.code).toBe(EXIT.failed);
    expect(quoteOf(refused.merged, CLIP)).toBe('Wachttijd jeugd-GGZ 14 weken');
    expect(refused.err.join('\n')).toContain(`"GGZ De Peel" (${ORIGIN_A}) publishes another key than the one trusted for them`);
    expect(refused.err.join('\n')).toContain(`run again with --accept-key PARTNER-ID`);

    const accepted = await coordinator.run('merge', 'ggz.json', 'anew.json', '-o', OUT, '--accept-key', ORIGIN_A);
    expect(quoteOf(accepted.merged, CLIP)).toBe('Wachttijd 20 weken');
    expect(accepted.out).toContain(`keys  the key of "GGZ De Peel" (${ORIGIN_A}) was replaced on your word (--accept-key) (kept in ${KEY_RING})`);
    const now = parseKeyRing(coordinator.rings.get(KEY_RING) ?? '');
    expect(now.ok && now.ring.partners.map((p) => p.fingerprint)).toEqual([keyFingerprint(anew.publicKey)]);
  });

  it('refuses unsigned versions unless --accept-unsigned, then lets them in and says so', async () => {
    const legacy = fakeObservation(5, { quote: 'Van voor de handtekeningen' });
    const coordinator = machine({ 'ggz.json': await ggz.fileOf([clip, legacy]) });
    const refused = await coordinator.run('merge', 'ggz.json', '-o', OUT);
    expect(refused.code).toBe(EXIT.failed);
    expect(quoteOf(refused.merged, recordId(5))).toBeUndefined();
    expect(refused.err.join('\n')).toContain(`observation ${recordId(5)} in the name of`);
    expect(refused.err.join('\n')).toContain('run again with --accept-unsigned');
    const accepted = await coordinator.run('merge', 'ggz.json', '-o', OUT, '--accept-unsigned');
    expect(accepted.code).toBe(EXIT.ok);
    expect(quoteOf(accepted.merged, recordId(5))).toBe('Van voor de handtekeningen');
    expect(accepted.err).toContainEqual(
      expect.stringMatching(/^warning: 1 record version is not signed, so nothing shows who wrote them .*the report marks them as not signed$/),
    );
  });

  it('refuses two different versions under one clock time and writer, from whichever file', async () => {
    const twin = await ggz.sign({ ...clip, body: observationBody({ quote: 'Andere tekst, zelfde tijd' }) } as RegionRecord);
    const coordinator = machine({ 'a.json': await ggz.fileOf([clip]), 'b.json': await gemeente.fileOf([twin]) });
    const { code, err, merged } = await coordinator.run('merge', 'a.json', 'b.json', '-o', OUT);
    expect(code).toBe(EXIT.failed);
    expect(merged?.some((r) => r.id === CLIP)).toBe(false);
    expect(err.join('\n')).toContain('another, different version carries the same clock time and writer: a clock fault or a forgery');
  });

  it('refuses the file of another region and merges the rest, exit 1', async () => {
    const coordinator = machine({
      'a.json': await ggz.fileOf([clip]),
      'b.json': await gemeente.fileOf([]),
      'c.json': await (await installation(ORIGIN_C, 'Zorgbureau Derde', 'eindhoven-e-o')).fileOf([]),
    });
    const { code, err, merged } = await coordinator.run('merge', 'a.json', 'b.json', 'c.json', '-o', OUT);
    expect(code).toBe(EXIT.failed);
    expect(quoteOf(merged, CLIP)).toBe('Wachttijd jeugd-GGZ 14 weken');
    expect(err).toContain('c.json: belongs to region eindhoven-e-o, not to helmond-de-peel (the region of most files); the file is left out');
    const chosen = await coordinator.run('merge', 'a.json', 'c.json', '-o', OUT, '--region', 'eindhoven-e-o');
    expect(chosen.merged?.map((r) => r.region)).toEqual(['eindhoven-e-o']);
  });

  it('refuses a key ring it cannot read, and writes nothing', async () => {
    const coordinator = machine({ 'a.json': await ggz.fileOf([clip]), [KEY_RING]: '{"format":"regiobeeld-keys","version":1,"partners":[{"partnerId":"x"}]}' });
    const { code, err } = await coordinator.run('merge', 'a.json', '-o', OUT);
    expect(code).toBe(EXIT.failed);
    expect(err[0]).toMatch(/^config\/regiobeeld\/keys\.json: cannot use this key ring: it is not a Regiobeeld key ring \(partners\.0\.partnerId: /);
    expect(coordinator.written.has(OUT)).toBe(false);
    expect(coordinator.rings.has(KEY_RING)).toBe(false);
  });

  it('says of an unsigned bundle of a partner who signs that it may not come from them', async () => {
    const text = await ggz.fileOf([clip]);
    const bundle = JSON.parse(text) as { producer: Record<string, unknown>; integrity: Record<string, unknown> };
    delete bundle.producer.publicKey;
    delete bundle.integrity.signature;
    const coordinator = machine({ 'a.json': await gemeente.fileOf([ggz.partner]), 'b.json': JSON.stringify(bundle) });
    const { code, err, merged } = await coordinator.run('merge', 'a.json', 'b.json', '-o', OUT);
    expect(code).toBe(EXIT.failed);
    expect(err).toContain(
      `b.json: the bundle is not signed, but "GGZ De Peel" (${ORIGIN_A}), its producer, signs with a key: it may not come from them; its records are judged each by their own signature`,
    );
    expect(quoteOf(merged, CLIP)).toBe('Wachttijd jeugd-GGZ 14 weken');
  });

  it("marks in the HTML report what came in unsigned on the coordinator's word, and nothing signed", async () => {
    const legacy = fakeObservation(5, { quote: 'Van voor de handtekeningen' }, { origin: ORIGIN_A });
    const coordinator = machine({ 'ggz.json': await ggz.fileOf([clip, legacy]) });
    const { code } = await coordinator.run('report', 'ggz.json', '--html', 'r.html', '--accept-unsigned', '--lang', 'nl');
    expect(code).toBe(EXIT.ok);
    const document = parseReport(coordinator.written.get('r.html') ?? '');
    const finding = document.querySelector('[data-finding="unsigned-records"]');
    expect(finding?.querySelector('h3')?.textContent).toBe('Niet ondertekende gegevens (1)');
    expect(finding?.querySelector('li')?.textContent).toBe('GGZ De Peel: 1');
    const marked = [...document.querySelectorAll('[data-unsigned="true"]')].map((mark) => mark.closest('.clip')?.querySelector('blockquote')?.textContent);
    expect(marked).toEqual(['Van voor de handtekeningen']);
  });

  it("has validate name a version whose signature does not verify, whichever file holds its writer's key", async () => {
    const forged = { ...clip, body: observationBody({ quote: 'Vervalst' }), updatedAt: '2026-10-04T10:00:00.000Z-0000' } as RegionRecord;
    const coordinator = machine({ 'ggz.json': await ggz.fileOf([clip]), 'derde.json': await intruder.fileOf([forged]) });
    const { code, out, err } = await coordinator.run('validate', 'ggz.json', 'derde.json');
    expect(code).toBe(EXIT.failed);
    expect(out).toEqual([expect.stringMatching(/^ok {2}ggz\.json {2}\(2 records/)]);
    expect(err).toEqual([
      'derde.json: 1 record version does not hold up:',
      `  observation ${CLIP} in the name of "GGZ De Peel" (${ORIGIN_A}): its signature does not verify against the key of "GGZ De Peel" (${ORIGIN_A}), whom it names as its writer: it was changed or made by someone else`,
      '1 of 2 files refused',
    ]);
  });
});
