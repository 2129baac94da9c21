import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { RegiobeeldSummary } from '../../extension/components/regiobeeld-summary.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { decodeBundle } from '../../shared/bundle/decode.ts';
import { mergeRecords } from '../../shared/merge/merge-records.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';

afterEach(cleanup);

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const records = mergeRecords(
  readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const decoded = decodeBundle(readFileSync(resolve(EXAMPLES, name)), { now: Date.now() });
      if (!decoded.ok) throw new Error(name);
      return decoded.bundle.records;
    }),
).records;
const { definitions } = loadDefinitions(DEFINITION_SOURCES);

describe('the shared regiobeeld on the dashboard', () => {
  it('shows the five example partners by domain, the gespreksagenda and the issues by survey priority', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, definitions)} />);
    expect(screen.getByTestId('regiobeeld-counts').textContent).toBe('52 waarnemingen, 10 knelpunten, 5 ingevulde vragenlijsten');
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Zorgkantoor Zuidoost-Brabant');
    const shared = screen.getAllByTestId('agenda-group').find((group) => group.dataset['kind'] === 'shared-priority');
    expect(shared === undefined ? [] : within(shared).getAllByTestId('agenda-item').map((item) => item.textContent)[0]).toMatch(/^Huisartsentekort: inwoners zonder huisarts \(plaats 1 · 7 waarnemingen\)$/);
    const rows = screen.getAllByTestId('issue-row');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.querySelectorAll('td')[3]?.textContent).toBe('1');
  });

  it('says how the agenda comes about while no survey ranked any issue', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records.filter((record) => record.type !== 'surveyResponse'), definitions)} />);
    expect(screen.queryAllByTestId('agenda-item')).toEqual([]);
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Nog geen agenda: die ontstaat zodra partners knelpunten hebben gerangschikt');
  });
});
