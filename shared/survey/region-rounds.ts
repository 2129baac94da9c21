/** A response's place in a survey's rounds: its round (1 when it has none) and whether it was completed. */
export interface RoundMark {
  readonly round: number;
  readonly completed: boolean;
}

/**
 * The last round of a survey that follows on from the region's earlier rounds: round n + 1 follows
 * when round n holds a completed response, as a partner opens a next round only after completing
 * the current one. A response in a later round (a gap, or a round number out of nowhere) is no
 * round of the region's: it neither moves partners on nor counts in the figures.
 */
export function lastFollowingRound(marks: Iterable<RoundMark>): number {
  const started = new Set<number>();
  const completed = new Set<number>();
  for (const { round, completed: done } of marks) {
    started.add(round);
    if (done) completed.add(round);
  }
  let round = 1;
  while (started.has(round + 1) && completed.has(round)) round += 1;
  return round;
}
