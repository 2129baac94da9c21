import { performance } from 'node:perf_hooks';
import { liveVersion } from '../../shared/records/versions.ts';
import { foldText } from '../../shared/regiobeeld/fold-text.ts';
import type { ObservationFilter } from '../../shared/regiobeeld/observation-filter.ts';
import { buildObservationIndex } from '../../shared/regiobeeld/observation-index.ts';
import { observationsView } from '../../shared/regiobeeld/observations-view.ts';
import type { RegionRecord } from '../../shared/schema/record.ts';
import { recordId, REGION } from '../support/fake-records.ts';
import type { Measurement } from './report.ts';

const OBSERVATIONS = 50_000;
const ROUNDS = 20;
const THEMES = ['zorgaanbod-arbeidsmarkt', 'vergrijzing', 'mentale-gezondheid', 'leefomgeving', 'gezondheidsverschillen', 'druk-acute-zorg'];
const AREAS = ['GM0794', 'GM0762', 'GM1652', 'GM1659', 'GM0743', 'GM0847'];
const KINDS = ['figure', 'signal', 'experience', 'context'] as const;

/** 50,000 clips of 40 partners over 200 sources, a quarter of them figures; fixed, not random. */
export function manyObservations(count = OBSERVATIONS): RegionRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % 4] ?? 'signal';
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    return liveVersion(
      'observation',
      recordId(0x100000 + i),
      {
        quote: `Waarneming ${i}: wachtlijst en coöperatie in ${AREAS[i % 6]}, ${i % 97} procent`,
        source: { url: `https://bron-${i % 200}.nl/rapport?utm_source=x${i}`, title: `Bron ${i % 200}`, accessedAt: `2026-${month}-${day}T10:00:00.000Z` },
        kind,
        ...(kind === 'figure' ? { figure: { value: i % 100, unit: '%', period: String(2018 + (i % 7)), label: 'Aandeel' } } : {}),
        areas: [AREAS[i % 6] ?? 'GM0794'],
        themes: [THEMES[i % 6] ?? 'vergrijzing', THEMES[(i * 7) % 6] ?? 'vergrijzing'],
        interpretation: i % 3 === 0 ? 'Vooral in de dorpen' : '',
        issueIds: [],
      },
      { region: REGION, origin: recordId(0xa00 + (i % 40)), updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    );
  });
}

const FILTERS: readonly ObservationFilter[] = [
  { themes: ['vergrijzing'], areas: ['GM0762'] },
  { kinds: ['figure'], from: '2026-04', until: '2026-10' },
  { partnerIds: [recordId(0xa07)], text: 'cooperatie' },
  { text: 'dorpen', areas: ['GM0794', 'GM1652'] },
];

/** The same filters as a plain scan: what a first version without indexes would do. */
function scan(records: readonly RegionRecord[], filter: ObservationFilter): number {
  const needle = filter.text === undefined ? '' : foldText(filter.text);
  return records.filter((r) => {
    if (r.type !== 'observation' || r.body === undefined) return false;
    const b = r.body;
    if (filter.themes && !b.themes.some((t) => filter.themes?.includes(t))) return false;
    if (filter.areas && !b.areas.some((a) => filter.areas?.includes(a))) return false;
    if (filter.kinds && !filter.kinds.includes(b.kind)) return false;
    if (filter.partnerIds && !filter.partnerIds.includes(r.origin)) return false;
    if (filter.from !== undefined && b.source.accessedAt < filter.from) return false;
    if (filter.until !== undefined && b.source.accessedAt >= filter.until) return false;
    return needle === '' || foldText(`${b.quote}\n${b.interpretation}`).includes(needle);
  }).length;
}

/**
 * Filtering 50,000 observations (issue 5): four filters through the index, each with its source
 * groups and figure table; the baseline is a plain `Array.filter` over the same records with the
 * same criteria, without grouping. Building the index is reported as a note.
 */
export function benchObservationFilter(): Measurement {
  const records = manyObservations();
  const buildStart = performance.now();
  const index = buildObservationIndex(records);
  const buildMs = performance.now() - buildStart;
  const samples: number[] = [];
  const baseline: number[] = [];
  let scanned: number[] = [];
  let matched: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let start = performance.now();
    scanned = FILTERS.map((filter) => scan(records, filter));
    baseline.push(performance.now() - start);
    start = performance.now();
    matched = FILTERS.map((filter) => observationsView(index, filter).matches.length);
    samples.push(performance.now() - start);
  }
  // The index must find what the scan finds, or the comparison says nothing.
  if (matched.join() !== scanned.join()) throw new Error(`the index found ${matched.join(', ')}, the scan ${scanned.join(', ')}`);
  return {
    name: 'Regiobeeld: filter 50,000 observations (issue 5)',
    what: `Node, ${OBSERVATIONS.toLocaleString('en')} observations of 40 partners. One sample = four filters (theme+area, kind+date range, partner+free text, free text+areas) through the index, each with its source groups and figure table.`,
    samples,
    baseline: { what: 'plain Array.filter over the records, same criteria, no grouping', samples: baseline },
    notes: [`Building the index once: ${buildMs.toFixed(0)} ms.`, `Matches per filter: ${matched.join(', ')}.`],
  };
}
