import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld, csvExport } from '../../../shared/regiobeeld/analyse.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { draftIssueMerge } from '../../../shared/records/issue-merge-draft.ts';
import { issueSurvivors, standingIssues } from '../../../shared/records/issue-survivors.ts';
import { delphiFeedback } from '../../../shared/survey/delphi.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import { issueChoices } from '../../../shared/survey/dynamic-choices.ts';
import { deleted, fakeIssue, fakeIssueMerge, fakeObservation, recordId, REGION } from '../../support/fake-records.ts';
import { link, P, planItem } from '../plan/support.ts';
import { chartDocument } from '../report/support.ts';
import { PARTNER, responseRecord, toets } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, O, threePartners } from './fixture.ts';

const definitions = [toets(1)];
const analyse = (records: readonly RegionRecord[]) => analyseRegiobeeld(REGION, records, definitions);
const issue = (analysis: ReturnType<typeof analyse>, id: string) => analysis.issues.issues.find((summary) => summary.id === id);

// Eenzaamheid (I3, sociaal domein) merged into Wijkverpleging (I2, verzekeraar) by the sociaal domein.
const MERGE = fakeIssueMerge(3, 2, { origin: PARTNER.sociaal, updatedAt: '2026-10-03T09:00:00.000Z-0000' });
const withMerge = (...more: RegionRecord[]) => [...threePartners(), fakeObservation(0x14, { issueIds: [I3] }, { origin: PARTNER.sociaal }), MERGE, ...more];

describe('a merge of issues in the regiobeeld', () => {
  it('lists the merged issue under its survivor, with who raised it, and not as an issue of its own', () => {
    const analysis = analyse(withMerge());
    expect(analysis.issues.issues.map((summary) => summary.id)).toEqual([I1, I2]);
    expect(issue(analysis, I2)?.mergedIssues).toEqual([{ id: I3, title: 'Eenzaamheid', partnerId: PARTNER.sociaal, intoId: I2, survivorId: I2 }]);
    expect(analysis.issues.merged.map((merged) => merged.id)).toEqual([I3]);
    expect(analysis.agenda.map((item) => item.issueId)).not.toContain(I3);
  });

  it("counts the merged issue's evidence and raiser for the survivor", () => {
    const summary = issue(analyse(withMerge()), I2);
    expect(summary?.evidenceIds).toEqual([O(2), O(4)]);
    expect(summary?.partnerIds).toEqual([PARTNER.verzekeraar, PARTNER.sociaal]);
    expect(summary?.domains).toEqual(['sociaal-domein', 'verzekeraar']);
  });

  it('counts a ranking made before the merge for the survivor', () => {
    // zorg [I1, I2], verzekeraar [I1, I3 → I2], sociaal [I2, I1]: I2 ranked by all three, Borda 1 + 1 + 2.
    expect(issue(analyse(threePartners()), I2)?.priority).toMatchObject({ n: 2, borda: 3 });
    expect(issue(analyse(withMerge()), I2)?.priority).toMatchObject({ n: 3, borda: 4, respondents: 3 });
  });

  it('keeps the better place of a ranking that named both, and moves the rest up', () => {
    const both = withMerge(responseRecord(4, PARTNER.zonderRecord, { top: [I3, I1, I2] }));
    const top = aggregateSurveys(definitions, both).surveys[0]?.questions.find((question) => question.question === 'top');
    expect(top?.kind === 'ranking' ? top.misfits : 'no ranking').toEqual([]);
    // The fourth ranking reads [I2, I1]: I2 first of two gives 2 points, I1 second 1.
    expect(issue(analyse(both), I2)?.priority).toMatchObject({ n: 4, borda: 6 });
  });

  it('still refuses a ranking that names one issue twice itself', () => {
    const twice = withMerge(responseRecord(4, PARTNER.zonderRecord, { top: [I2, I2] }));
    const top = aggregateSurveys(definitions, twice).surveys[0]?.questions.find((question) => question.question === 'top');
    expect(top?.kind === 'ranking' ? top.misfits.map((misfit) => misfit.reason) : []).toEqual(['duplicate-choice']);
  });

  it('leaves a ranking that names one issue twice under its own ids for reading to refuse', () => {
    const twice = withMerge(responseRecord(4, PARTNER.zonderRecord, { top: [I3, I3] }));
    const top = aggregateSurveys(definitions, twice).surveys[0]?.questions.find((question) => question.question === 'top');
    expect(top?.kind === 'ranking' ? top.misfits.map((misfit) => misfit.reason) : []).toEqual(['duplicate-choice']);
  });

  it("reads the previous Delphi round's rankings through the merge, the partner's own place too", () => {
    const previous = [responseRecord(1, PARTNER.zorg, { top: [I3, I1] }, { round: 1 }), responseRecord(2, PARTNER.sociaal, { top: [I2] }, { round: 1 })];
    const records = withMerge();
    const { survivorOf } = issueSurvivors(records);
    const feedback = delphiFeedback(toets(1), previous, previous[0], issueChoices(records), survivorOf);
    expect(feedback.misfits).toEqual([]);
    expect(feedback.items.find((item) => item.item === I2)).toMatchObject({ n: 2, own: 1 });
    expect(feedback.items.some((item) => item.item === I3)).toBe(false);
  });

  it('shows a plan item resting on the merged issue beside its survivor', () => {
    const analysis = analyse(withMerge(planItem(1, 'goal'), link({ fromId: P(1), toType: 'issue', toId: I3 })));
    expect(analysis.plan.byEvidence.get(I2)).toEqual([P(1)]);
  });

  it('names the merged issues in knelpunten.csv beside their survivor', () => {
    const csv = csvExport(analyse(withMerge()), 'knelpunten.csv');
    expect(csv).toContain(`Eenzaamheid (${I3})`);
  });

  it('no longer offers the merged issue in the survey or to link to, except where it is already named', () => {
    expect(issueChoices(withMerge()).map((choice) => choice.id)).toEqual([I1, I2]);
    expect(standingIssues(withMerge()).map((record) => record.id)).toEqual([I1, I2]);
    expect(standingIssues(withMerge(), new Set([I3])).map((record) => record.id)).toEqual([I1, I2, I3]);
  });

  it('lets a goal resting on the merged issue cover its survivor, in the coverage and the trace matrix', () => {
    const plan = [planItem(1, 'goal'), link({ fromId: P(1), toType: 'issue', toId: I3 })];
    const before = analyse([...threePartners(), ...plan]);
    expect(before.plan.coverage.uncoveredTopIssues.map((summary) => summary.id)).toContain(I2);
    const after = analyse(withMerge(...plan));
    expect(after.plan.coverage.uncoveredTopIssues.map((summary) => summary.id)).toEqual([I1]);
    expect(after.plan.matrix.rows.find((row) => row.issue.id === I2)?.cells).toEqual(['linked']);
    // The link itself is unchanged: it still names the issue its author chose, which is live.
    expect(after.plan.coverage.dangling).toEqual([]);
  });

  it('names the merged issue in the report, with an anchor the plan can link to', () => {
    const report = renderReport(analyse(withMerge()), { generatedAt: '2026-11-22T12:00:00.000Z', language: 'nl', document: chartDocument() });
    expect(report).toMatch(/Samengevoegd: <span id="knelpunt-[^"]+">.*Eenzaamheid.* \(.*Gemeente.*\)<\/span>/);
  });

  it('is gone again once undone: the issue stands on its own with its own evidence and rankings', () => {
    const undone = withMerge(deleted(MERGE, { origin: PARTNER.zorg, updatedAt: '2026-10-04T09:00:00.000Z-0000' }));
    const analysis = analyse(undone.filter((record) => record !== MERGE));
    expect(analysis.issues.issues.map((summary) => summary.id)).toEqual([I1, I2, I3]);
    expect(issue(analysis, I3)?.evidenceIds).toEqual([O(4)]);
    expect(analysis.issues.merged).toEqual([]);
  });
});

describe('a merge drafted against the stored issues', () => {
  const records = [fakeIssue(1), fakeIssue(2), fakeIssue(3), fakeIssueMerge(2, 1)];

  it('points at the issue the target counts for', () => {
    expect(draftIssueMerge(records, recordId(3), recordId(2))).toEqual({ ok: true, issueId: recordId(3), intoId: recordId(1) });
  });

  it('refuses a missing issue, itself, one merged already, and a merge back into what it holds', () => {
    expect(draftIssueMerge(records, recordId(3), recordId(9))).toEqual({ ok: false, code: 'not-found' });
    expect(draftIssueMerge([...records, deleted(fakeIssue(3))].slice(1), recordId(3), recordId(1))).toEqual({ ok: false, code: 'not-found' });
    expect(draftIssueMerge(records, recordId(3), recordId(3))).toEqual({ ok: false, code: 'same-issue' });
    expect(draftIssueMerge(records, recordId(2), recordId(3))).toEqual({ ok: false, code: 'already-merged' });
    expect(draftIssueMerge(records, recordId(1), recordId(2))).toEqual({ ok: false, code: 'same-issue' });
  });
});
