import { compareText } from '../canonical/compare-text.ts';
import { isLive, type RegionRecord } from '../schema/record.ts';
import { DOMAIN_KEYS, type DomainKey } from '../survey/answers.ts';
import type { SurveysReport } from '../survey/aggregate-survey.ts';
import type { SurveyDefinition } from '../survey/definition.ts';
import { headlineRanking, type IssueRanking, issueRankings } from './issue-priority.ts';
import { type PartnerDirectory, partnerDirectory } from './partners.ts';

export interface IssueSummary {
  readonly id: string;
  readonly title: string;
  readonly themes: readonly string[];
  readonly areas: readonly string[];
  /** Ids of the live observations linked to it, sorted. */
  readonly evidenceIds: readonly string[];
  /** The partner of the issue's current version and of every piece of evidence, sorted by id. */
  readonly partnerIds: readonly string[];
  /** Their domains, in the order of the domain list. */
  readonly domains: readonly DomainKey[];
  /** Every issue-ranking question's view of it. */
  readonly rankings: readonly IssueRanking[];
  /** The ranking that speaks for it (see `headlineRanking`); null when no survey could rank it. */
  readonly priority: IssueRanking | null;
}

/** Observations that name issues the regiobeeld does not hold (deleted, or never received). */
export interface DanglingEvidence {
  readonly issueId: string;
  readonly observationIds: readonly string[];
}

export interface IssueSummaries {
  /** Best place first; unranked issues after, most evidence first; then by id. */
  readonly issues: readonly IssueSummary[];
  readonly dangling: readonly DanglingEvidence[];
}

export function summariseIssues(
  records: readonly RegionRecord[],
  definitions: readonly SurveyDefinition[],
  surveys: SurveysReport,
  partners: PartnerDirectory = partnerDirectory(records),
): IssueSummaries {
  const rankings = issueRankings(definitions, surveys);
  const evidence = new Map<string, { ids: string[]; origins: Set<string> }>();
  for (const record of records) {
    if (record.type !== 'observation' || !isLive(record)) continue;
    for (const issueId of new Set(record.body.issueIds)) {
      const entry = evidence.get(issueId) ?? { ids: [], origins: new Set<string>() };
      entry.ids.push(record.id);
      entry.origins.add(record.origin);
      evidence.set(issueId, entry);
    }
  }

  const issues: IssueSummary[] = [];
  const held = new Set<string>();
  for (const record of records) {
    if (record.type !== 'issue' || !isLive(record)) continue;
    held.add(record.id);
    const found = evidence.get(record.id);
    const partnerIds = [...new Set([record.origin, ...(found?.origins ?? [])])].sort(compareText);
    const domainsSeen = new Set(partnerIds.map((id) => partners.of(id).domain));
    const own = rankings.get(record.id) ?? [];
    issues.push({
      id: record.id,
      title: record.body.title,
      themes: record.body.themes,
      areas: record.body.areas,
      evidenceIds: [...(found?.ids ?? [])].sort(compareText),
      partnerIds,
      domains: DOMAIN_KEYS.filter((domain) => domainsSeen.has(domain)),
      rankings: own,
      priority: headlineRanking(own),
    });
  }
  issues.sort((a, b) => comparePlace(a.priority, b.priority) || b.evidenceIds.length - a.evidenceIds.length || compareText(a.id, b.id));

  const dangling = [...evidence]
    .filter(([issueId]) => !held.has(issueId))
    .map(([issueId, { ids }]) => ({ issueId, observationIds: [...ids].sort(compareText) }))
    .sort((a, b) => compareText(a.issueId, b.issueId));
  return { issues, dangling };
}

function comparePlace(a: IssueRanking | null, b: IssueRanking | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.place - b.place;
}
