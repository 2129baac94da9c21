import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_TO, duplicateSuggestions, MOST_SUGGESTIONS } from '../../../shared/regiobeeld/duplicate-issues.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { NO_RECOGNITIONS } from '../../../shared/regiobeeld/recognitions.ts';

const summary = (id: string, title: string, evidenceIds: string[] = []): IssueSummary => ({
  id,
  title,
  themes: [],
  areas: [],
  evidenceIds,
  partnerIds: [],
  raisedBy: [],
  mergedIssues: [],
  recognitions: NO_RECOGNITIONS,
  outcome: null,
  agreements: [],
  domains: [],
  rankings: [],
  priority: null,
});

describe('likely duplicate issues', () => {
  it('pairs titles that say the same in other small words, case or accents', () => {
    const found = duplicateSuggestions([
      summary('a', 'Eenzaamheid onder 75-plussers', ['o1']),
      summary('b', 'eenzaamheid bij 75-plussers'),
      summary('c', 'Eenzaamheid onder jongeren'),
      summary('d', 'Coöperatieve huisartsenzorg'),
      summary('e', 'Cooperatieve Huisartsenzorg'),
    ]);
    expect(found.map((pair) => [pair.issueId, pair.intoId, pair.reasons])).toEqual([
      // The one with less evidence goes into the other; with equal evidence the later made one.
      ['b', 'a', ['similar-title']],
      ['e', 'd', ['similar-title']],
    ]);
  });

  it('pairs issues that share evidence whatever their titles, strongest first', () => {
    const found = duplicateSuggestions([
      summary('a', 'Wachttijden GGZ', ['o1', 'o2', 'o3']),
      summary('b', 'Jongeren wachten op hulp', ['o1', 'o2']),
      summary('c', 'Mantelzorg', ['o3']),
    ]);
    expect(found.map((pair) => [pair.issueId, pair.intoId, pair.sharedEvidence])).toEqual([
      ['b', 'a', 2],
      ['c', 'a', 1],
    ]);
  });

  it('never pairs an issue with itself nor a pair twice, and names each pair one way', () => {
    const titles = fc.constantFrom('Eenzaamheid ouderen', 'Eenzaamheid bij ouderen', 'Huisartsentekort', 'Wachttijden', 'ouderen eenzaamheid');
    const issues = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), title: titles, evidence: fc.subarray(['o1', 'o2', 'o3']) }),
      {
        selector: (issue) => issue.id,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(issues, (drawn) => {
        const found = duplicateSuggestions(drawn.map((issue) => summary(issue.id, issue.title, issue.evidence)));
        const pairs = found.map((pair) => [pair.issueId, pair.intoId].sort().join(' '));
        expect(found.every((pair) => pair.issueId !== pair.intoId)).toBe(true);
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(found.every((pair) => pair.reasons.length > 0)).toBe(true);
      }),
    );
  });

  it('pairs many copies of one title with the first, keeps the strongest suggestions, and skips words many issues share', () => {
    const copies = Array.from({ length: 3_000 }, (_, n) => summary(`c${String(n).padStart(4, '0')}`, 'Eenzaamheid onder ouderen'));
    const found = duplicateSuggestions(copies);
    expect(found).toHaveLength(MOST_SUGGESTIONS);
    expect(new Set(found.map((pair) => pair.intoId))).toEqual(new Set(['c0000']));
    // A clip naming more than COMMON_TO issues says nothing about any two of them.
    const titles = ['Huisartsen', 'Wachttijden', 'Mantelzorg', 'Wonen', 'Vervoer', 'Armoede', 'Schulden'];
    const naming = (count: number) => Array.from({ length: count }, (_, n) => summary(`z${n}`, `${titles[n % titles.length]} ${n}`, ['o1']));
    expect(duplicateSuggestions(naming(COMMON_TO)).length).toBeGreaterThan(0);
    expect(duplicateSuggestions(naming(COMMON_TO + 1))).toEqual([]);
  });
});
