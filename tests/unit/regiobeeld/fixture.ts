import type { RegionRecord } from '../../../shared/schema/record.ts';
import { aggregateSurveys } from '../../../shared/survey/aggregate-survey.ts';
import { summariseIssues } from '../../../shared/regiobeeld/issue-summaries.ts';
import { fakeIssue, fakeObservation, recordId } from '../../support/fake-records.ts';
import { PARTNER, partnerRecord, responseRecord, toets } from '../survey/support/toets-survey.ts';

export const I1 = recordId(1);
export const I2 = recordId(2);
export const I3 = recordId(3);
export const MISSING = recordId(9);
export const O = (n: number) => recordId(0x10 + n);

/**
 * Three partners (zorg, verzekeraar, sociaal domein), three issues, four clips (one naming an
 * issue that is not there) and three rankings of the issues in survey "toets":
 * zorg [I1, I2], verzekeraar [I1, I3], sociaal [I2, I1].
 */
export function threePartners(): RegionRecord[] {
  return [
    partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'),
    partnerRecord(PARTNER.verzekeraar, 'verzekeraar', 'Zorgkantoor'),
    partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente'),
    fakeIssue(1, { title: 'Huisartsentekort' }, { origin: PARTNER.zorg }),
    fakeIssue(2, { title: 'Wijkverpleging' }, { origin: PARTNER.verzekeraar }),
    fakeIssue(3, { title: 'Eenzaamheid' }, { origin: PARTNER.sociaal }),
    fakeObservation(0x10, { issueIds: [I1] }, { origin: PARTNER.zorg }),
    fakeObservation(0x11, { issueIds: [I1, I1] }, { origin: PARTNER.sociaal }),
    fakeObservation(0x12, { issueIds: [I2] }, { origin: PARTNER.verzekeraar }),
    fakeObservation(0x13, { issueIds: [MISSING] }, { origin: PARTNER.zorg }),
    responseRecord(1, PARTNER.zorg, { top: [I1, I2] }),
    responseRecord(2, PARTNER.verzekeraar, { top: [I1, I3] }),
    responseRecord(3, PARTNER.sociaal, { top: [I2, I1] }),
  ];
}

export function summaries(records: readonly RegionRecord[]) {
  const definitions = [toets(1)];
  return summariseIssues(records, definitions, aggregateSurveys(definitions, records));
}
