/** Where a command prints: passed in, so tests read what a user would see. */
export interface Output {
  /** Results: what the command was asked for. */
  out(line: string): void;
  /** Problems and warnings. */
  err(line: string): void;
}
