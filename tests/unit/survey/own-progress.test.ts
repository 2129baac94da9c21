import { describe, expect, it } from 'vitest';
import { latestVersions, openingFor, ownProgress, roundResponses } from '../../../shared/survey/own-progress.ts';
import { partnerRecord, responseRecord, toets } from './support/toets-survey.ts';
import { recordId } from '../../support/fake-records.ts';

const ME = recordId(0x501);
const OTHER = recordId(0x502);
const v1 = toets(1);
const v2 = toets(2);

describe('where a partner stands with a survey', () => {
  it('is not started without an own response, whatever others answered', () => {
    const records = [partnerRecord(OTHER, 'zorg', 'Ander'), responseRecord(1, OTHER, { urgentie: 3 })];
    const [progress] = ownProgress([v1], records, ME);
    expect(progress).toMatchObject({ round: 1, state: 'not-started', response: undefined });
  });

  it('resumes the latest own response of the current round, in progress or completed', () => {
    const early = responseRecord(1, ME, { urgentie: 2 }, { status: 'in-progress', at: '2026-10-02T09:00:00.000Z-0000' });
    const later = responseRecord(2, ME, { urgentie: 4 }, { status: 'in-progress', at: '2026-10-03T09:00:00.000Z-0000' });
    expect(ownProgress([v1], [later, early], ME)[0]).toMatchObject({ state: 'in-progress', response: { id: later.id } });
    const done = responseRecord(3, ME, { urgentie: 4 }, { at: '2026-10-04T09:00:00.000Z-0000' });
    expect(ownProgress([v1], [early, later, done], ME)[0]).toMatchObject({ state: 'completed', response: { id: done.id } });
  });

  it('follows the region into a next round another partner started', () => {
    const mine = responseRecord(1, ME, { urgentie: 2 });
    const theirs = responseRecord(2, OTHER, { urgentie: 5 }, { round: 2, status: 'in-progress' });
    expect(ownProgress([v1], [mine, theirs], ME)[0]).toMatchObject({ round: 2, state: 'not-started', response: undefined });
  });

  it('offers the latest version of each survey once, answered in any version', () => {
    expect(latestVersions([v2, v1]).map((d) => d.header.version)).toEqual([2]);
    const old = responseRecord(1, ME, { urgentie: 2 }, { definition: v1 });
    expect(ownProgress([v1, v2], [old], ME)).toEqual([expect.objectContaining({ definition: v2, state: 'completed', response: old })]);
  });

  it('counts only completed responses of the asked round as the group', () => {
    const records = [
      responseRecord(1, ME, { urgentie: 2 }),
      responseRecord(2, OTHER, { urgentie: 5 }, { status: 'in-progress' }),
      responseRecord(3, OTHER, { urgentie: 4 }, { round: 2 }),
      responseRecord(4, OTHER, { urgentie: 1 }, { round: 1 }),
    ];
    expect(
      roundResponses(records, 'toets', 1)
        .map((r) => r.id)
        .sort(),
    ).toEqual([records[0]?.id, records[3]?.id].sort());
    expect(roundResponses(records, 'toets', 2).map((r) => r.id)).toEqual([records[2]?.id]);
  });
});

describe('what the survey page opens', () => {
  const progress = (records: Parameters<typeof ownProgress>[1]) => {
    const [found] = ownProgress([v1], records, ME);
    if (found === undefined) throw new Error('no progress');
    return found;
  };

  it('a new response, the one in progress, or the completed one to amend', () => {
    expect(openingFor(progress([]), undefined)).toEqual({ kind: 'new', round: 1 });
    const open = responseRecord(1, ME, {}, { status: 'in-progress' });
    expect(openingFor(progress([open]), undefined)).toEqual({ kind: 'resume', round: 1, response: open });
    const done = responseRecord(2, ME, {}, { at: '2026-10-05T09:00:00.000Z-0000' });
    expect(openingFor(progress([open, done]), 1)).toEqual({ kind: 'amend', round: 1, response: done });
  });

  it('a next round only after the current one is completed, and no other round', () => {
    const open = responseRecord(1, ME, {}, { status: 'in-progress' });
    expect(openingFor(progress([open]), 2)).toEqual({ kind: 'refused', reason: 'finish-current-round' });
    expect(openingFor(progress([]), 2)).toEqual({ kind: 'refused', reason: 'finish-current-round' });
    const done = responseRecord(2, ME, {});
    expect(openingFor(progress([done]), 2)).toEqual({ kind: 'new', round: 2 });
    expect(openingFor(progress([done]), 3)).toEqual({ kind: 'refused', reason: 'no-such-round' });
    const second = responseRecord(3, ME, {}, { round: 2, status: 'in-progress' });
    expect(openingFor(progress([done, second]), 1)).toEqual({ kind: 'refused', reason: 'no-such-round' });
  });
});
