import { compareText } from '../canonical/compare-text.ts';
import { compareVersions } from '../merge/version-order.ts';
import { isRoundOpening } from '../schema/dot-vote.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import { DOMAIN_KEYS, type DomainKey } from '../survey/answers.ts';
import { countsAsPartner, type PartnerDirectory } from './partners.ts';

/**
 * Why a vote does not count: written by another partner than its voter who is no coordinator
 * (`not-the-voter`); given for a coordinator, who does not vote (`coordinator`); given for an
 * installation without a partner record, which the partners counted do not include
 * (`not-a-partner`); or more dots than the round allows, as its coordinator opened it (`over-budget`).
 */
export type IgnoredReason = 'not-the-voter' | 'coordinator' | 'not-a-partner' | 'over-budget';

/** Dots on one issue, or of one domain. */
export interface DomainDots {
  readonly domain: DomainKey;
  readonly dots: number;
  /** The partners of the domain whose dots these are. */
  readonly voters: number;
}

/** A partner's vote that counts. */
export interface CountedVote {
  /** The vote record's id. */
  readonly id: string;
  readonly voterPartnerId: string;
  readonly domain: DomainKey;
  /** Who wrote it: the voter itself, or a coordinator who entered it. */
  readonly writtenBy: string;
  readonly at: string;
  /** Its dots per issue, each counted for the issue it stands in after merges, by issue id; none on a deleted issue. */
  readonly dots: readonly { readonly issueId: string; readonly dots: number }[];
  /** Its dots that count: those on a deleted issue do not. */
  readonly total: number;
}

/** A vote that does not count, named so nobody's dots are silently gone. */
export interface IgnoredVote {
  readonly id: string;
  readonly voterPartnerId: string;
  readonly writtenBy: string;
  readonly at: string;
  readonly total: number;
  readonly reason: IgnoredReason;
}

/** What one issue got in a round. */
export interface IssueDotCount {
  /** The issue the dots count for: a dot on a merged issue counts for its survivor. */
  readonly issueId: string;
  readonly dots: number;
  /** How many partners put a dot on it. */
  readonly voters: number;
  /** Its dots per domain of the voters, in the order of the domain list. */
  readonly byDomain: readonly DomainDots[];
}

/** One voting round ("stemronde") and its result. */
export interface DotVoteRound {
  /** The round's name, "Regiotafel 12 maart 2027": what makes it one round. */
  readonly name: string;
  /** The dots each partner spreads, as the coordinator opened the round. */
  readonly budget: number;
  /** The coordinator who opened it (its latest opening), and when. */
  readonly openedBy: string;
  readonly openedAt: string;
  /** The votes that count, by voter id. */
  readonly votes: readonly CountedVote[];
  /** The votes that do not count, by voter id. */
  readonly ignored: readonly IgnoredVote[];
  /** The issues that got dots: most dots first, then most voters, then by id. */
  readonly issues: readonly IssueDotCount[];
  /** How many partners voted: put at least one dot that counts. */
  readonly voters: number;
  /** Every dot that counts. */
  readonly dots: number;
  /** The dots per domain of the voters, in the order of the domain list. */
  readonly byDomain: readonly DomainDots[];
}

export interface DotVoteResults {
  /** Every round a coordinator opened, opened latest first; votes in a round nobody opened are in none. */
  readonly rounds: readonly DotVoteRound[];
  /** The round opened last by a coordinator: the one partners vote in now. Null until one is opened. */
  readonly current: DotVoteRound | null;
}

export const NO_DOT_VOTES: DotVoteResults = { rounds: [], current: null };

/** What an issue got in a round; null when it got no dot (or there is no round). */
export function dotsOf(round: DotVoteRound | null, issueId: string): IssueDotCount | null {
  return round?.issues.find((issue) => issue.issueId === issueId) ?? null;
}

const DOMAIN_ORDER = new Map<string, number>(DOMAIN_KEYS.map((domain, index) => [domain, index]));

function domainDots(entries: Iterable<{ domain: DomainKey; dots: number; voter: string }>): DomainDots[] {
  const held = new Map<DomainKey, { dots: number; voters: Set<string> }>();
  for (const { domain, dots, voter } of entries) {
    const entry = held.get(domain) ?? { dots: 0, voters: new Set<string>() };
    entry.dots += dots;
    entry.voters.add(voter);
    held.set(domain, entry);
  }
  return [...held]
    .map(([domain, { dots, voters }]) => ({ domain, dots, voters: voters.size }))
    .sort((a, b) => (DOMAIN_ORDER.get(a.domain) ?? 0) - (DOMAIN_ORDER.get(b.domain) ?? 0));
}

/**
 * The voting rounds among the records and their results. A round is there once a coordinator
 * opened it (`isRoundOpening`: an id of its own that nobody else can write a version of); votes in
 * a round nobody opened count nowhere. Each partner has one vote per round (its id is the round's
 * and the voter's); of several versions of it the latest speaks, by the order of every merge. That
 * version counts only when written by its voter or by a coordinator, and given for a partner
 * (`countsAsPartner`), as the partners counted are; the others are named as ignored. Dots on an
 * issue merged into another count for the issue that stands (`survivorOf`); dots on a deleted issue
 * do not count, and dots on an issue not received here yet do.
 */
export function dotVoteResults(records: readonly RegionRecord[], partners: PartnerDirectory, survivorOf: (id: string) => string = (id) => id): DotVoteResults {
  // The latest version of every vote, and of every issue, as a merge of bundles would leave it.
  const latest = new Map<string, LiveRecord<'dotVote'>>();
  const issues = new Map<string, RegionRecord>();
  for (const record of records) {
    if (record.type === 'issue') {
      const held = issues.get(record.id);
      if (held === undefined || compareVersions(record, held) > 0) issues.set(record.id, record);
    }
    if (record.type !== 'dotVote' || !isLive(record)) continue;
    const held = latest.get(record.id);
    if (held === undefined || compareVersions(record, held) > 0) latest.set(record.id, record);
  }
  const deleted = (issueId: string) => issues.get(issueId)?.deleted === true;

  const byRound = new Map<string, LiveRecord<'dotVote'>[]>();
  for (const record of latest.values()) {
    const list = byRound.get(record.body.round);
    if (list === undefined) byRound.set(record.body.round, [record]);
    else list.push(record);
  }

  const rounds: DotVoteRound[] = [];
  for (const [name, held] of byRound) {
    const allowed = (record: LiveRecord<'dotVote'>) => record.origin === record.body.voterPartnerId || partners.of(record.origin).coordinator;
    const votes = held.filter((record) => !isRoundOpening(record));
    let opening: LiveRecord<'dotVote'> | undefined;
    for (const record of held) {
      if (!isRoundOpening(record) || !partners.of(record.origin).coordinator) continue;
      if (
        opening === undefined ||
        compareText(record.updatedAt, opening.updatedAt) > 0 ||
        (record.updatedAt === opening.updatedAt && compareText(record.id, opening.id) > 0)
      )
        opening = record;
    }
    if (opening === undefined) continue;
    const budget = opening.body.budget;
    const counted: CountedVote[] = [];
    const ignored: IgnoredVote[] = [];
    for (const record of votes) {
      const { voterPartnerId } = record.body;
      const total = record.body.dots.reduce((sum, entry) => sum + entry.dots, 0);
      const ignore = (reason: IgnoredReason) => ignored.push({ id: record.id, voterPartnerId, writtenBy: record.origin, at: record.updatedAt, total, reason });
      if (!allowed(record)) ignore('not-the-voter');
      else if (partners.of(voterPartnerId).coordinator) {
        // The coordinator does not vote: a record of no dots given for it says nothing.
        if (total > 0) ignore('coordinator');
      } else if (!countsAsPartner(partners.of(voterPartnerId))) ignore('not-a-partner');
      else if (total > budget) ignore('over-budget');
      else {
        const dots = new Map<string, number>();
        for (const entry of record.body.dots) {
          if (deleted(entry.issueId)) continue;
          const issueId = survivorOf(entry.issueId);
          dots.set(issueId, (dots.get(issueId) ?? 0) + entry.dots);
        }
        counted.push({
          id: record.id,
          voterPartnerId,
          domain: partners.of(voterPartnerId).domain,
          writtenBy: record.origin,
          at: record.updatedAt,
          dots: [...dots].map(([issueId, count]) => ({ issueId, dots: count })).sort((a, b) => compareText(a.issueId, b.issueId)),
          total: [...dots.values()].reduce((sum, count) => sum + count, 0),
        });
      }
    }
    counted.sort((a, b) => compareText(a.voterPartnerId, b.voterPartnerId));
    ignored.sort((a, b) => compareText(a.voterPartnerId, b.voterPartnerId) || compareText(a.id, b.id));

    const perIssue = new Map<string, { domain: DomainKey; dots: number; voter: string }[]>();
    for (const vote of counted)
      for (const entry of vote.dots) {
        const list = perIssue.get(entry.issueId) ?? [];
        list.push({ domain: vote.domain, dots: entry.dots, voter: vote.voterPartnerId });
        perIssue.set(entry.issueId, list);
      }
    const issues = [...perIssue]
      .map(([issueId, entries]) => ({
        issueId,
        dots: entries.reduce((sum, entry) => sum + entry.dots, 0),
        voters: new Set(entries.map((entry) => entry.voter)).size,
        byDomain: domainDots(entries),
      }))
      .sort((a, b) => b.dots - a.dots || b.voters - a.voters || compareText(a.issueId, b.issueId));
    const voting = counted.filter((vote) => vote.total > 0);
    rounds.push({
      name,
      budget,
      openedBy: opening.origin,
      openedAt: opening.updatedAt,
      votes: counted,
      ignored,
      issues,
      voters: voting.length,
      dots: voting.reduce((sum, vote) => sum + vote.total, 0),
      byDomain: domainDots(voting.map((vote) => ({ domain: vote.domain, dots: vote.total, voter: vote.voterPartnerId }))),
    });
  }
  rounds.sort((a, b) => compareText(b.openedAt, a.openedAt) || compareText(a.name, b.name));
  return { rounds, current: rounds[0] ?? null };
}
