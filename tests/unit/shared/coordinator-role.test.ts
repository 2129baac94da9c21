import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../shared/bundle/decode.ts';
import { encodeBundle, makeBundle } from '../../../shared/bundle/encode.ts';
import { liveVersion } from '../../../shared/records/versions.ts';
import { regionOverview } from '../../../shared/regiobeeld/overview.ts';
import { partnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import { PartnerBody } from '../../../shared/schema/partner.ts';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { regionNameOf } from '../../../shared/regiobeeld/region-name.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { chartDocument } from '../report/support.ts';
import { fakeObservation, recordId, REGION } from '../../support/fake-records.ts';
import { NOW } from '../../support/fake-bundles.ts';
import { PARTNER, partnerRecord } from '../survey/support/toets-survey.ts';

const COORDINATOR_ID = recordId(0xc0);
const coordinator = liveVersion(
  'partner',
  COORDINATOR_ID,
  { organisation: 'Regiotafel Helmond-De Peel', role: 'coordinator', regionName: 'Helmond-De Peel' },
  { region: REGION, origin: COORDINATOR_ID, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
);

describe('the coordinator of the regiotafel as a record', () => {
  it('names no domain, and a partner always does', () => {
    expect(PartnerBody.safeParse({ organisation: 'Regiotafel', role: 'coordinator', regionName: 'X' }).success).toBe(true);
    expect(PartnerBody.safeParse({ organisation: 'Regiotafel', role: 'coordinator', domain: 'zorg', regionName: 'X' }).success).toBe(false);
    expect(PartnerBody.safeParse({ organisation: 'GGD', regionName: 'X' }).success).toBe(false);
    expect(PartnerBody.safeParse({ organisation: 'GGD', role: 'partner', domain: 'zorg', regionName: 'X' }).success).toBe(false);
  });

  it('travels in a bundle of version 5; a bundle that says 4 cannot carry it', () => {
    const content = { region: REGION, producer: { kind: 'merge' as const, partnerIds: [] }, exportedAt: '2026-10-01T09:00:00.000Z', surveyDefinitions: [] };
    const bundle = makeBundle({ ...content, records: [coordinator] });
    expect(bundle.schemaVersion).toBe(5);
    expect(makeBundle({ ...content, records: [partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen')] }).schemaVersion).toBe(2);
    const decoded = decodeBundle(encodeBundle(bundle), { now: NOW });
    expect(decoded.ok && decoded.bundle.records).toEqual([coordinator]);
    const mislabelled = decodeBundle(encodeBundle({ ...bundle, schemaVersion: 4 }), { now: NOW });
    expect(mislabelled.ok ? [] : mislabelled.errors.map((error) => error.message)).toEqual(['this partner record needs bundle version 5, this bundle says 4']);
  });

  it('is named apart in the overview, not among the partners per domain', () => {
    const records = [partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'), coordinator, fakeObservation(1, {}, { origin: COORDINATOR_ID })];
    const overview = regionOverview(REGION, records);
    expect(overview.partnersByDomain.map(({ domain, partners }) => [domain, partners.map((partner) => partner.id)])).toEqual([['zorg', [PARTNER.zorg]]]);
    expect(overview.coordinators.map((partner) => [partner.organisation, partner.latestChange])).toEqual([
      ['Regiotafel Helmond-De Peel', '2026-10-01T09:00:00.000Z-0000'],
    ]);
    expect(partnerDirectory(records).of(COORDINATOR_ID)).toEqual({
      id: COORDINATOR_ID,
      organisation: 'Regiotafel Helmond-De Peel',
      domain: 'unknown',
      coordinator: true,
    });
  });

  it('names the region in titles as the coordinator writes it, else as most partners do', () => {
    const partner = (n: number, regionName: string) =>
      liveVersion(
        'partner',
        recordId(n),
        { organisation: `P${n}`, domain: 'zorg', regionName },
        { region: REGION, origin: recordId(n), updatedAt: '2026-10-01T09:00:00.000Z-0000' },
      );
    expect(regionNameOf([])).toBeNull();
    expect(regionNameOf([partner(1, 'De Peel'), partner(2, 'Helmond-De Peel'), partner(3, 'Helmond-De Peel')])).toBe('Helmond-De Peel');
    expect(regionNameOf([partner(2, 'Helmond-De Peel'), coordinator, partner(3, 'De Peel')])).toBe('Helmond-De Peel');
    const renamed = liveVersion(
      'partner',
      COORDINATOR_ID,
      { organisation: 'Regiotafel', role: 'coordinator', regionName: 'Regio De Peel' },
      { region: REGION, origin: COORDINATOR_ID, updatedAt: '2026-10-01T09:00:00.000Z-0000' },
    );
    expect(regionNameOf([partner(2, 'Helmond-De Peel'), partner(3, 'Helmond-De Peel'), renamed])).toBe('Regio De Peel');
    const report = renderReport(analyseRegiobeeld(REGION, [renamed], []), {
      generatedAt: '2026-11-22T12:00:00.000Z',
      language: 'nl',
      document: chartDocument(),
    });
    expect(report).toContain('<title>Regiobeeld Regio De Peel</title>');
    expect(report).toContain('<h1>Regiobeeld <bdi>Regio De Peel</bdi></h1>');
  });
});
