import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit-codes.ts';
import { main } from '../../../cli/main.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { bundleText } from '../../support/fake-bundles.ts';
import { ORIGIN_A, ORIGIN_B } from '../../support/fake-records.ts';
import { partnerRecord } from '../survey/support/toets-survey.ts';
import { UNSIGNED_LET_IN } from './support/unsigned-warning.ts';
import { memoryDeps } from './support/memory-deps.ts';

async function reportWarnings(records: readonly RegionRecord[]): Promise<{ code: number; err: readonly string[] }> {
  const machine = memoryDeps(new Map([['partners.json', bundleText(records)]]), 'en');
  const code = await main(['report', 'partners.json', '--csv-dir', 'csv', '--accept-unsigned'], machine.deps);
  // The test partners are unsigned; what letting them in says is not what these tests are about.
  return { code, err: machine.err.filter((line) => !UNSIGNED_LET_IN.test(line)) };
}

describe('report', () => {
  it('warns of two partners whose names look the same, naming both with their ids', async () => {
    const { code, err } = await reportWarnings([
      partnerRecord(ORIGIN_A, 'zorg', 'Huisartsencoöperatie De Peel'),
      partnerRecord(ORIGIN_B, 'zorg', 'HUISARTSENCOÖPERATIE\u200B De Peel'),
    ]);
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([
      `warning: partners under one name, or names that look the same, so one may be posing as another: "Huisartsencoöperatie De Peel" (${ORIGIN_A}) and "HUISARTSENCOÖPERATIE\u200B De Peel" (${ORIGIN_B}); ask the partners which installation is whose`,
    ]);
  });

  it('warns the same of two partners under the very same name, and not of names that differ', async () => {
    expect((await reportWarnings([partnerRecord(ORIGIN_A, 'zorg', 'GGD'), partnerRecord(ORIGIN_B, 'zorg', 'GGD')])).err).toEqual([
      expect.stringContaining(`"GGD" (${ORIGIN_A}) and "GGD" (${ORIGIN_B})`),
    ]);
    expect((await reportWarnings([partnerRecord(ORIGIN_A, 'zorg', 'GGD'), partnerRecord(ORIGIN_B, 'zorg', 'GGD Brabant-Zuidoost')])).err).toEqual([]);
  });
});
