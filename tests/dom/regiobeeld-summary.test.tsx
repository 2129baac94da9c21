import { mergedExampleRecords } from '../unit/cli/support/examples.ts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RegiobeeldSummary } from '../../extension/features/regiobeeld/regiobeeld-summary.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { fakeIssue, fakeObservation, recordId, REGION } from '../support/fake-records.ts';
import { PARTNER, partnerRecord, responseRecord, toets } from '../unit/survey/support/toets-survey.ts';

afterEach(cleanup);

const records = mergedExampleRecords();
const { definitions } = loadDefinitions(DEFINITION_SOURCES);

describe('the shared regiobeeld on the dashboard', () => {
  it('shows the five example partners by domain, the gespreksagenda and the issues by survey priority', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, definitions)} />);
    expect(screen.getByTestId('regiobeeld-counts').textContent).toBe('54 waarnemingen, 10 knelpunten, 5 ingevulde vragenlijsten');
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Zorgkantoor Zuidoost-Brabant');
    const shared = screen.getAllByTestId('agenda-group').find((group) => group.dataset['kind'] === 'shared-priority');
    expect(
      shared === undefined
        ? []
        : within(shared)
            .getAllByTestId('agenda-item')
            .map((item) => item.textContent)[0],
    ).toMatch(/^Huisartsentekort: inwoners zonder huisarts \(plaats 1 · 7 waarnemingen\)$/);
    const rows = screen.getAllByTestId('issue-row');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.querySelectorAll('td')[3]?.textContent).toBe('1');
  });

  it('counts one of a kind in the singular and names surveys not yet completed apart', () => {
    const few = [fakeObservation(1), fakeIssue(2), responseRecord(1, PARTNER.zorg, {}), responseRecord(2, PARTNER.sociaal, {}, { status: 'in-progress' })];
    render(<RegiobeeldSummary analysis={analyseRegiobeeld(REGION, few, [toets(1)])} />);
    expect(screen.getByTestId('regiobeeld-counts').textContent).toBe('1 waarneming, 1 knelpunt, 1 ingevulde vragenlijst (1 nog niet afgerond)');
  });

  it('names beside each issue the goals and actions that rest on it', () => {
    render(<RegiobeeldSummary analysis={analyseRegiobeeld('helmond-de-peel', records, definitions)} />);
    const resting = (title: string) => {
      const row = screen.getAllByTestId('issue-row').find((element) => element.querySelector('td')?.firstChild?.textContent === title);
      return row === undefined
        ? undefined
        : within(row)
            .queryAllByTestId('record-plan-item')
            .map((item) => item.textContent);
    };
    expect(resting('Huisartsentekort: inwoners zonder huisarts')).toEqual(['Doel: Elke inwoner heeft een vaste huisarts']);
    expect(resting('Lange wachttijden in de GGZ voor jongeren')).toEqual(['Doel: Jongeren met psychische klachten krijgen binnen acht weken hulp']);
    expect(resting('Geldzorgen en gezondheid')).toEqual([]);
  });

  it('says how the agenda comes about while no survey ranked any issue', () => {
    render(
      <RegiobeeldSummary
        analysis={analyseRegiobeeld(
          'helmond-de-peel',
          records.filter((record) => record.type !== 'surveyResponse'),
          definitions,
        )}
      />,
    );
    expect(screen.queryAllByTestId('agenda-item')).toEqual([]);
    expect(screen.getByTestId('regiobeeld-summary').textContent).toContain('Nog geen agenda: die ontstaat zodra partners knelpunten hebben gerangschikt');
  });
});

describe('an issue opened on the dashboard', () => {
  it('shows its evidence (quote, source link, partner, duiding) and the domains that differ most', async () => {
    const analysis = analyseRegiobeeld('helmond-de-peel', records, definitions);
    render(<RegiobeeldSummary analysis={analysis} />);
    const first = analysis.issues.issues[0];
    const details = screen.getAllByTestId('issue-details').find((element) => element.dataset['issueId'] === first?.id);
    if (!(details instanceof HTMLDetailsElement) || first === undefined) throw new Error('the first issue has its details');
    // Closed, an issue holds none of its evidence: a long list of issues stays light.
    expect(within(details).queryAllByTestId('issue-evidence')).toEqual([]);
    details.open = true;
    const evidence = await waitFor(() => within(details).getAllByTestId('issue-evidence'));
    expect(evidence.map((item) => item.dataset['observationId'])).toEqual(first.evidenceIds);
    const observation = analysis.observations.observations.find((o) => o.record.id === first.evidenceIds[0]);
    expect(within(evidence[0] as HTMLElement).getByTestId('evidence-quote').textContent).toBe(observation?.record.body.quote);
    expect(within(evidence[0] as HTMLElement).getByTestId('evidence-partner').textContent).toBe(`Geknipt door ${observation?.partner.organisation}`);
    expect(
      within(evidence[0] as HTMLElement)
        .getByTestId('evidence-source')
        .getAttribute('href'),
    ).toMatch(/^https:\/\//);
    const gap = first.priority?.domainGap;
    expect(gap).not.toBeNull();
    expect(within(details).getByTestId('issue-domain-gap').textContent).toContain('geeft dit knelpunt een score van');
    expect(
      within(details)
        .getAllByTestId('issue-domain-row')
        .map((row) => row.dataset['domain']),
    ).toEqual(['zorg', 'sociaal-domein', 'verzekeraar']);
  });

  it('says per domain how many ranked it out of those it was offered to, and where it was not offered', async () => {
    const issues = [fakeIssue(1, { title: 'Eenzaamheid' }), fakeIssue(2, { title: 'Wachttijden' })];
    const offered = [
      partnerRecord(PARTNER.zorg, 'zorg', 'Huisartsen'),
      partnerRecord(PARTNER.sociaal, 'sociaal-domein', 'Gemeente'),
      ...issues,
      responseRecord(1, PARTNER.zorg, { top: [recordId(1), recordId(2)] }, { offered: { top: [recordId(1), recordId(2)] } }),
      responseRecord(2, PARTNER.sociaal, { top: [recordId(1)] }, { offered: { top: [recordId(1)] } }),
    ];
    render(<RegiobeeldSummary analysis={analyseRegiobeeld(REGION, offered, [toets(1)])} />);
    const details = screen.getAllByTestId('issue-details').find((element) => element.dataset['issueId'] === recordId(2));
    if (!(details instanceof HTMLDetailsElement)) throw new Error('the second issue has its details');
    details.open = true;
    const rows = await waitFor(() => within(details).getAllByTestId('issue-domain-row'));
    expect(rows.map((row) => [row.dataset['domain'], within(row).getByTestId('issue-domain-rankers').textContent])).toEqual([
      ['zorg', '1 / 1'],
      ['sociaal-domein', 'niet aangeboden'],
    ]);
  });
});
