import { openRegiobeeldDb, type RegiobeeldDb } from '../../../extension/db/schema.ts';
import { createRecordStore, type PartnerInput, type RecordStore } from '../../../extension/services/record-store.ts';

export const START = Date.parse('2026-11-22T10:00:00.000Z');

export const PARTNER_A: PartnerInput = { organisation: 'GGZ Oost-Brabant', domain: 'zorg', regionName: 'Helmond-De Peel' };
export const PARTNER_B: PartnerInput = {
  organisation: 'Gemeente Helmond',
  domain: 'sociaal-domein',
  regionName: 'Helmond-De Peel',
  contactName: 'An de Vries',
};

let dbCount = 0;

/** A database no other test touches. */
export function freshDbName(): string {
  dbCount += 1;
  return `regiobeeld-test-${dbCount}-${crypto.randomUUID()}`;
}

/** Bytes from a seeded generator, so ids differ between stores yet repeat between runs. */
export function seededRandom(seed: number): (length: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (length) =>
    Uint8Array.from({ length }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) & 0xff;
    });
}

export interface TestStore {
  readonly db: RegiobeeldDb;
  readonly store: RecordStore;
  /** Moves this store's wall clock. */
  advance(ms: number): void;
  setNow(ms: number): void;
}

export function testStore({ name = freshDbName(), seed = 1, start = START }: { name?: string; seed?: number; start?: number } = {}): TestStore {
  const db = openRegiobeeldDb(name);
  let now = start;
  const store = createRecordStore({ db, now: () => now, random: seededRandom(seed) });
  return {
    db,
    store,
    advance: (ms) => {
      now += ms;
    },
    setNow: (ms) => {
      now = ms;
    },
  };
}

export function clipBody(quote: string, url = 'https://www.waarstaatjegemeente.nl/helmond') {
  return {
    quote,
    source: { url, title: 'Waar staat je gemeente: Helmond', accessedAt: '2026-11-22T10:00:00.000Z' },
    kind: 'signal' as const,
    areas: [],
    themes: [],
    interpretation: '',
    issueIds: [],
  };
}
