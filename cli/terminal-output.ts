import { terminalSafe } from '../shared/wording/terminal-text.ts';
import type { Output } from './output.ts';

/** Where the escaped lines go: the standard streams, or a test's lists. */
export interface LineSinks {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The one place the CLI's lines reach a terminal, so no command can forget an escape: bundle
 * texts (names, quotes, ids, the format field, file names) arrive with their controls written out,
 * a line break among them, so no text can start a line of its own that looks like the program's.
 */
export function terminalOutput(sinks: LineSinks): Output {
  return {
    out: (line) => sinks.out(`${terminalSafe(line)}\n`),
    err: (line) => sinks.err(`${terminalSafe(line)}\n`),
  };
}
