import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { fakeIssue, recordId, REGION } from '../../support/fake-records.ts';
import { link, P, planItem, serves } from '../plan/support.ts';
import { chartDocument, parseReport } from './support.ts';

/** Ambition 1 has no link of its own and a goal resting on an issue; ambition 3 has a goal resting on nothing. */
const records = [
  fakeIssue(1),
  planItem(1, 'ambition', { title: 'Rust op het doel' }),
  planItem(2, 'goal', { title: 'Met bewijs' }),
  planItem(3, 'ambition', { title: 'Zonder bewijs' }),
  planItem(4, 'goal', { title: 'Losse wens' }),
  serves(2, 1),
  serves(4, 3),
  link({ fromId: P(2), toType: 'issue', toId: recordId(1) }),
];

describe('the report on an ambition without links of its own', () => {
  const analysis = analyseRegiobeeld(REGION, records, []);
  const report = (language: 'nl' | 'en') =>
    parseReport(renderReport(analysis, { generatedAt: '2026-11-22T12:00:00.000Z', language, document: chartDocument() }));
  const note = (document: Document, n: number) => document.querySelector(`#regioplan .plan-item[data-plan-id="${P(n)}"] > p.muted`)?.textContent;

  it('says it rests on its goals when one does, and names it standing alone only when none does', () => {
    const nl = report('nl');
    expect(note(nl, 1)).toBe('Geen eigen onderbouwing; rust op de doelen eronder.');
    expect(note(nl, 3)).toBe('Geen onderbouwing, ook niet via de doelen eronder.');
    expect(note(nl, 4)).toBe('Geen onderbouwing, ook niet via wat het dient.');
    expect([...nl.querySelectorAll('[data-finding="stand-alone"] li')].map((li) => li.textContent)).toEqual(['Ambitie Zonder bewijs', 'Doel Losse wens']);
    const en = report('en');
    expect(note(en, 1)).toBe('No evidence of its own; rests on the goals under it.');
    expect(note(en, 3)).toBe('No evidence, not even through the goals under it.');
  });
});
