import { compareText } from '../canonical/compare-text.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import { DOMAIN_KEYS, type DomainKey } from '../survey/answers.ts';
import type { SurveysReport } from '../survey/aggregate-survey.ts';
import type { SurveyDefinition } from '../survey/definition.ts';
import { headlineRanking, type IssueRanking, issueRankings } from './issue-priority.ts';
import { type IssueSurvivors, issueSurvivors } from '../records/issue-survivors.ts';
import { type Agreement, agreementsOf, type IssueOutcome, outcomesByIssue } from './outcomes.ts';
import { NO_RECOGNITIONS, recognitionsByTarget, type TargetRecognitions } from './recognitions.ts';
import { type PartnerDirectory, partnerDirectory } from './partners.ts';

export interface IssueSummary {
  readonly id: string;
  readonly title: string;
  readonly themes: readonly string[];
  readonly areas: readonly string[];
  /** Ids of the live observations linked to it or to an issue merged into it, sorted. */
  readonly evidenceIds: readonly string[];
  /** The partner of the issue's current version, of every issue merged into it and of every piece of evidence, sorted by id. */
  readonly partnerIds: readonly string[];
  /**
   * Who raised it: the partner that made it, then those that made an issue merged into it, each
   * once. Issues are not edited, so the writer of an issue's version is its first author; a clip's
   * partner gave evidence and did not raise it.
   */
  readonly raisedBy: readonly string[];
  /** The issues merged into it (also through others), by id: their evidence and rankings count here. */
  readonly mergedIssues: readonly MergedIssue[];
  /** Which partners recognise it and which do not ("herken ik"), also said of an issue merged into it. */
  readonly recognitions: TargetRecognitions;
  /** What the regiotafel agreed of it; null until it recorded something. */
  readonly outcome: IssueOutcome | null;
  /** The afspraken about it, due first. */
  readonly agreements: readonly Agreement[];
  /** Their domains, in the order of the domain list. */
  readonly domains: readonly DomainKey[];
  /** Every issue-ranking question's view of it. */
  readonly rankings: readonly IssueRanking[];
  /** The ranking that speaks for it (see `headlineRanking`); null when no survey could rank it. */
  readonly priority: IssueRanking | null;
}

/** An issue merged into another: kept readable ("samengevoegd met"), counted for the issue it stands in. */
export interface MergedIssue {
  readonly id: string;
  readonly title: string;
  /** The partner of its current version: who raised it. */
  readonly partnerId: string;
  /** The issue it was merged into by its merge, before chains are followed. */
  readonly intoId: string;
  /** The issue it counts for in the end (`IssueSurvivors.survivorOf`). */
  readonly survivorId: string;
}

/** Observations that name issues the regiobeeld does not hold (deleted, or never received). */
export interface DanglingEvidence {
  readonly issueId: string;
  readonly observationIds: readonly string[];
}

export interface IssueSummaries {
  /** The issues that stand (not merged into another). Best place first; unranked issues after, most evidence first; then by id. */
  readonly issues: readonly IssueSummary[];
  /** Every live issue merged into another, by id. */
  readonly merged: readonly MergedIssue[];
  /** Every afspraak of the regiotafel, due first (each also under its issue, when that stands). */
  readonly agreements: readonly Agreement[];
  readonly dangling: readonly DanglingEvidence[];
  /** Who recognises each observation and who does not, by observation id (an issue's are in its summary). */
  readonly observationRecognitions: ReadonlyMap<string, TargetRecognitions>;
}

export function summariseIssues(
  records: readonly RegionRecord[],
  definitions: readonly SurveyDefinition[],
  surveys: SurveysReport,
  partners: PartnerDirectory = partnerDirectory(records),
  survivors: IssueSurvivors = issueSurvivors(records),
): IssueSummaries {
  const rankings = issueRankings(definitions, surveys);
  const recognitions = recognitionsByTarget(records, partners, survivors.survivorOf);
  const outcomes = outcomesByIssue(records, survivors.survivorOf);
  const allAgreements = agreementsOf(records, survivors.survivorOf);
  const agreements = new Map<string, Agreement[]>();
  for (const agreement of allAgreements) {
    const list = agreements.get(agreement.issueId);
    if (list === undefined) agreements.set(agreement.issueId, [agreement]);
    else list.push(agreement);
  }
  const evidence = new Map<string, { ids: string[]; origins: Set<string> }>();
  for (const record of records) {
    if (record.type !== 'observation' || !isLive(record)) continue;
    for (const issueId of new Set(record.body.issueIds.map(survivors.survivorOf))) {
      const entry = evidence.get(issueId) ?? { ids: [], origins: new Set<string>() };
      entry.ids.push(record.id);
      entry.origins.add(record.origin);
      evidence.set(issueId, entry);
    }
  }

  const held = new Set<string>();
  const standing: LiveRecord<'issue'>[] = [];
  const merged: MergedIssue[] = [];
  for (const record of records) {
    if (record.type !== 'issue' || !isLive(record)) continue;
    held.add(record.id);
    const survivorId = survivors.survivorOf(record.id);
    const intoId = survivors.mergedInto.get(record.id);
    if (survivorId === record.id || intoId === undefined) standing.push(record);
    else merged.push({ id: record.id, title: record.body.title, partnerId: record.origin, intoId, survivorId });
  }
  merged.sort((a, b) => compareText(a.id, b.id));
  const mergedInto = new Map<string, MergedIssue[]>();
  for (const issue of merged) {
    const list = mergedInto.get(issue.survivorId);
    if (list === undefined) mergedInto.set(issue.survivorId, [issue]);
    else list.push(issue);
  }

  const issues: IssueSummary[] = standing.map((record) => {
    const found = evidence.get(record.id);
    const mergedIssues = mergedInto.get(record.id) ?? [];
    const partnerIds = [...new Set([record.origin, ...mergedIssues.map((issue) => issue.partnerId), ...(found?.origins ?? [])])].sort(compareText);
    const domainsSeen = new Set(partnerIds.map((id) => partners.of(id).domain));
    const own = rankings.get(record.id) ?? [];
    return {
      id: record.id,
      title: record.body.title,
      themes: record.body.themes,
      areas: record.body.areas,
      evidenceIds: [...(found?.ids ?? [])].sort(compareText),
      partnerIds,
      raisedBy: [...new Set([record.origin, ...mergedIssues.map((issue) => issue.partnerId)])],
      mergedIssues,
      recognitions: recognitions.get(record.id) ?? NO_RECOGNITIONS,
      outcome: outcomes.get(record.id) ?? null,
      agreements: agreements.get(record.id) ?? [],
      domains: DOMAIN_KEYS.filter((domain) => domainsSeen.has(domain)),
      rankings: own,
      priority: headlineRanking(own),
    };
  });
  issues.sort((a, b) => comparePlace(a.priority, b.priority) || b.evidenceIds.length - a.evidenceIds.length || compareText(a.id, b.id));

  const dangling = [...evidence]
    .filter(([issueId]) => !held.has(issueId))
    .map(([issueId, { ids }]) => ({ issueId, observationIds: [...ids].sort(compareText) }))
    .sort((a, b) => compareText(a.issueId, b.issueId));
  return { issues, merged, agreements: allAgreements, dangling, observationRecognitions: observationsOnly(records, recognitions) };
}

/** The recognitions of observations among those of every target: ids of observations are not ids of issues. */
function observationsOnly(records: readonly RegionRecord[], recognitions: ReadonlyMap<string, TargetRecognitions>): ReadonlyMap<string, TargetRecognitions> {
  const out = new Map<string, TargetRecognitions>();
  for (const record of records) {
    if (record.type !== 'recognition' || !isLive(record) || record.body.targetType !== 'observation') continue;
    const found = recognitions.get(record.body.targetId);
    if (found !== undefined) out.set(record.body.targetId, found);
  }
  return out;
}

function comparePlace(a: IssueRanking | null, b: IssueRanking | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.place - b.place;
}
