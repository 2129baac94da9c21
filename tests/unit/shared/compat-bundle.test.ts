import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { bundleVersionFor } from '../../../shared/bundle/format.ts';
import { checkAuthenticity } from '../../../shared/bundle/record-authenticity.ts';
import { recordSigningPayload } from '../../../shared/bundle/record-signature.ts';
import { checkSignature } from '../../../shared/bundle/signature.ts';
import { createWebCryptoSignature } from '../../../shared/bundle/webcrypto-signature.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { type RecordOfType, type RecordType, type RegionRecord, RegionRecord as RegionRecordSchema } from '../../../shared/schema/record.ts';
import { issueMergeId } from '../../../shared/schema/issue-merge.ts';
import type { PublicKeyJwk } from '../../../shared/schema/public-key.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
import { definitionRef } from '../../../shared/survey/definition.ts';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';

const FILE = resolve(import.meta.dirname, '../../fixtures/compat/bundle-v1.json');
/**
 * The frozen bundle of version 1, by its bytes. Every future Regiobeeld must still read exactly this
 * file: never regenerate or edit it, and never change this digest to make the test pass. A new bundle
 * format adds a new frozen file (bundle-v2.json, …) with its own test beside this one.
 */
const FROZEN_SHA256 = 'b7cfdd413f5bc64b0324bbed55cc79e84ef6fa53d121cfed50e8bddb611b0675';
/** A day after the bundle's own times, so none of them is in the future. */
const NOW = Date.parse('2026-11-22T12:00:00.000Z');

const bytes = readFileSync(FILE);

const PARTNER = '01a05c16-e740-7346-b9bc-6c3e63764a09';
const SIGNAL = '01a08080-cd80-7501-acad-84c55be8400a';
const FIGURE = '01a0868a-3680-75e8-a30e-3e81fef64250';
const ISSUE = '01a08a8b-9a80-7dec-89f9-d9bf4000dbda';
const CONTEXT = '01a0a4bd-d760-781c-aa01-26349765ae77';
const TOMBSTONE = '01a0ab16-e700-779e-8eb4-083c99170473';
const RESPONSE = '01a10c26-5080-7e9a-bcf9-b7b1d5dc2800';
const PLAN_ITEM = '01a12f8e-0900-7468-8b46-9fe8c9a54007';
const LINK_TO_ISSUE = '4dfe6cd2-efc2-87d3-8dc0-4148ca0be358';
const LINK_TO_FINDING = 'cf598541-9178-855f-8e04-a5cf7d45848e';

function decoded() {
  const result = decodeBundle(bytes, { now: NOW });
  if (!result.ok) throw new Error(`the frozen v1 bundle no longer decodes: ${result.errors.map((e) => `${e.path ?? ''} ${e.message}`).join('; ')}`);
  return result.bundle;
}

function record<T extends RecordType>(records: readonly RegionRecord[], id: string, type: T): RecordOfType<T> {
  const found = records.find((r) => r.id === id);
  if (found?.type !== type) throw new Error(`expected a ${type} record ${id}, found ${found?.type ?? 'none'}`);
  return found as RecordOfType<T>;
}

function body<T extends RecordType>(records: readonly RegionRecord[], id: string, type: T): NonNullable<RecordOfType<T>['body']> {
  const { body } = record(records, id, type);
  if (body === undefined) throw new Error(`expected ${id} to keep its body`);
  return body as NonNullable<RecordOfType<T>['body']>;
}

describe('the frozen bundle of version 1 (tests/fixtures/compat/bundle-v1.json)', () => {
  it('is byte for byte the file that was frozen', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(FROZEN_SHA256);
  });

  it('decodes with the current decoder: a partner export of version 1 from GGD Brabant-Zuidoost', () => {
    const bundle = decoded();
    expect(bundle.format).toBe('regiobeeld-bundle');
    expect(bundle.schemaVersion).toBe(1);
    expect(bundle.region).toBe('helmond-de-peel');
    expect(bundle.exportedAt).toBe('2026-10-21T15:00:00.000Z');
    expect(bundle.producer).toEqual({ kind: 'partner', partnerId: PARTNER, organisation: 'GGD Brabant-Zuidoost', domain: 'publieke-gezondheid' });
    expect(bundle.surveyDefinitions).toEqual([
      { id: 'knelpunten-en-prioriteiten', version: 1, hash: '37055a6bb2a9d0ccd0aacbe327b886691fc2f241451bc5b8bc4764eff46c251f' },
    ]);
    expect(bundle.integrity).toEqual({ algorithm: 'SHA-256', recordsHash: '5ba6c27a7c8430c3371985927915489b3b3f57c3abc1db6b7012c63796366e96' });
  });

  it('holds one record of every type version 1 had, a tombstone among them, all unsigned and all written by the partner', () => {
    const { records } = decoded();
    expect(records.map((r) => [r.id, r.type, r.deleted])).toEqual([
      [PARTNER, 'partner', false],
      [SIGNAL, 'observation', false],
      [FIGURE, 'observation', false],
      [ISSUE, 'issue', false],
      [CONTEXT, 'observation', false],
      [TOMBSTONE, 'observation', true],
      [RESPONSE, 'surveyResponse', false],
      [PLAN_ITEM, 'planItem', false],
      [LINK_TO_ISSUE, 'traceLink', false],
      [LINK_TO_FINDING, 'traceLink', false],
    ]);
    expect(records.every((r) => r.signature === undefined && r.origin === PARTNER && r.region === 'helmond-de-peel')).toBe(true);
  });

  it('keeps the field values of each record as written', () => {
    const { records } = decoded();
    expect(record(records, PARTNER, 'partner').updatedAt).toBe('2026-09-01T08:30:00.000Z-0000');
    expect(body(records, PARTNER, 'partner')).toEqual({
      organisation: 'GGD Brabant-Zuidoost',
      domain: 'publieke-gezondheid',
      regionName: 'Helmond-De Peel',
      contactName: 'Team Epidemiologie, regio Peel',
    });

    // An observation clipped as a quote: a selected passage, with where it was found.
    const signal = body(records, SIGNAL, 'observation');
    expect(signal.kind).toBe('signal');
    expect(signal.quote).toBe('Wijkverpleegkundigen in Helmond zien steeds vaker ouderen die weken niemand spreken behalve de zorgverlener.');
    expect(signal.selector).toEqual({ exact: signal.quote, prefix: 'eenzaamheid in de wijk. ', suffix: ' Volgens de gemeente', start: 1184 });
    expect(signal.source.url).toBe('https://www.ed.nl/helmond/ouderen-in-helmond-vaker-eenzaam');
    expect(signal.source.pageUrl).toBe('https://www.ed.nl/helmond/ouderen-in-helmond-vaker-eenzaam?utm_source=nieuwsbrief');
    expect([signal.source.siteName, signal.source.byline, signal.source.publishedAt, signal.source.lang]).toEqual([
      'Eindhovens Dagblad',
      'Redactie Helmond',
      '2026-09-07',
      'nl',
    ]);
    expect(signal.issueIds).toEqual([ISSUE]);
    expect(signal.areas).toEqual(['GM0794']);

    // An observation as a figure.
    const figure = body(records, FIGURE, 'observation');
    expect(figure.kind).toBe('figure');
    expect(figure.figure).toEqual({ value: 14.8, unit: '%', period: '2024', label: '75-plussers dat zich ernstig eenzaam voelt' });
    expect(figure.source.siteName).toBe('GGD Brabant-Zuidoost');
    expect(figure.areas).toEqual(['GM0794', 'GM0762', 'GM1652', 'GM1659', 'GM0743', 'GM0847']);
    expect(figure.themes).toEqual(['vergrijzing', 'leefomgeving', 'gezondheid-leefstijl']);

    // A whole page clipped: its description stands as the quote.
    const context = body(records, CONTEXT, 'observation');
    expect([context.kind, context.captureNote, context.selector]).toEqual(['context', 'whole-page', undefined]);
    expect(context.quote).toBe(context.source.description);

    const tombstone = record(records, TOMBSTONE, 'observation');
    expect([tombstone.deleted, tombstone.body, tombstone.updatedAt]).toEqual([true, undefined, '2026-09-17T08:02:00.000Z-0000']);

    expect(body(records, ISSUE, 'issue').title).toBe('Eenzaamheid onder thuiswonende ouderen');

    const response = body(records, RESPONSE, 'surveyResponse');
    expect([response.survey.id, response.survey.version, response.status, response.completedAt, response.round]).toEqual([
      'knelpunten-en-prioriteiten',
      1,
      'completed',
      '2026-10-05T13:00:00.000Z',
      undefined,
    ]);
    expect(response.answers['eerste-prioriteit']).toBe('vergrijzing');
    expect(response.answers['urgentie-vergrijzing']).toBe(5);
    expect(response.answers['top-knelpunten']).toEqual(['vergrijzing', 'mentale-gezondheid', 'gezondheidsverschillen', 'personeelstekort', 'druk-acute-zorg']);

    const plan = body(records, PLAN_ITEM, 'planItem');
    expect([plan.level, plan.status, plan.period, plan.ownerPartnerIds]).toEqual(['action', 'gepland', '2027', [PARTNER]]);
    expect(plan.indicator).toEqual({ measure: 'aandeel 75-plussers dat zich ernstig eenzaam voelt', baselineObservationId: FIGURE });

    const toIssue = body(records, LINK_TO_ISSUE, 'traceLink');
    expect(toIssue).toEqual({
      fromId: PLAN_ITEM,
      toType: 'issue',
      toId: ISSUE,
      rationale: 'De actie pakt dit knelpunt aan.',
      evidenceAt: '2026-09-10T09:00:00.000Z-0000',
    });
    const toFinding = body(records, LINK_TO_FINDING, 'traceLink');
    expect([toFinding.toType, toFinding.toId, toFinding.toQuestion, toFinding.evidenceAt]).toEqual([
      'surveyFinding',
      RESPONSE,
      'urgentie-vergrijzing',
      '2026-10-05T13:00:00.000Z-0000',
    ]);
    // A link's id is derived from its ends: the derivation must never change, or old links turn into other records.
    expect([traceLinkId(toIssue), traceLinkId(toFinding)]).toEqual([LINK_TO_ISSUE, LINK_TO_FINDING]);
  });

  it('upgrades to the current record shapes: each record is a current record as it is, and re-exported it makes a bundle of the version that carries its records', () => {
    const bundle = decoded();
    for (const r of bundle.records) expect(RegionRecordSchema.parse(r)).toEqual(r);
    const { schemaVersion: _old, integrity: _integrity, format: _format, ...content } = bundle;
    const upgraded = encodeBundle(makeBundle(content));
    const again = decodeBundle(upgraded, { now: NOW });
    // 2, not the newest: a bundle is written in the lowest version that carries its records (bundleVersionFor).
    expect(again.ok && again.bundle.schemaVersion).toBe(bundleVersionFor(bundle.records));
    expect(bundleVersionFor(bundle.records)).toBe(2);
    expect(again.ok && again.bundle.records).toEqual(bundle.records);
    // The records are carried over untouched: the same digest as the frozen file's.
    expect(again.ok && again.bundle.integrity.recordsHash).toBe(bundle.integrity.recordsHash);
  });

  it('is read by the current analysis: the issue has both observations as evidence, the plan item rests on it, nothing dangles', () => {
    const bundle = decoded();
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    const analysis = analyseRegiobeeld(bundle.region, bundle.records, definitions);
    const issue = analysis.issues.issues.find((i) => i.id === ISSUE);
    expect(issue?.evidenceIds).toEqual([SIGNAL, FIGURE]);
    expect(issue?.partnerIds).toEqual([PARTNER]);
    // Every version is unsigned, the tombstone too: the report names them all as let in by the coordinator.
    expect(analysis.unsigned).toEqual([{ partnerId: PARTNER, count: 10 }]);
    expect(analysis.plan.coverage.dangling).toEqual([]);
    expect(analysis.plan.coverage.standAlone).toEqual([]);
    expect(analysis.plan.byEvidence.get(ISSUE)).toEqual([PLAN_ITEM]);
  });
});

describe('the frozen bundle of version 4 (tests/fixtures/compat/bundle-v4.json)', () => {
  const V4_FILE = resolve(import.meta.dirname, '../../fixtures/compat/bundle-v4.json');
  /**
   * The frozen bundle of version 4, by its bytes: never regenerate or edit the file, and never change
   * this digest to make the test pass (its signatures could not be made again anyway).
   */
  const V4_FROZEN_SHA256 = '591ebae7798f331b248316c2d8efc049d828712e5f4fbf1219b2b04fde0aaebc';
  /** A day after the export, so none of the bundle's times is in the future. */
  const V4_NOW = Date.parse('2026-11-05T12:00:00.000Z');
  const v4Bytes = readFileSync(V4_FILE);
  const crypto = createWebCryptoSignature(webcrypto.subtle as SubtleCrypto);

  const HELMOND = '01a0f6b1-2680-71ce-a1d3-7f512303228f';
  const ISSUE_ONDER = '01a110b5-9ca0-7cdd-8c35-e18d43bab0a9';
  const DELETED = '01a11b3d-d700-7a9a-a7d5-eee153e45462';
  const ISSUE_BIJ = '01a12112-2640-775b-8dc2-654b895d10de';
  const SIGNAL = '01a1211b-4e00-7def-88e4-5ffa88b59f9e';
  const RESPONSE = '01a15953-6500-78dc-a6c8-b733d1f59f1a';
  const MERGE = '8342f3e2-0611-89fd-9b75-f5f3914706a1';
  const PUBLIC_KEY: PublicKeyJwk = {
    crv: 'P-256',
    kty: 'EC',
    x: '5gpiY058MnwXmbqHRvZ7SodKELyKA1S2QnWpTv0QccA',
    y: 'WgZYXR1HW2xnvk40dFnW3Fvd5sqBFdhwkHiFCRIR3gA',
  };
  const BOTH_ISSUES = [ISSUE_ONDER, ISSUE_BIJ];

  function v4Decoded() {
    const result = decodeBundle(v4Bytes, { now: V4_NOW });
    if (!result.ok) throw new Error(`the frozen v4 bundle no longer decodes: ${result.errors.map((e) => `${e.path ?? ''} ${e.message}`).join('; ')}`);
    return result.bundle;
  }

  it('is byte for byte the file that was frozen', () => {
    expect(createHash('sha256').update(v4Bytes).digest('hex')).toBe(V4_FROZEN_SHA256);
  });

  it('decodes with the current decoder: a signed partner export of version 4 from Gemeente Helmond', async () => {
    const bundle = v4Decoded();
    expect(bundle.format).toBe('regiobeeld-bundle');
    expect(bundle.schemaVersion).toBe(4);
    expect(bundle.region).toBe('helmond-de-peel');
    expect(bundle.exportedAt).toBe('2026-11-04T09:30:00.000Z');
    expect(bundle.producer).toEqual({ kind: 'partner', partnerId: HELMOND, organisation: 'Gemeente Helmond', domain: 'sociaal-domein', publicKey: PUBLIC_KEY });
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    const knelpunten = definitions.find((d) => d.header.id === 'knelpunten-en-prioriteiten' && d.header.version === 1);
    expect(knelpunten && definitionRef(knelpunten)).toEqual({
      id: 'knelpunten-en-prioriteiten',
      version: 1,
      hash: '37055a6bb2a9d0ccd0aacbe327b886691fc2f241451bc5b8bc4764eff46c251f',
    });
    expect(bundle.surveyDefinitions).toEqual([knelpunten && definitionRef(knelpunten)]);
    expect(bundle.integrity.algorithm).toBe('SHA-256');
    expect(bundle.integrity.recordsHash).toBe('bec0f66c266f1bc1c9f626dd07c840fcbbd9a8478d90a853549e7960303d62ea');
    // The bundle's own signature, by the key the producer names.
    expect(await checkSignature(bundle, crypto)).toBe('valid');
  });

  it('holds the partner record, two issues, a signal, a tombstone, a survey response and a merge, every version signed by the partner', async () => {
    const { records } = v4Decoded();
    expect(records.map((r) => [r.id, r.type, r.deleted])).toEqual([
      [HELMOND, 'partner', false],
      [ISSUE_ONDER, 'issue', false],
      [DELETED, 'observation', true],
      [ISSUE_BIJ, 'issue', false],
      [SIGNAL, 'observation', false],
      [RESPONSE, 'surveyResponse', false],
      [MERGE, 'issueMerge', false],
    ]);
    expect(records.every((r) => r.signature !== undefined && r.origin === HELMOND && r.region === 'helmond-de-peel')).toBe(true);

    // The partner record publishes the key and signs itself with it; every other version verifies against that key.
    expect(body(records, HELMOND, 'partner').publicKey).toEqual(PUBLIC_KEY);
    for (const r of records) expect(await crypto.verify(PUBLIC_KEY, recordSigningPayload(r), r.signature as string)).toBe(true);

    // As an import judges them: nothing pinned yet, unsigned versions not let in. Every version is taken, the key is first met here.
    const firstSight = await checkAuthenticity(records, crypto, { pinned: new Map() });
    expect(firstSight.refused).toEqual([]);
    expect(firstSight.unsigned).toEqual([]);
    expect([...firstSight.firstUse]).toEqual([[HELMOND, PUBLIC_KEY]]);
    expect(firstSight.changed.size).toBe(0);
    // With the key pinned (a coordinator's key ring), the same.
    const pinned = await checkAuthenticity(records, crypto, { pinned: new Map([[HELMOND, PUBLIC_KEY]]) });
    expect([pinned.refused, pinned.unsigned, pinned.firstUse.size]).toEqual([[], [], 0]);

    // The check is not vacuous: a version changed after signing is refused.
    const merge = record(records, MERGE, 'issueMerge');
    const forged = records.map((r) => (r.id === MERGE && merge.body !== undefined ? { ...merge, body: { ...merge.body, reason: 'Anders.' } } : r));
    const tampered = await checkAuthenticity(forged, crypto, { pinned: new Map() });
    expect(tampered.refused).toEqual([{ index: 6, recordId: MERGE, origin: HELMOND, code: 'bad-signature' }]);
  });

  it('keeps the field values of each record as written: the merge with its reason, the response with what it offered', () => {
    const { records } = v4Decoded();
    expect(record(records, HELMOND, 'partner').updatedAt).toBe('2026-10-01T09:00:00.000Z-0000');
    expect(body(records, HELMOND, 'partner')).toEqual({
      organisation: 'Gemeente Helmond',
      domain: 'sociaal-domein',
      regionName: 'Helmond-De Peel',
      contactName: 'Team Wmo en Welzijn',
      publicKey: PUBLIC_KEY,
    });

    // Two issues with alike titles, made apart.
    expect(body(records, ISSUE_ONDER, 'issue')).toEqual({
      title: 'Eenzaamheid onder 75-plussers',
      description: 'Steeds meer thuiswonende 75-plussers in Helmond spreken weken niemand behalve een zorgverlener.',
      themes: ['vergrijzing', 'mentale-gezondheid'],
      areas: ['GM0794'],
    });
    expect(body(records, ISSUE_BIJ, 'issue').title).toBe('Eenzaamheid bij 75-plussers');

    // The signal names the second issue.
    const signal = body(records, SIGNAL, 'observation');
    expect([signal.kind, signal.issueIds, signal.source.url, signal.source.siteName]).toEqual([
      'signal',
      [ISSUE_BIJ],
      'https://www.helmond.nl/wijkmonitor-2026/ouderen',
      'Gemeente Helmond',
    ]);
    expect(signal.selector).toEqual({ exact: signal.quote, prefix: 'Eenzaamheid per wijk. ', suffix: ' Elders in de stad', start: 2317 });

    const deleted = record(records, DELETED, 'observation');
    expect([deleted.deleted, deleted.body, deleted.updatedAt]).toEqual([true, undefined, '2026-10-13T08:45:00.000Z-0000']);

    // The merge: the second issue counts for the first. Its id is derived from the merged issue, and the derivation must never change.
    const merge = record(records, MERGE, 'issueMerge');
    expect(merge.updatedAt).toBe('2026-11-03T10:00:00.000Z-0000');
    expect(merge.body).toEqual({ issueId: ISSUE_BIJ, intoId: ISSUE_ONDER, reason: 'Hetzelfde knelpunt, door twee collega’s apart aangemaakt.' });
    expect(issueMergeId(ISSUE_BIJ)).toBe(MERGE);

    // The response, completed before the merge: both issues ranked, and both offered by each question that takes the issues.
    const response = body(records, RESPONSE, 'surveyResponse');
    expect([response.survey.id, response.survey.version, response.status, response.completedAt, response.round]).toEqual([
      'knelpunten-en-prioriteiten',
      1,
      'completed',
      '2026-10-20T13:00:00.000Z',
      undefined,
    ]);
    expect(response.answers['top-knelpunten']).toEqual(BOTH_ISSUES);
    expect(response.answers['eerste-prioriteit']).toBe(ISSUE_ONDER);
    expect(response.answers['trekker-knelpunten']).toEqual([ISSUE_ONDER]);
    expect(response.offered).toEqual([
      { question: 'top-knelpunten', issueIds: BOTH_ISSUES },
      { question: 'eerste-prioriteit', issueIds: BOTH_ISSUES },
      { question: 'trekker-knelpunten', issueIds: BOTH_ISSUES },
    ]);
    // Exactly the questions of the definition that take the issues as choices.
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    const knelpunten = definitions.find((d) => d.header.id === 'knelpunten-en-prioriteiten' && d.header.version === 1);
    expect(knelpunten?.questions.filter((q) => (q.kind === 'ranking' || q.kind === 'choice') && q.choicesFromIssues).map((q) => q.name)).toEqual(
      response.offered?.map((entry) => entry.question),
    );
  });

  it('is written again byte for byte: re-encoded as decoded, and made again from its content by makeBundle, which picks version 4 by itself', () => {
    const bundle = v4Decoded();
    for (const r of bundle.records) expect(RegionRecordSchema.parse(r)).toEqual(r);
    expect(Buffer.from(encodeBundle(bundle))).toEqual(v4Bytes);

    // The merge alone asks for 3; the response's `offered` for 4.
    expect(bundleVersionFor(bundle.records)).toBe(4);
    expect(bundleVersionFor(bundle.records.filter((r) => r.type !== 'surveyResponse'))).toBe(3);
    const { schemaVersion: _version, integrity, format: _format, ...content } = bundle;
    const remade = makeBundle(content);
    expect(remade.schemaVersion).toBe(4);
    expect(remade.integrity).toEqual({ algorithm: 'SHA-256', recordsHash: integrity.recordsHash });
    // The header and records are as they were, so the file's signature still fits them: the same bytes.
    expect(Buffer.from(encodeBundle({ ...remade, integrity }))).toEqual(v4Bytes);
  });

  it('is read by the current analysis: one standing issue with the merged one under it, evidence and ranking through the merge, offered to the respondent', () => {
    const bundle = v4Decoded();
    const { definitions } = loadDefinitions(DEFINITION_SOURCES);
    const analysis = analyseRegiobeeld(bundle.region, bundle.records, definitions);
    const mergedIssue = { id: ISSUE_BIJ, title: 'Eenzaamheid bij 75-plussers', partnerId: HELMOND, intoId: ISSUE_ONDER, survivorId: ISSUE_ONDER };
    expect(analysis.issues.issues.map((i) => i.id)).toEqual([ISSUE_ONDER]);
    expect(analysis.issues.merged).toEqual([mergedIssue]);
    expect(analysis.issues.dangling).toEqual([]);
    const [issue] = analysis.issues.issues;
    expect(issue?.title).toBe('Eenzaamheid onder 75-plussers');
    expect(issue?.mergedIssues).toEqual([mergedIssue]);
    // The signal named the merged issue: it is evidence for the one it counts for.
    expect(issue?.evidenceIds).toEqual([SIGNAL]);
    expect([issue?.partnerIds, issue?.domains]).toEqual([[HELMOND], ['sociaal-domein']]);
    // Ranked first and second before the merge, read as one issue in first place; it was offered to the one respondent.
    expect(issue?.priority).toMatchObject({
      surveyId: 'knelpunten-en-prioriteiten',
      round: null,
      question: 'top-knelpunten',
      respondents: 1,
      n: 1,
      offeredTo: 1,
      place: 1,
      score: 1,
    });
    const survey = analysis.surveys.surveys.find((s) => s.surveyId === 'knelpunten-en-prioriteiten');
    const ranking = survey?.questions.find((q) => q.question === 'top-knelpunten');
    if (ranking?.kind !== 'ranking') throw new Error('expected the ranking of top-knelpunten');
    expect(ranking.misfits).toEqual([]);
    expect(ranking.overall.choices.map((c) => [c.value, c.n, c.offeredTo, c.place])).toEqual([[ISSUE_ONDER, 1, 1, 1]]);
    expect(ranking.byDomain.map(({ domain, stats }) => [domain, stats.choices.map((c) => [c.value, c.offeredTo])])).toEqual([
      ['sociaal-domein', [[ISSUE_ONDER, 1]]],
    ]);
    // Once merged, the issue is no longer a suggested duplicate; every version is signed, so none is listed as unsigned.
    expect(analysis.duplicates).toEqual([]);
    expect(analysis.unsigned).toEqual([]);
  });
});
