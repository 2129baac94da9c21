import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAuthenticity } from '../../../shared/bundle/record-authenticity.ts';
import { signedRecord } from '../../../shared/bundle/record-signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import type { HlcTimestamp } from '../../../shared/clock/hlc.ts';
import { createRecordMerger } from '../../../shared/merge/merge-records.ts';
import { versionClashes } from '../../../shared/merge/version-clashes.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { PublicKeyJwk } from '../../../shared/schema/public-key.ts';
import type { RecordOfType, RegionRecord } from '../../../shared/schema/record.ts';
import { deleted, fakeIssue, fakeObservation, ORIGIN_A, ORIGIN_B, recordId, REGION } from '../../support/fake-records.ts';

const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
const ORIGIN_C = recordId(0xc);
const ORIGINS: readonly RecordId[] = [ORIGIN_A, ORIGIN_B, ORIGIN_C];
// Few clock times, ids and texts, so partners write versions of one another's records and honest
// versions tie and clash among themselves too.
const FIRST: HlcTimestamp = '2026-10-01T09:00:00.000Z-0000';
const TIMES: readonly HlcTimestamp[] = [FIRST, '2026-10-01T09:00:00.000Z-0001', '2026-10-02T09:00:00.000Z-0000'];
/** After every time of `TIMES`: a forgery made to win over every honest version. */
const LATER: HlcTimestamp = '2026-11-01T09:00:00.000Z-0000';
const TEXTS = ['Tekort aan huisartsen', 'Vergrijzing', 'Eenzaamheid'] as const;
// Signing and verifying are asynchronous WebCrypto calls: a few dozen worlds already try every kind of forgery.
const runs = { numRuns: 50 };

interface Installation {
  readonly publicKey: PublicKeyJwk;
  readonly sign: <R extends RegionRecord>(record: R) => Promise<R>;
  readonly partner: RecordOfType<'partner'>;
}

const installations = new Map<RecordId, Installation>();
let partnerRecords: RegionRecord[] = [];

function installation(origin: RecordId): Installation {
  const found = installations.get(origin);
  if (found === undefined) throw new Error(`no installation ${origin}`);
  return found;
}

beforeAll(async () => {
  for (const [n, origin] of ORIGINS.entries()) {
    const { privateKey, publicKey } = await signer.generateKeyPair();
    const sign = <R extends RegionRecord>(record: R) => signedRecord(record, (payload) => signer.sign(privateKey, payload));
    const body = { organisation: `Partner ${n + 1}`, domain: 'zorg' as const, regionName: 'Helmond-De Peel', publicKey };
    const partner = await sign(liveVersion('partner', origin, body, { region: REGION, origin, updatedAt: FIRST }));
    installations.set(origin, { publicKey, sign, partner });
  }
  partnerRecords = ORIGINS.map((origin) => installation(origin).partner);
});

/** What a version is made of, so a forgery can be made by changing one part of it. */
interface Spec {
  readonly writer: RecordId;
  readonly id: number;
  readonly updatedAt: HlcTimestamp;
  readonly text: string;
  readonly deleted: boolean;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  writer: fc.constantFrom(...ORIGINS),
  id: fc.integer({ min: 1, max: 4 }),
  updatedAt: fc.constantFrom(...TIMES),
  text: fc.constantFrom(...TEXTS),
  deleted: fc.boolean(),
});

function versionOf({ writer, id, updatedAt, text, deleted: isDeleted }: Spec): RegionRecord {
  const at = { origin: writer, updatedAt };
  // An id keeps its type: odd ids are issues, even ones observations.
  const live = id % 2 === 1 ? fakeIssue(id, { title: text }, at) : fakeObservation(id, { quote: text }, at);
  return isDeleted ? deleted(live, at) : live;
}

/** Partners' own versions, each signed by its writer, beside every partner record. */
interface World {
  readonly specs: readonly Spec[];
  readonly own: readonly RegionRecord[];
  readonly versions: readonly RegionRecord[];
}

const worldSpecs = fc.array(spec, { minLength: 1, maxLength: 6 });

async function worldOf(specs: readonly Spec[]): Promise<World> {
  const own = await Promise.all(specs.map((s) => installation(s.writer).sign(versionOf(s))));
  return { specs, own, versions: [...partnerRecords, ...own] };
}

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length] as T;
}

function otherThan<T>(items: readonly T[], not: T, n: number): T {
  return pick(
    items.filter((item) => item !== not),
    n,
  );
}

/** The forgery anywhere in the list: the verdict must not depend on where a file put it. */
function withForgery(versions: readonly RegionRecord[], forged: RegionRecord, position: number): RegionRecord[] {
  const at = position % (versions.length + 1);
  return [...versions.slice(0, at), forged, ...versions.slice(at)];
}

/**
 * What a coordinator's merge keeps: versions refused by their signature go, then those in a clash
 * with another authentic version. Clashes are sought among the authentic ones only, as the CLI and
 * the extension do: a forgery under an honest version's clock time and writer would otherwise push
 * that version out.
 */
async function authenticMerge(versions: readonly RegionRecord[], acceptUnsigned = false): Promise<RegionRecord[]> {
  const { refused } = await checkAuthenticity(versions, signer, { pinned: new Map(), acceptUnsigned });
  const refusedAt = new Set(refused.map((refusal) => refusal.index));
  const authentic = versions.filter((_, index) => !refusedAt.has(index));
  const clashing = new Set(versionClashes(authentic).map((clash) => clash.index));
  const merger = createRecordMerger();
  authentic.forEach((record, index) => {
    if (!clashing.has(index)) merger.add(record);
  });
  return merger.result().records;
}

async function expectUnchangedBy(world: World, forged: RegionRecord, position: number): Promise<void> {
  expect(await authenticMerge(withForgery(world.versions, forged, position))).toEqual(await authenticMerge(world.versions));
}

type Tamper = 'body' | 'updatedAt' | 'deleted' | 'origin';

/** One field of the version changed; a tombstone has no text to change, so its "body" change brings it back to life. */
function tamperedSpec(s: Spec, how: Tamper, n: number): Spec {
  switch (how) {
    case 'body':
      return { ...s, text: otherThan(TEXTS, s.text, n), deleted: false };
    case 'updatedAt':
      return { ...s, updatedAt: otherThan([...TIMES, LATER], s.updatedAt, n) };
    case 'deleted':
      return { ...s, deleted: !s.deleted };
    case 'origin':
      return { ...s, writer: otherThan(ORIGINS, s.writer, n) };
  }
}

/** A newer version of a partner's record: edited, or deleted. */
function newerSpec(s: Spec, n: number, deletes: boolean): Spec {
  return { ...s, updatedAt: LATER, text: otherThan(TEXTS, s.text, n), deleted: deletes };
}

/** A later partner record of `partner`, unsigned, under another name and publishing the key of `keyOf`. */
function unsignedPartner(partner: RecordId, keyOf: RecordId): RegionRecord {
  const body = { organisation: 'Vervalst', domain: 'zorg' as const, regionName: 'Helmond-De Peel', publicKey: installation(keyOf).publicKey };
  return liveVersion('partner', partner, body, { region: REGION, origin: partner, updatedAt: LATER });
}

describe('a forged version never changes the merged result', () => {
  it('a version changed after it was signed, keeping its signature', async () => {
    const world = await worldOf([{ writer: ORIGIN_A, id: 1, updatedAt: FIRST, text: 'Tekort aan huisartsen', deleted: false }]);
    const forged = {
      ...versionOf({ writer: ORIGIN_A, id: 1, updatedAt: LATER, text: 'Geen tekort', deleted: false }),
      signature: pick(world.own, 0).signature,
    };
    expect(await authenticMerge([...world.versions, forged])).toEqual(await authenticMerge(world.versions));
  });

  it('a version with one of its fields changed and its old signature', async () => {
    const tamper = fc.constantFrom<Tamper>('body', 'updatedAt', 'deleted', 'origin');
    await fc.assert(
      fc.asyncProperty(worldSpecs, fc.nat(), tamper, fc.nat(), fc.nat(), async (specs, target, how, n, position) => {
        const world = await worldOf(specs);
        const original = pick(world.own, target);
        const forged = { ...versionOf(tamperedSpec(pick(world.specs, target), how, n)), signature: original.signature };
        await expectUnchangedBy(world, forged, position);
      }),
      runs,
    );
  });

  it("a version carrying another version's signature", async () => {
    const world = await worldOf([
      { writer: ORIGIN_A, id: 1, updatedAt: FIRST, text: 'Tekort aan huisartsen', deleted: false },
      { writer: ORIGIN_A, id: 2, updatedAt: FIRST, text: 'Vergrijzing', deleted: false },
    ]);
    const forged = {
      ...versionOf({ writer: ORIGIN_A, id: 1, updatedAt: LATER, text: 'Eenzaamheid', deleted: false }),
      signature: pick(world.own, 1).signature,
    };
    expect(await authenticMerge([...world.versions, forged])).toEqual(await authenticMerge(world.versions));
  });

  it("a version whose signature is another version's, or made by another partner's key", async () => {
    const resign = fc.oneof(
      fc.record({ by: fc.constant('other version' as const), n: fc.nat() }),
      fc.record({ by: fc.constant('other key' as const), n: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(worldSpecs, fc.nat(), resign, fc.nat(), async (specs, target, { by, n }, position) => {
        const world = await worldOf(specs);
        const original = pick(world.own, target);
        const forged =
          by === 'other version'
            ? { ...original, signature: otherThan(world.versions, original, n).signature }
            : await installation(otherThan(ORIGINS, original.origin, n)).sign(original);
        await expectUnchangedBy(world, forged, position);
      }),
      runs,
    );
  });

  it("a newer version of B's record that C signed, in C's bundle", async () => {
    const world = await worldOf([{ writer: ORIGIN_B, id: 2, updatedAt: FIRST, text: 'Vergrijzing', deleted: false }]);
    const forged = await installation(ORIGIN_C).sign(versionOf({ writer: ORIGIN_B, id: 2, updatedAt: LATER, text: 'Geen vergrijzing', deleted: false }));
    const bundleOfC = [installation(ORIGIN_C).partner, forged];
    expect(await authenticMerge([...world.versions, ...bundleOfC])).toEqual(await authenticMerge(world.versions));
  });

  it("a newer version, edited or deleted, of one partner's record signed by another partner", async () => {
    // Which bundle carries a version plays no part: it is judged by its own signature alone, so
    // C's bundle is the list with C's forgery in it.
    await fc.assert(
      fc.asyncProperty(worldSpecs, fc.nat(), fc.nat(), fc.boolean(), fc.nat(), async (specs, target, n, deletes, position) => {
        const world = await worldOf(specs);
        const owned = pick(world.specs, target);
        const forger = otherThan(ORIGINS, owned.writer, n);
        const forged = await installation(forger).sign(versionOf(newerSpec(owned, n, deletes)));
        await expectUnchangedBy(world, forged, position);
      }),
      runs,
    );
  });

  it('a newer unsigned version of a partner with a key, unless unsigned versions are let in', async () => {
    const world = await worldOf([{ writer: ORIGIN_A, id: 1, updatedAt: FIRST, text: 'Tekort aan huisartsen', deleted: false }]);
    const unsigned = versionOf({ writer: ORIGIN_A, id: 1, updatedAt: LATER, text: 'Geen tekort', deleted: false });
    expect(await authenticMerge([...world.versions, unsigned])).toEqual(await authenticMerge(world.versions));
    expect(await authenticMerge([...world.versions, unsigned], true)).toContainEqual(unsigned);
  });

  it("a newer unsigned version of any of a partner's records, its partner record too", async () => {
    await fc.assert(
      fc.asyncProperty(worldSpecs, fc.constantFrom('own', 'partner'), fc.nat(), fc.boolean(), fc.nat(), async (specs, of, n, deletes, position) => {
        const world = await worldOf(specs);
        const forged =
          of === 'own' ? versionOf(newerSpec(pick(world.specs, n), n, deletes)) : unsignedPartner(pick(ORIGINS, n), otherThan(ORIGINS, pick(ORIGINS, n), n));
        await expectUnchangedBy(world, forged, position);
      }),
      runs,
    );
  });
});
