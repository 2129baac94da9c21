import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { mergeRecords } from '../../../shared/merge/merge-records.ts';
import { issueDomainFigures } from '../../../shared/regiobeeld/issue-domains.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { canonicalJson } from '../../../shared/canonical/canonical-json.ts';
import { type RegionRecord, RegionRecord as RegionRecordSchema } from '../../../shared/schema/record.ts';
import { offeredIssues } from '../../../shared/survey/dynamic-choices.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { fakeIssue, fakeIssueMerge, fakeObservation, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { I1, I2, I3, threePartners } from '../regiobeeld/fixture.ts';
import { PARTNER, responseRecord, toets } from './support/toets-survey.ts';

const definitions = [toets(1)];
const withoutResponses = () => threePartners().filter((record) => record.type !== 'surveyResponse');

/**
 * Each partner ranked what it had: the sociaal domein answered before I2 and I3 reached it, the
 * verzekeraar saw I2 and left it out.
 */
function rankedWhatTheyHad(): RegionRecord[] {
  return [
    ...withoutResponses(),
    responseRecord(1, PARTNER.zorg, { top: [I1, I2] }, { offered: { top: [I1, I2] } }),
    responseRecord(2, PARTNER.verzekeraar, { top: [I3, I1] }, { offered: { top: [I1, I2, I3] } }),
    responseRecord(3, PARTNER.sociaal, { top: [I1] }, { offered: { top: [I1] } }),
  ];
}

const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, records, definitions);
const priorityOf = (records: readonly RegionRecord[], id: string) => analyse(records).issues.issues.find((issue) => issue.id === id)?.priority;

describe('a ranking read against what it offered', () => {
  it('counts an issue only for those who could rank it: how many could, and its score among them', () => {
    // I2: offered to zorg (second of two: half the points) and verzekeraar (left out): 0.5 over 2.
    expect(priorityOf(rankedWhatTheyHad(), I2)).toMatchObject({ respondents: 3, n: 1, offeredTo: 2, score: 0.25 });
    // I3: offered to the verzekeraar alone, who put it first.
    expect(priorityOf(rankedWhatTheyHad(), I3)).toMatchObject({ n: 1, offeredTo: 1, score: 1 });
  });

  it('names no domain difference from a domain that never saw the issue', () => {
    const analysis = analyse(rankedWhatTheyHad());
    expect(analysis.issues.issues.find((issue) => issue.id === I3)?.priority?.domainGap).toBeNull();
    // Counted as zeros, as before, zorg and the sociaal domein would have differed from the verzekeraar by the whole scale.
    const asZeros: RegionRecord[] = [
      ...withoutResponses(),
      responseRecord(1, PARTNER.zorg, { top: [I1, I2] }),
      responseRecord(2, PARTNER.verzekeraar, { top: [I3, I1] }),
      responseRecord(3, PARTNER.sociaal, { top: [I1] }),
    ];
    expect(analyse(asZeros).issues.issues.find((issue) => issue.id === I3)?.priority?.domainGap?.difference).toBe(1);
    const issue = analysis.issues.issues.find((summary) => summary.id === I3);
    if (issue === undefined) throw new Error('no I3');
    expect(issueDomainFigures(issue, analysis.surveys).map((row) => [row.domain, row.offeredTo, row.n])).toEqual([
      ['zorg', 0, 0],
      ['sociaal-domein', 0, 0],
      ['verzekeraar', 1, 1],
    ]);
  });

  it('counts a ranked issue as seen, even when the response forgot to offer it', () => {
    const records = [...withoutResponses(), responseRecord(1, PARTNER.zorg, { top: [I2] }, { offered: { top: [I1] } })];
    expect(priorityOf(records, I2)).toMatchObject({ n: 1, offeredTo: 1, score: 1 });
  });

  it('reads an issue offered under a name merged away as offered under the survivor', () => {
    const records = [
      ...withoutResponses(),
      fakeIssueMerge(3, 2),
      responseRecord(1, PARTNER.zorg, { top: [I1] }, { offered: { top: [I1, I3] } }),
      responseRecord(2, PARTNER.verzekeraar, { top: [I2] }, { offered: { top: [I2] } }),
    ];
    expect(priorityOf(records, I2)).toMatchObject({ n: 1, offeredTo: 2, score: 0.5 });
  });

  it('puts no issue nobody could rank under "much evidence, low priority"', () => {
    const clips = [0x20, 0x21, 0x22].map((n) => fakeObservation(n, { issueIds: [I3] }, { origin: PARTNER.sociaal }));
    const answered = (offered: boolean): RegionRecord[] => [
      ...withoutResponses(),
      ...clips,
      responseRecord(1, PARTNER.zorg, { top: [I1, I2] }, offered ? { offered: { top: [I1, I2] } } : {}),
      responseRecord(2, PARTNER.verzekeraar, { top: [I2] }, offered ? { offered: { top: [I1, I2] } } : {}),
    ];
    const lowPriority = (records: RegionRecord[]) => analyse(records).agenda.flatMap((item) => (item.kind === 'evidence-low-priority' ? [item.issueId] : []));
    expect(priorityOf(answered(true), I3)).toMatchObject({ n: 0, offeredTo: 0 });
    expect(lowPriority(answered(true))).toEqual([]);
    // Offered to both and ranked by neither, it is low priority indeed.
    expect(lowPriority(answered(false))).toEqual([I3]);
  });

  it('counts "other" and "none" as offered beside the issues', () => {
    const definition = toets(1);
    const question = definition.questions.find((candidate) => candidate.name === 'top');
    const builtIn = question?.kind === 'ranking' ? question.choices.map((choice) => choice.value).filter((value) => value === 'other' || value === 'none') : [];
    for (const value of builtIn) {
      const records = [...withoutResponses(), responseRecord(1, PARTNER.zorg, { top: [I1] }, { offered: { top: [I1] } })];
      const top = analyse(records).surveys.surveys[0]?.questions.find((candidate) => candidate.question === 'top');
      const choice = top?.kind === 'ranking' ? top.overall.choices.find((candidate) => candidate.value === value) : undefined;
      expect(choice?.offeredTo).toBe(1);
    }
  });

  it('says nothing of what it offered beyond the bound, rather than refusing every save', () => {
    const many = Array.from({ length: LIMITS.offeredIssues + 1 }, (_, n) => ({ id: recordId(0x10000 + n), title: `k${n}` }));
    expect(offeredIssues(toets(1), many)).toEqual([]);
    expect(offeredIssues(toets(1), many.slice(1)).map((entry) => entry.issueIds.length)).toEqual([LIMITS.offeredIssues]);
  });

  it('offers the issues to every question that takes them, and says nothing when there are none', () => {
    const issues = [
      { id: I1, title: 'a' },
      { id: I2, title: 'b' },
      { id: I1, title: 'a' },
    ];
    expect(offeredIssues(toets(1), issues)).toEqual([{ question: 'top', issueIds: [I1, I2] }]);
    expect(offeredIssues(toets(1), [])).toEqual([]);
  });
});

describe('what a response offered, as a record field', () => {
  const response = responseRecord(1, PARTNER.zorg, { top: [I1] }, { offered: { top: [I1, I2] } });
  const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };

  it('is bounded and names each question once', () => {
    expect(RegionRecordSchema.safeParse(response).success).toBe(true);
    const twice = { ...response, body: { ...response.body, offered: [...(response.body.offered ?? []), { question: 'top', issueIds: [] }] } };
    expect(RegionRecordSchema.safeParse(twice).success).toBe(false);
    const notIds = { ...response, body: { ...response.body, offered: [{ question: 'top', issueIds: ['I1'] }] } };
    expect(RegionRecordSchema.safeParse(notIds).success).toBe(false);
    const tooMany = { ...response, body: { ...response.body, offered: [{ question: 'top', issueIds: Array.from({ length: 5_001 }, (_, n) => recordId(n)) }] } };
    const parsed = RegionRecordSchema.safeParse(tooMany);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['body.offered.0.issueIds']);
    const ids = (from: number) => Array.from({ length: 5_000 }, (_, n) => recordId(from + n));
    const overall = { ...response, body: { ...response.body, offered: [0, 1, 2, 3, 4].map((n) => ({ question: `q${n}`, issueIds: ids(n * 5_000) })) } };
    const refused = RegionRecordSchema.safeParse(overall);
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.message)).toEqual(['names more than 20000 issues over all questions']);
  });

  it('travels in a bundle of version 4; a bundle that says 3 cannot carry it, and one without it stays 2', () => {
    const bundle = makeBundle({ ...content, records: [fakeIssue(1), response] });
    expect(bundle.schemaVersion).toBe(4);
    expect(makeBundle({ ...content, records: [fakeIssue(1), responseRecord(1, PARTNER.zorg, { top: [I1] })] }).schemaVersion).toBe(2);
    const decoded = decodeBundle(encodeBundle(bundle), { now: NOW });
    expect(decoded.ok && decoded.bundle.records.find((record) => record.type === 'surveyResponse')).toEqual(response);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 3 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => [error.code, error.recordId, error.message])).toEqual([
      ['invalid-record', response.id, 'this surveyResponse record needs bundle version 4, this bundle says 3'],
    ]);
  });

  it('merges by the laws of every record: the newer version wins whole, in any order', () => {
    const version = fc
      .record({ tick: fc.integer({ min: 0, max: 2 }), offered: fc.subarray([I1, I2, I3]), said: fc.boolean() })
      .map(({ tick, offered, said }) =>
        responseRecord(1, PARTNER.zorg, { top: [I1] }, { at: `2026-10-02T09:00:00.000Z-000${tick}`, ...(said ? { offered: { top: offered } } : {}) }),
      );
    fc.assert(
      fc.property(fc.array(version, { maxLength: 4 }), fc.array(version, { maxLength: 4 }), (a, b) => {
        expect(canonicalJson(mergeRecords([a, b]).records)).toBe(canonicalJson(mergeRecords([b, a]).records));
        expect(canonicalJson(mergeRecords([a, a]).records)).toBe(canonicalJson(mergeRecords([a]).records));
      }),
      { numRuns: 300 },
    );
  });
});
