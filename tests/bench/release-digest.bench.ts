import { performance } from 'node:perf_hooks';
import { webcrypto } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical/canonical-json.ts';
import { compareText } from '../../shared/canonical/compare-text.ts';
import { sha256Hex } from '../../shared/canonical/hash.ts';
import { releaseDigest, releasedRecords, webCryptoReleaseDigest } from '../../shared/regiobeeld/releases.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { manyObservations } from './regiobeeld.bench.ts';
import type { Measurement } from './report.ts';

const RECORDS = 50_000;
const ROUNDS = 10;

/** The digest as bundle version 9 first defined it, over `[id, updatedAt]` only: the baseline. */
function idClockDigest(records: readonly RegionRecord[]): string {
  const versions = releasedRecords(records)
    .map((record): [string, string] => [record.id, record.updatedAt])
    .sort((a, b) => compareText(a[0], b[0]));
  return sha256Hex(canonicalJson(versions));
}

/**
 * The release digest of 50,000 records (issue 16), as the dashboard works it out (WebCrypto) and
 * as the release transaction does (pure JavaScript, fed version by version); the baseline is the
 * first definition, which hashed only `[id, updatedAt]` and so could not tell versions apart.
 */
export async function benchReleaseDigest(): Promise<Measurement[]> {
  const records = manyObservations(RECORDS);
  const byWebCrypto = webCryptoReleaseDigest(webcrypto.subtle);
  const web: number[] = [];
  const pure: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let start = performance.now();
    idClockDigest(records);
    baseline.push(performance.now() - start);
    start = performance.now();
    const native = await byWebCrypto(records);
    web.push(performance.now() - start);
    start = performance.now();
    const synchronous = releaseDigest(records);
    pure.push(performance.now() - start);
    if (native !== synchronous) throw new Error('WebCrypto and the pure hash give different digests');
  }
  const what = (how: string) =>
    `Node, ${RECORDS.toLocaleString('en')} observations of 40 partners. One sample = the digest of every version whole but its signature, ${how}.`;
  const base = { what: 'the first digest, of `[id, updatedAt]` per version only, pure JavaScript over one joined text', samples: baseline };
  return [
    {
      name: 'Releases: digest of 50,000 records by WebCrypto (issue 16)',
      what: what('by WebCrypto (`webCryptoReleaseDigest`, the dashboard)'),
      samples: web,
      baseline: base,
    },
    {
      name: 'Releases: digest of 50,000 records, pure JavaScript (issue 16)',
      what: what('pure JavaScript fed version by version (`releaseDigest`, inside the release transaction)'),
      samples: pure,
      baseline: base,
    },
  ];
}
