import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBundle, type KnownRecords } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import type { Bundle } from '../../../shared/bundle/format.ts';
import { recordsHash } from '../../../shared/bundle/records-hash.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { RECORD_TYPES, type RegionRecord } from '../../../shared/schema/record.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { issueOutcomeId } from '../../../shared/schema/issue-outcome.ts';
import { regionSettingsId } from '../../../shared/schema/region-settings.ts';
import { replyId } from '../../../shared/schema/reply.ts';
import { recognitionId } from '../../../shared/schema/recognition.ts';
import { dotVoteId } from '../../../shared/schema/dot-vote.ts';
import { releaseApprovalId, releaseId, type ReleaseBody } from '../../../shared/schema/release.ts';
import { fakeIssueMerge, ORIGIN_A, recordId, REGION } from '../../support/fake-records.ts';

/**
 * Structurally odd JSON in every position of a bundle: each value of the header and of one record
 * of every type is replaced, in turn, by each of these. Objects that cannot be turned into text
 * (`String(value)` throws on them) are what JSON.parse makes of `{"toString":1}`; a decoder that
 * formats a value before checking its type throws on them.
 */
const ODD_VALUES: readonly unknown[] = [
  {},
  [],
  [[]],
  { toString: 1 },
  { toString: 1, valueOf: 1 },
  { toString: {}, valueOf: {}, toJSON: 1 },
  [{ toString: 1, valueOf: 1 }],
  { length: 5, 0: 'a' },
  0,
  -1,
  1.5,
  2_147_483_647,
  1e308,
  -1e308,
  true,
  false,
  null,
  '',
  ' ',
  '\u0000',
  'x'.repeat(100_000),
];

const example = JSON.parse(readFileSync(new URL('../../../examples/gemeente-helmond.json', import.meta.url), 'utf8')) as Bundle;
const releaseBody: ReleaseBody = {
  name: 'Regiobeeld 1.0',
  note: 'Eerste versie',
  releasedOn: '2026-10-07',
  digest: 'a'.repeat(64),
  recordCount: 12,
  issueCount: 1,
  issues: [{ id: recordId(1), title: 'Huisartsentekort', place: 1, score: 0.5, status: 'gedeeld', evidence: 2, mergedIds: [recordId(2)] }],
};
// The examples merge no issues and record nothing of the regiotafel: a merge, a recognition, an outcome, an afspraak, region settings, a vote with dots, a release, an akkoord and a reply stand for those types.
const oneOfEach = [
  ...new Map(example.records.map((record) => [record.type, record])).values(),
  fakeIssueMerge(2, 1),
  liveVersion(
    'recognition',
    recognitionId(ORIGIN_A, recordId(1)),
    { targetType: 'issue', targetId: recordId(1), verdict: 'not-recognised', reason: 'Niet bij ons' },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-05T09:00:00.000Z-0000' },
  ),
  liveVersion(
    'issueOutcome',
    issueOutcomeId(recordId(1)),
    { issueId: recordId(1), interpretation: 'Samen gezien', agreedBy: [ORIGIN_A], dissent: '', status: 'niet-opgepakt', statusReason: 'Buiten de opdracht' },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
  ),
  liveVersion(
    'agreement',
    recordId(0x901),
    { issueId: recordId(1), planItemId: recordId(2), what: 'Starten', ownerPartnerId: ORIGIN_A, due: '2027-03-31', done: false },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
  ),
  liveVersion(
    'regionSettings',
    regionSettingsId(ORIGIN_A),
    { issueIds: [recordId(1)], themes: ['vergrijzing', 'Wonen en zorg'], surveyRound: { surveyId: 'knelpunten', round: 1 } },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-06T09:00:00.000Z-0000' },
  ),
  liveVersion(
    'dotVote',
    dotVoteId('Regiotafel 12 maart 2027', ORIGIN_A),
    {
      round: 'Regiotafel 12 maart 2027',
      voterPartnerId: ORIGIN_A,
      budget: 5,
      dots: [
        { issueId: recordId(1), dots: 3 },
        { issueId: recordId(2), dots: 2 },
      ],
    },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-07T09:00:00.000Z-0000' },
  ),
  liveVersion('release', releaseId(ORIGIN_A, releaseBody), releaseBody, { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-07T09:00:00.000Z-0000' }),
  liveVersion(
    'releaseApproval',
    releaseApprovalId(ORIGIN_A, releaseId(ORIGIN_A, releaseBody)),
    { releaseId: releaseId(ORIGIN_A, releaseBody), verdict: 'akkoord', remark: 'Goed zo' },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-07T10:00:00.000Z-0000' },
  ),
  liveVersion(
    'reply',
    replyId(ORIGIN_A, recognitionId(ORIGIN_A, recordId(1))),
    { recognitionId: recognitionId(ORIGIN_A, recordId(1)), text: 'Bij ons wel', withdrawn: false },
    { region: REGION, origin: ORIGIN_A, updatedAt: '2026-10-08T09:00:00.000Z-0000' },
  ),
];
const sample: Bundle = {
  ...makeBundle({ ...example, records: oneOfEach as RegionRecord[] }),
  producer: {
    ...example.producer,
    ...(example.producer.kind === 'partner' ? { publicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) } } : {}),
  },
};
const sampleText = encodeBundle(sample);
const NOW = Date.parse('2026-12-01T00:00:00.000Z');

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function replaced(path: Path, value: unknown): string {
  const root = JSON.parse(sampleText) as Record<string | number, unknown>;
  if (path.length === 0) return JSON.stringify(value);
  let parent: Record<string | number, unknown> = root;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  // A changed record gets the digest it would have had if exported so, or the integrity check alone would refuse it.
  const { records, integrity } = root as { records: unknown; integrity: unknown };
  const ids = Array.isArray(records) && records.every((record) => typeof (record as { id?: unknown } | null)?.id === 'string');
  if (path[0] === 'records' && ids && integrity !== null && typeof integrity === 'object') {
    (integrity as Record<string, unknown>).recordsHash = recordsHash(records as Array<{ id: string }>);
  }
  return JSON.stringify(root);
}

describe('decodeBundle on structurally odd values', () => {
  it('starts from a sound bundle holding a record of every type', () => {
    expect(new Set(oneOfEach.map((record) => record.type)).size).toBe(RECORD_TYPES.length);
    expect(decodeBundle(sampleText, { now: NOW }).ok).toBe(true);
  });

  // Thousands of decodes: seconds on a quiet machine, more on a busy one.
  it('never throws: every value in every position of header and records gives a result with errors that name it', { timeout: 60_000 }, () => {
    const known: KnownRecords = new Map();
    decodeBundle(sampleText, { now: NOW, known });
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    let accepted = 0;
    const all = paths(JSON.parse(sampleText));
    expect(all.length).toBeGreaterThan(80);
    for (const path of all) {
      for (const value of ODD_VALUES) {
        const text = replaced(path, value);
        for (const options of [{ now: NOW }, { now: NOW, known }]) {
          let result: ReturnType<typeof decodeBundle> | undefined;
          expect(() => (result = decodeBundle(text, options)), `${JSON.stringify(path)} = ${JSON.stringify(value).slice(0, 40)}`).not.toThrow();
          if (result?.ok === true) {
            // What is accepted goes on to the analysis a report is made of, which must not stop on it either.
            const { bundle } = result;
            expect(() => analyseRegiobeeld(bundle.region, bundle.records, definitions)).not.toThrow();
            accepted += 1;
          }
          if (result !== undefined && !result.ok) {
            for (const error of result.errors) {
              expect(typeof error.message).toBe('string');
              // A problem is said in a line, not by echoing the odd value whole.
              expect(error.message.length).toBeLessThan(2_000);
              expect((error.detail ?? '').length).toBeLessThan(2_000);
            }
          }
        }
      }
    }
    // Free-form answers and texts take many of these values: the analysis is reached, not only refusals.
    expect(accepted).toBeGreaterThan(100);
  });
});
