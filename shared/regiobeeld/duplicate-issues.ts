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
 * A word or clip shared by more issues than this says nothing about any two of them ("zorg"), and
 * pairing them all would make the work grow with the square of the issues (a hostile bundle may
 * hold thousands).
 */
export const COMMON_TO = 20;

/** Suggestions kept, strongest first: more than a coordinator works through in one sitting. */
export const MOST_SUGGESTIONS = 200;

/**
 * Pairs of standing issues with alike titles or evidence in common, strongest first (shared
 * evidence, then likeness, then ids), at most `MOST_SUGGESTIONS`. Only pairs that share a title
 * word or an observation held by at most `COMMON_TO` issues are compared; issues whose titles
 * have the same words are paired with the first of them however many there are, so a long list
 * of copies still comes up without being compared pair by pair.
 */
export function duplicateSuggestions(issues: readonly IssueSummary[]): DuplicateSuggestion[] {
  const words = issues.map((issue) => titleWords(issue.title));
  const postings = new Map<string, number[]>();
  const post = (key: string, at: number): void => {
    const list = postings.get(key);
    if (list === undefined) postings.set(key, [at]);
    else if (list.length <= COMMON_TO) list.push(at);
  };
  const sameWords = new Map<string, number[]>();
  issues.forEach((issue, at) => {
    const own = words[at] ?? new Set<string>();
    for (const word of own) post(`w\u0000${word}`, at);
    for (const id of new Set(issue.evidenceIds)) post(`e\u0000${id}`, at);
    if (own.size === 0) return;
    const key = [...own].sort().join(' ');
    const group = sameWords.get(key);
    if (group === undefined) sameWords.set(key, [at]);
    else group.push(at);
  });

  // Per pair (lower position first): the observations both name, counted from the clips' postings.
  const pairs = new Map<number, Map<number, number>>();
  const pair = (a: number, b: number, shared: number): void => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const row = pairs.get(low) ?? new Map<number, number>();
    row.set(high, (row.get(high) ?? 0) + shared);
    pairs.set(low, row);
  };
  for (const [key, list] of postings) {
    if (list.length > COMMON_TO) continue;
    const shared = key.startsWith('e') ? 1 : 0;
    for (let i = 0; i < list.length; i += 1) for (let j = i + 1; j < list.length; j += 1) pair(list[i] as number, list[j] as number, shared);
  }
  for (const group of sameWords.values()) {
    if (group.length <= COMMON_TO) continue;
    const [head, ...rest] = group as [number, ...number[]];
    for (const at of rest) pair(head, at, 0);
  }

  const out: DuplicateSuggestion[] = [];
  for (const [first, row] of pairs) {
    const a = issues[first];
    const aWords = words[first];
    if (a === undefined || aWords === undefined) continue;
    for (const [second, sharedEvidence] of row) {
      const b = issues[second];
      const bWords = words[second];
      if (b === undefined || bWords === undefined) continue;
      const alike = likeness(aWords, bWords);
      const reasons: DuplicateReason[] = [];
      if (alike >= TITLE_LIKENESS) reasons.push('similar-title');
      if (sharedEvidence > 0) reasons.push('shared-evidence');
      if (reasons.length === 0) continue;
      const [into, away] =
        b.evidenceIds.length > a.evidenceIds.length || (b.evidenceIds.length === a.evidenceIds.length && compareText(b.id, a.id) < 0) ? [b, a] : [a, b];
      out.push({ issueId: away.id, intoId: into.id, reasons, likeness: alike, sharedEvidence });
    }
  }
  return out
    .sort((x, y) => y.sharedEvidence - x.sharedEvidence || y.likeness - x.likeness || compareText(x.intoId, y.intoId) || compareText(x.issueId, y.issueId))
    .slice(0, MOST_SUGGESTIONS);
}
