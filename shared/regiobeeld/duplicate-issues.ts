import { compareText } from '../canonical/compare-text.ts';
import { foldText } from './fold-text.ts';
import type { IssueSummary } from './issue-summaries.ts';

/**
 * Two titles are alike when at least this share of their words (Jaccard, after folding case and
 * accents and leaving out the small words) is the same: "Eenzaamheid onder 75-plussers" and
 * "Eenzaamheid bij 75-plussers" are, "Eenzaamheid onder jongeren" and "… 75-plussers" are not.
 */
export const TITLE_LIKENESS = 0.6;

/** Dutch and English words that carry no subject: leaving them out keeps "bij" and "onder" from making titles alike. */
const SMALL_WORDS = new Set(
  'de het een en of van voor in op met onder bij aan te tot om door over uit naar als is zijn wordt worden the a an and or of for in on with at to by from is are'.split(
    ' ',
  ),
);

export type DuplicateReason = 'similar-title' | 'shared-evidence';

/** Two standing issues that may be one: a suggestion for whoever merges, never applied by itself. */
export interface DuplicateSuggestion {
  /** The one to merge away: the one with less evidence, or else the later made (greater id). */
  readonly issueId: string;
  /** The one it would count for. */
  readonly intoId: string;
  readonly reasons: readonly DuplicateReason[];
  /** Share of title words in common (0–1). */
  readonly likeness: number;
  /** Observations that name both. */
  readonly sharedEvidence: number;
}

function titleWords(title: string): Set<string> {
  return new Set(
    foldText(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '' && !SMALL_WORDS.has(word)),
  );
}

function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Pairs of standing issues with alike titles or evidence in common, strongest first (shared
 * evidence, then likeness, then ids). Only pairs that share a title word or an observation are
 * compared, so a long list of issues is not compared pair by pair.
 */
export function duplicateSuggestions(issues: readonly IssueSummary[]): DuplicateSuggestion[] {
  const words = issues.map((issue) => titleWords(issue.title));
  const candidates = new Map<string, Set<number>>();
  const postings = new Map<string, number[]>();
  const meet = (key: string, at: number): void => {
    const earlier = postings.get(key) ?? [];
    for (const other of earlier) {
      const set = candidates.get(String(other)) ?? new Set<number>();
      set.add(at);
      candidates.set(String(other), set);
    }
    earlier.push(at);
    postings.set(key, earlier);
  };
  issues.forEach((issue, at) => {
    for (const word of words[at] ?? []) meet(`w\u0000${word}`, at);
    for (const id of issue.evidenceIds) meet(`e\u0000${id}`, at);
  });

  const out: DuplicateSuggestion[] = [];
  for (const [first, others] of candidates) {
    const a = issues[Number(first)];
    const aWords = words[Number(first)];
    if (a === undefined || aWords === undefined) continue;
    const aEvidence = new Set(a.evidenceIds);
    for (const second of others) {
      const b = issues[second];
      const bWords = words[second];
      if (b === undefined || bWords === undefined) continue;
      const alike = likeness(aWords, bWords);
      const sharedEvidence = b.evidenceIds.filter((id) => aEvidence.has(id)).length;
      const reasons: DuplicateReason[] = [];
      if (alike >= TITLE_LIKENESS) reasons.push('similar-title');
      if (sharedEvidence > 0) reasons.push('shared-evidence');
      if (reasons.length === 0) continue;
      const [into, away] =
        b.evidenceIds.length > a.evidenceIds.length || (b.evidenceIds.length === a.evidenceIds.length && compareText(b.id, a.id) < 0) ? [b, a] : [a, b];
      out.push({ issueId: away.id, intoId: into.id, reasons, likeness: alike, sharedEvidence });
    }
  }
  return out.sort(
    (x, y) => y.sharedEvidence - x.sharedEvidence || y.likeness - x.likeness || compareText(x.intoId, y.intoId) || compareText(x.issueId, y.issueId),
  );
}
