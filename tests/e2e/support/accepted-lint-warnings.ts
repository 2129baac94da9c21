import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** One addons-linter warning, as its JSON report gives it. */
export interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** A row of the table of accepted warnings in docs/architecture.md, section "Firefox". */
export interface AcceptedWarning {
  readonly code: string;
  /** File names in the build; `*` stands for a content hash. */
  readonly files: readonly RegExp[];
  /** Text that identifies the library code, found near the reported position. */
  readonly marker: string;
}

const DOCS = resolve('docs/architecture.md');
/** Minified identifiers change from build to build; property names near the spot do not. */
const MARKER_DISTANCE = 200;

/**
 * The docs are the list: a warning is accepted only where the reason for it is written down, so
 * a new one cannot be waved through in the test alone.
 */
export async function acceptedWarnings(): Promise<AcceptedWarning[]> {
  const text = await readFile(DOCS, 'utf8');
  const start = text.indexOf('\n### Firefox');
  if (start < 0) throw new Error('docs/architecture.md has no "### Firefox" section');
  const rest = text.slice(start + 1);
  const end = rest.slice(1).search(/\n#{2,3} /);
  const section = end < 0 ? rest : rest.slice(0, end + 1);
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((row) => {
    const [code, files, marker] = row
      .split('|')
      .slice(1, 4)
      .map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
    if (code?.[0] === undefined || files === undefined || files.length === 0 || marker?.[0] === undefined) throw new Error(`unreadable accepted-warning row: ${row}`);
    return { code: code[0], files: files.map(globToRegExp), marker: marker[0] };
  });
}

/** The index of the row that explains this warning, or undefined when none does. */
export async function isAccepted(warning: LintMessage, accepted: readonly AcceptedWarning[], source: (file: string) => Promise<string>): Promise<number | undefined> {
  const { file, line, column } = warning;
  if (file === undefined || line === undefined || column === undefined) return undefined;
  const text = (await source(file)).split('\n')[line - 1] ?? '';
  const near = text.slice(Math.max(0, column - MARKER_DISTANCE), column + MARKER_DISTANCE);
  const index = accepted.findIndex((row) => row.code === warning.code && row.files.some((pattern) => pattern.test(file)) && near.includes(row.marker));
  return index < 0 ? undefined : index;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}
