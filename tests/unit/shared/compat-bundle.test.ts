import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { bundleVersionFor } from '../../../shared/bundle/format.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { type RecordOfType, type RecordType, type RegionRecord, RegionRecord as RegionRecordSchema } from '../../../shared/schema/record.ts';
import { traceLinkId } from '../../../shared/schema/trace-link.ts';
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
