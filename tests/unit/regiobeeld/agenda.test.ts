import { describe, expect, it } from 'vitest';
import { gespreksagenda } from '../../../shared/regiobeeld/agenda.ts';
import { fakeIssue, fakeObservation } from '../../support/fake-records.ts';
import { PARTNER, responseRecord } from '../survey/support/toets-survey.ts';
import { I1, I2, I3, O, summaries, threePartners } from './fixture.ts';

const agendaOf = (records: Parameters<typeof summaries>[0]) => gespreksagenda(summaries(records).issues).map((item) => [item.kind, item.issueId]);

describe('the gespreksagenda', () => {
  it('puts each issue under every heading whose rule it meets, in a fixed order', () => {
    // I1: place 1, IQR 0.5, ranked by 3 of 3, two clips, domains 0.5 apart.
    // I2: place 2, IQR 0.5, ranked by 2 of 3, one clip, domains 1 apart.
    // I3: place 3, ranked by 1 (no consensus verdict), no clip, domains 0.5 apart.
    expect(agendaOf(threePartners())).toEqual([
      ['shared-priority', I1],
      ['shared-priority', I2],
      ['domains-differ', I2],
      ['domains-differ', I1],
      ['domains-differ', I3],
      ['urgent-little-evidence', I2],
      ['urgent-little-evidence', I3],
    ]);
  });

  it('carries the evidence ids of each item', () => {
    const items = gespreksagenda(summaries(threePartners()).issues);
    expect(items.find((i) => i.issueId === I1)?.evidenceIds).toEqual([O(0), O(1)]);
    expect(items.find((i) => i.kind === 'urgent-little-evidence' && i.issueId === I3)?.evidenceIds).toEqual([]);
  });

  it('asks about well-documented issues that nobody ranks high', () => {
    const records = [
      ...threePartners(),
      fakeIssue(4, { title: 'Laaggeletterdheid' }),
      ...[0x20, 0x21, 0x22].map((n) => fakeObservation(n, { issueIds: [fakeIssue(4).id] })),
    ];
    const low = gespreksagenda(summaries(records).issues).filter((item) => item.kind === 'evidence-low-priority');
    // Three clips and a score of 0: nobody ranked it. I1 has two clips: not enough to count as much.
    expect(low.map((item) => [item.issueId, item.evidenceIds.length, item.priority?.score])).toEqual([[fakeIssue(4).id, 3, 0]]);
  });

  it('needs broad support for a shared priority: ranked by at least half of those who answered', () => {
    // Four respondents, I3 ranked first by one: IQR 0 but 1 of 4 is not broad.
    const records = [
      ...threePartners().filter((r) => r.type !== 'surveyResponse'),
      responseRecord(1, PARTNER.zorg, { top: [I3] }),
      responseRecord(2, PARTNER.verzekeraar, { top: [I3] }),
      responseRecord(3, PARTNER.sociaal, { top: [I1] }),
      responseRecord(4, PARTNER.zonderRecord, { top: [I2] }),
    ];
    const shared = agendaOf(records).filter(([kind]) => kind === 'shared-priority');
    // I3: 2 of 4 at place 1 (IQR 0): broad enough. I1 and I2: 1 of 4 each: not.
    expect(shared).toEqual([['shared-priority', I3]]);
  });

  it('is empty without surveys, and for an empty regiobeeld', () => {
    expect(agendaOf(threePartners().filter((r) => r.type !== 'surveyResponse'))).toEqual([]);
    expect(agendaOf([])).toEqual([]);
  });
});
