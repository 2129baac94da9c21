import { webcrypto } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeBundle, makeBundle } from '../../shared/bundle/encode.ts';
import type { Bundle } from '../../shared/bundle/format.ts';
import { signedRecord } from '../../shared/bundle/record-signature.ts';
import { signingPayload } from '../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../shared/bundle/webcrypto-signature.ts';
import { areasOfRegion } from '../../shared/catalog/areas.ts';
import { THEMES } from '../../shared/catalog/themes.ts';
import { newerOf } from '../../shared/merge/version-order.ts';
import { liveVersion, tombstone } from '../../shared/records/versions.ts';
import { type RecordId, uuidV7 } from '../../shared/schema/ids.ts';
import type { ObservationBody } from '../../shared/schema/observation.ts';
import { DOMAINS } from '../../shared/schema/partner.ts';
import type { PublicKeyJwk } from '../../shared/schema/public-key.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { seededBytes } from '../../examples/generator/seeded-random.ts';
import { RANKING_SURVEY } from '../../examples/generator/survey-answers.ts';

const REGION = 'helmond-de-peel';
const AREAS = areasOfRegion(REGION).map((a) => a.code);
/** Records each partner wrote itself; a bundle holds its own and those of the next partners it synced with. */
const OWN = 250;
const EDITED_EVERY = 12;
const DELETED_EVERY = 25;
/** Partners this far behind in the ring synced before the edits and deletions, so their copies are older versions. */
const STALE_DISTANCE = 10;

const PHRASES = [
  'In de wijk staan steeds meer ouderen op de wachtlijst voor thuiszorg',
  'De huisartsenpraktijk neemt geen nieuwe patiënten meer aan sinds het voorjaar',
  'Jongeren wachten gemiddeld 21 weken op een behandeling in de specialistische ggz',
  'Het aantal meldingen van eenzaamheid bij 75-plussers is het afgelopen jaar gestegen',
  'Mantelzorgers geven aan dat zij de zorg voor hun naasten niet langer volhouden',
  'Op de spoedeisende hulp loopt de wachttijd op drukke avonden op tot vier uur',
  'In de dorpen zijn minder voorzieningen binnen loopafstand dan in de stad',
  'De coöperatie zoekt al maanden vergeefs naar wijkverpleegkundigen',
];
const SITES = ['Waarstaatjegemeente.nl', 'Nederlandse Zorgautoriteit', 'GGD Brabant-Zuidoost', 'Eindhovens Dagblad', 'CBS Statline', 'Vektis'];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length] as T;
}

function stamp(at: number, counter = 0): string {
  return `${new Date(at).toISOString()}-${String(counter).padStart(4, '0')}`;
}

interface Partner {
  readonly origin: RecordId;
  readonly organisation: string;
  readonly domain: (typeof DOMAINS)[number];
  /** Each record as this partner wrote it first, and where it later changed, the newer version. */
  readonly records: ReadonlyArray<{ readonly first: RegionRecord; readonly latest: RegionRecord }>;
}

function observationBody(partner: number, n: number, issueIds: readonly RecordId[], at: number): ObservationBody {
  const i = partner * OWN + n;
  const phrase = pick(PHRASES, i);
  const area = pick(AREAS, i);
  const quote = `${phrase} (${area}, meting ${i}).`;
  const kind = pick(['figure', 'signal', 'experience', 'context'] as const, i);
  const source = i % 2000;
  return {
    quote,
    source: {
      url: `https://www.${pick(['waarstaatjegemeente', 'nza', 'ggdbzo', 'ed', 'cbs', 'vektis'], source)}.nl/regio/${source}/rapportage-${source * 13}`,
      title: `Rapportage ${source}: ${pick(PHRASES, source).slice(0, 60)}`,
      siteName: pick(SITES, source),
      accessedAt: new Date(at).toISOString(),
    },
    selector: { exact: quote, prefix: 'uit de regionale monitor blijkt: ', suffix: ' Dat is meer dan een jaar eerder.', start: 1200 + (i % 5000) },
    kind,
    ...(kind === 'figure' ? { figure: { value: (i % 400) / 4, unit: '%', period: String(2019 + (i % 7)), label: 'Aandeel inwoners' } } : {}),
    areas: i % 5 === 0 ? AREAS.slice(0, 3) : [area],
    themes: [pick(THEMES, i).key, pick(THEMES, i * 3 + 1).key].filter((t, k, all) => all.indexOf(t) === k),
    interpretation: i % 3 === 0 ? 'Herkenbaar uit onze eigen praktijk; vooral in de kleinere kernen speelt dit sterk.' : '',
    issueIds: i % 5 === 0 ? issueIds.slice(0, 1) : [],
  };
}

/** One partner's own records, each with the version partners who synced early saw and the latest. */
function partnerRecords(
  p: number,
  organisation: string,
  domain: (typeof DOMAINS)[number],
  origin: RecordId,
  previousIssue: RecordId | undefined,
  random: (count: number) => Uint8Array,
  publicKey: PublicKeyJwk | undefined,
): Partner {
  const start = Date.parse('2026-03-01T08:00:00.000Z') + p * 60_000;
  let tick = 0;
  const next = () => start + (tick += 1) * 3_600_000;
  const at = (ms: number) => ({ region: REGION, origin, updatedAt: stamp(ms) });
  const same = (record: RegionRecord) => ({ first: record, latest: record });
  const out: Array<{ first: RegionRecord; latest: RegionRecord }> = [];
  out.push(
    same({
      id: origin,
      type: 'partner',
      region: REGION,
      origin,
      updatedAt: stamp(start),
      deleted: false,
      body: { organisation, domain, regionName: 'Helmond-De Peel', ...(publicKey === undefined ? {} : { publicKey }) },
    }),
  );

  const issueIds: RecordId[] = [];
  for (let k = 0; k < 2; k += 1) {
    const when = next();
    const id = uuidV7(when, random(16));
    issueIds.push(id);
    out.push(
      same(
        liveVersion(
          'issue',
          id,
          {
            title: `${pick(PHRASES, p + k).slice(0, 70)} (${organisation})`,
            description: pick(PHRASES, p * 3 + k),
            themes: [pick(THEMES, p + k).key],
            areas: [pick(AREAS, p)],
          },
          at(when),
        ),
      ),
    );
  }
  if (previousIssue !== undefined) {
    // This partner sharpened the previous partner's issue: a version by another installation, so the merge reports a conflict.
    out.push(
      same(
        liveVersion(
          'issue',
          previousIssue,
          {
            title: `Aangescherpt door ${organisation}`,
            description: 'Ook in onze regio zien wij dit, vooral bij ouderen.',
            themes: ['vergrijzing'],
            areas: [],
          },
          at(next() + 90 * 86_400_000),
        ),
      ),
    );
  }
  {
    const when = next();
    out.push(
      same(
        liveVersion(
          'surveyResponse',
          uuidV7(when, random(16)),
          {
            survey: RANKING_SURVEY,
            status: 'completed',
            completedAt: new Date(when).toISOString(),
            answers: {
              rol: 'beleid',
              werkgebied: 'hele-regio',
              'urgentie-personeelstekort': 1 + (p % 5),
              'urgentie-vergrijzing': 1 + ((p + 2) % 5),
              'top-knelpunten': issueIds,
              'eerste-prioriteit': issueIds[0] ?? null,
            },
          },
          at(when),
        ),
      ),
    );
  }
  for (let n = 0; out.length < OWN; n += 1) {
    const when = next();
    const first = liveVersion('observation', uuidV7(when, random(16)), observationBody(p, n, issueIds, when), at(when));
    let latest: RegionRecord = first;
    if (n % DELETED_EVERY === DELETED_EVERY - 1) latest = tombstone(first, { origin, updatedAt: stamp(when + 200 * 86_400_000) });
    else if (n % EDITED_EVERY === 0)
      latest = liveVersion(
        'observation',
        first.id,
        { ...observationBody(p, n, issueIds, when), interpretation: 'Bijgewerkt na het overleg met de gemeente.' },
        at(when + 150 * 86_400_000),
      );
    out.push({ first, latest });
  }
  return { origin, organisation, domain, records: out };
}

export interface ManyBundles {
  readonly files: readonly string[];
  readonly bytes: number;
  readonly records: number;
}

/**
 * `count` signed partner bundles of `perBundle` records each, written into `folder`, as a region's
 * partners produce them after syncing with each other: every bundle holds its partner's own records
 * (clips with quotes and selectors, figures, issues, a completed ranking survey, edits, deletions)
 * and the records of the partners it synced with, older versions where it synced before a change.
 * With `signRecords` every version is signed by its writer, whose partner record publishes the key,
 * as the extension exports them; without, the versions carry no signature, as before signatures.
 * Seeded: the same files on every run, except the signatures (ECDSA signs with fresh randomness).
 */
export async function writeManyBundles(folder: string, count = 200, perBundle = 5_000, seed = 5, signRecords = true): Promise<ManyBundles> {
  const random = seededBytes(seed);
  const signer = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);
  const partners: Partner[] = [];
  const keys: Array<{ privateKey: CryptoKey; publicKey: PublicKeyJwk }> = [];
  for (let p = 0; p < count; p += 1) {
    const origin = uuidV7(Date.parse('2026-02-01T08:00:00.000Z') + p * 1000, random(16));
    const previousIssue = partners[p - 1]?.records[1]?.first.id;
    const pair = await signer.generateKeyPair();
    keys.push(pair);
    const partner = partnerRecords(
      p,
      `Partner ${p + 1} ${pick(['Zorggroep', 'Gemeente', 'Welzijn', 'GGD', 'Zorgkantoor'], p)}`,
      pick(DOMAINS, p),
      origin,
      previousIssue,
      random,
      signRecords ? pair.publicKey : undefined,
    );
    if (signRecords) {
      const sign = (record: RegionRecord) => signedRecord(record, (payload) => signer.sign(pair.privateKey, payload));
      const signed = await Promise.all(
        partner.records.map(async ({ first, latest }) => {
          const signedFirst = await sign(first);
          return { first: signedFirst, latest: latest === first ? signedFirst : await sign(latest) };
        }),
      );
      partners.push({ ...partner, records: signed });
    } else partners.push(partner);
  }
  const synced = Math.min(count, Math.ceil(perBundle / OWN) + 1);
  const files: string[] = [];
  let bytes = 0;
  let records = 0;
  for (let p = 0; p < count; p += 1) {
    const partner = partners[p] as Partner;
    // A store holds one version per id: a record another partner changed is held in its newer version.
    const store = new Map<RecordId, RegionRecord>();
    for (let d = 0; d < synced && store.size < perBundle; d += 1) {
      const other = partners[(p + d) % count] as Partner;
      for (const { first, latest } of other.records) {
        const version = d < STALE_DISTANCE ? latest : first;
        const known = store.get(version.id);
        if (known !== undefined) store.set(version.id, newerOf(known, version));
        else if (store.size < perBundle) store.set(version.id, version);
      }
    }
    const held = [...store.values()];
    const { privateKey, publicKey } = keys[p] as (typeof keys)[number];
    const unsigned: Bundle = makeBundle({
      region: REGION,
      producer: { kind: 'partner', partnerId: partner.origin, organisation: partner.organisation, domain: partner.domain, publicKey },
      exportedAt: '2026-11-20T12:00:00.000Z',
      records: held,
      surveyDefinitions: held.some((r) => r.type === 'surveyResponse' && !r.deleted) ? [RANKING_SURVEY] : [],
    });
    const bundle: Bundle = { ...unsigned, integrity: { ...unsigned.integrity, signature: await signer.sign(privateKey, signingPayload(unsigned)) } };
    const text = encodeBundle(bundle);
    const file = join(folder, `partner-${partner.origin}.json`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    records += held.length;
  }
  return { files, bytes, records };
}
