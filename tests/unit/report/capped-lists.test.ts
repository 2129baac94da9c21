import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { fakeIssue, fakeObservation, recordId, REGION } from '../../support/fake-records.ts';
import { link, P, planItem, serves } from '../plan/support.ts';
import { chartDocument, parseReport } from './support.ts';

const RING = 5_000;
const PAIRS = 30;
const LOST = 3_000;
const CLIPS = 100;

/**
 * A regiobeeld whose lists run long: 5,000 goals serving each other in one circle beside 30 pairs
 * that do, one goal resting on 3,000 clips nobody holds, and an issue with 100 clips. (The CLI's
 * test takes a circle of 50,000; parsing that report twice here would only cost time.)
 */
function longLists(): RegionRecord[] {
  const ring = Array.from({ length: RING }, (_, n) => planItem(n, 'goal'));
  const ringLinks = ring.map((_, n) => serves(n, (n + 1) % RING));
  const pairs = Array.from({ length: PAIRS }, (_, p) => RING + 2 * p).flatMap((n) => [
    planItem(n, 'goal'),
    planItem(n + 1, 'goal'),
    serves(n, n + 1),
    serves(n + 1, n),
  ]);
  const lost = Array.from({ length: LOST }, (_, i) => link({ fromId: P(0), toType: 'observation', toId: recordId(0x9000000 + i) }));
  const clips = Array.from({ length: CLIPS }, (_, i) => fakeObservation(0x100 + i, { issueIds: [recordId(1)] }));
  return [...ring, ...ringLinks, ...pairs, ...lost, fakeIssue(1), ...clips];
}

describe('the lists of a report of a large regiobeeld', () => {
  const analysis = analyseRegiobeeld(REGION, longLists(), []);
  const reports = {
    nl: parseReport(renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() })),
    en: parseReport(renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language: 'en', document: chartDocument() })),
  };
  const finding = (language: 'nl' | 'en', kind: string) => reports[language].querySelector(`[data-finding="${kind}"]`);
  const items = (element: Element | null | undefined) => [...(element?.querySelectorAll(':scope > ul > li') ?? [])];

  it('show the first 20 cycles and count the rest, and within a cycle of 5,000 items the first 20', () => {
    const cycles = finding('nl', 'cycles');
    expect(cycles?.querySelector('h4')?.textContent).toContain(`(${PAIRS + 1})`);
    const lines = items(cycles);
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)?.textContent).toBe('… en nog 11');
    const ring = lines[0];
    expect(ring?.querySelectorAll('a')).toHaveLength(20);
    expect(ring?.textContent).toMatch(/ … en nog 4\.980$/);
    expect(ring?.textContent?.length).toBeLessThan(2_000);
    expect(items(finding('en', 'cycles')).at(-1)?.textContent).toBe('… and 11 more');
    expect(items(finding('en', 'cycles'))[0]?.textContent).toMatch(/ … and 4,980 more$/);
  });

  it('show the first 20 of every finding, the heading counting them all', () => {
    const dangling = finding('nl', 'dangling');
    expect(dangling?.querySelector('h4')?.textContent).toContain(`(${LOST})`);
    expect(items(dangling)).toHaveLength(21);
    expect(items(dangling).at(-1)?.textContent).toBe('… en nog 2.980');
    const misfit = finding('en', 'misfit');
    expect(items(misfit)).toHaveLength(21);
    expect(items(misfit).at(-1)?.textContent).toBe(`… and ${(RING + 2 * PAIRS - 20).toLocaleString('en')} more`);
  });

  it('show the first 20 links of what a plan item rests on', () => {
    const goal = reports.nl.getElementById(`plan-${P(0)}`);
    const evidence = [...(goal?.querySelectorAll('.plan-evidence > li') ?? [])];
    expect(evidence).toHaveLength(21);
    expect(evidence.slice(0, 20).every((li) => li.getAttribute('data-state') === 'dangling')).toBe(true);
    expect(evidence.at(-1)?.textContent).toBe('… en nog 2.980');
  });

  it('link the first 20 clips of an issue, its column counting all 100', () => {
    const row = reports.nl.getElementById(`knelpunt-${recordId(1)}`);
    expect(row?.querySelectorAll('.evidence a')).toHaveLength(20);
    expect(row?.querySelector('.evidence')?.textContent).toMatch(/ … en nog 80$/);
    expect(row?.querySelector('td.number')?.textContent).toBe('100');
  });
});
