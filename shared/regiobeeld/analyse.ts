import { analysePlan, type PlanAnalysis } from '../plan/analyse-plan.ts';
import { agendaNotInPlan } from '../plan/coverage.ts';
import { issueSurvivors } from '../records/issue-survivors.ts';
import { readRegionSettings, type RegionSettingsRead, sharedIssueList } from '../records/published-settings.ts';
import type { RegionRecord } from '../schema/record.ts';
import { aggregateSurveys, type SurveysReport } from '../survey/aggregate-survey.ts';
import type { SurveyDefinition } from '../survey/definition.ts';
import { type AgendaItem, gespreksagenda } from './agenda.ts';
import { agendaCsv, issuesCsv, observationsCsv, surveyAggregatesCsv, surveyWords, traceMatrixCsv } from './csv-exports.ts';
import { type DotVoteResults, dotVoteResults } from './dot-votes.ts';
import { type DuplicateSuggestion, duplicateSuggestions } from './duplicate-issues.ts';
import { type RegionAreas, regionAreasOf } from './figure-text.ts';
import { type IssueSummaries, summariseIssues } from './issue-summaries.ts';
import type { Agreement } from './outcomes.ts';
import { type LookAlikeNames, lookAlikeNames } from './look-alike-names.ts';
import { buildObservationIndex, type ObservationIndex } from './observation-index.ts';
import { regionOverview, type RegionOverview } from './overview.ts';
import { type PartnerDirectory, partnerDirectory } from './partners.ts';
import { type Releases, releasesOf } from './releases.ts';
import { type UnsignedRecords, unsignedRecords } from './unsigned-records.ts';

/** The merged regiobeeld read once: everything the pages, the report and the exports show. */
export interface RegiobeeldAnalysis {
  readonly overview: RegionOverview;
  readonly partners: PartnerDirectory;
  /** Partners a reader cannot tell apart by name: each may be posing as the other. */
  readonly lookAlikeNames: readonly LookAlikeNames[];
  /** Records without a signature, per writer: let in by the coordinator, not proven to be theirs. */
  readonly unsigned: readonly UnsignedRecords[];
  readonly observations: ObservationIndex;
  readonly surveys: SurveysReport;
  readonly issues: IssueSummaries;
  /** Every afspraak of the regiotafel, due first (each also under its issue). */
  readonly agreements: readonly Agreement[];
  /** The voting rounds of the regiotafel ("stemmen met stippen") and their results, read through the merges. */
  readonly dotVotes: DotVoteResults;
  /** Standing issues that may be one, for whoever merges them. */
  readonly duplicates: readonly DuplicateSuggestion[];
  readonly agenda: readonly AgendaItem[];
  readonly plan: PlanAnalysis;
  /** What the coordinator published for the region: the shared issue list, themes and survey round. */
  readonly settings: RegionSettingsRead;
  /** The coordinator's released versions, newest first, with the partners' akkoord. */
  readonly releases: Releases;
  /** The region's gemeenten and the names of areas, for figures, lists and files. */
  readonly regionAreas: RegionAreas;
}

/** What a caller that analyses again and again (the dashboard, after every change) may keep between analyses. */
export interface AnalysisMemo {
  /** Source addresses as written and normalised: see `buildObservationIndex`. */
  readonly sourceUrls?: Map<string, string>;
}

export function analyseRegiobeeld(
  region: string,
  records: readonly RegionRecord[],
  definitions: readonly SurveyDefinition[],
  memo: AnalysisMemo = {},
  /** Names of the wijken the records name, where the caller has them (they are loaded on demand). */
  wijken: ReadonlyMap<string, string> = new Map(),
): RegiobeeldAnalysis {
  // One directory for every part: each would otherwise walk all records for it again.
  const partners = partnerDirectory(records);
  // Merges of issues apply to every part that counts for an issue: evidence, rankings, coverage.
  const survivors = issueSurvivors(records);
  const surveys = aggregateSurveys(definitions, records, {}, survivors);
  const issues = summariseIssues(records, definitions, surveys, partners, survivors);
  const plan = analysePlan(records, issues.issues, survivors.survivorOf);
  const overview = regionOverview(region, records, partners);
  return {
    overview,
    partners,
    lookAlikeNames: lookAlikeNames(partners.all),
    unsigned: unsignedRecords(records),
    observations: buildObservationIndex(records, partners, memo.sourceUrls),
    surveys,
    issues,
    duplicates: duplicateSuggestions(issues.issues),
    agreements: issues.agreements,
    dotVotes: dotVoteResults(records, partners, survivors.survivorOf),
    agenda: gespreksagenda(issues.issues, agendaNotInPlan(plan.index, plan.coverage)),
    plan,
    settings: readRegionSettings(records, survivors),
    releases: releasesOf(records, partners),
    regionAreas: regionAreasOf(region, overview.regionName, wijken),
  };
}

export const CSV_FILE_NAMES = ['waarnemingen.csv', 'knelpunten.csv', 'vragenlijsten.csv', 'gespreksagenda.csv', 'herleidingsmatrix.csv'] as const;
export type CsvFileName = (typeof CSV_FILE_NAMES)[number];

/** One of the CSV exports: only that one is built. */
export function csvExport(analysis: RegiobeeldAnalysis, name: CsvFileName): string {
  switch (name) {
    case 'waarnemingen.csv': {
      const titles = new Map([...analysis.issues.issues, ...analysis.issues.merged].map((issue) => [issue.id, issue.title]));
      return observationsCsv(analysis.observations.observations, { issueTitle: (id) => titles.get(id), region: analysis.regionAreas });
    }
    case 'knelpunten.csv':
      return issuesCsv(analysis.issues.issues, analysis.partners, {
        areaName: analysis.regionAreas.areaName,
        words: surveyWords(analysis.surveys),
        shared: sharedIssueList(analysis.settings.published),
        round: analysis.dotVotes.current,
      });
    case 'vragenlijsten.csv':
      return surveyAggregatesCsv(analysis.surveys);
    case 'gespreksagenda.csv':
      return agendaCsv(analysis.agenda, analysis.issues.issues, analysis.partners, surveyWords(analysis.surveys));
    case 'herleidingsmatrix.csv':
      return traceMatrixCsv(analysis.plan.matrix);
  }
}

/** The CSV exports, by file name. */
export function csvExports(analysis: RegiobeeldAnalysis): Record<CsvFileName, string> {
  return {
    'waarnemingen.csv': csvExport(analysis, 'waarnemingen.csv'),
    'knelpunten.csv': csvExport(analysis, 'knelpunten.csv'),
    'vragenlijsten.csv': csvExport(analysis, 'vragenlijsten.csv'),
    'gespreksagenda.csv': csvExport(analysis, 'gespreksagenda.csv'),
    'herleidingsmatrix.csv': csvExport(analysis, 'herleidingsmatrix.csv'),
  };
}
