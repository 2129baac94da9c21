import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';

/** One addons-linter warning, as its JSON report gives it. */
export interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** An entry of accepted-lint-warnings.json, ready to match against a warning. */
export interface AcceptedWarning {
  readonly code: string;
  /** File names in the build; `*` stands for a content hash. */
  readonly files: readonly RegExp[];
  /** Text that identifies the library code, found near the reported position. */
  readonly marker: string;
  /** Why the warning is harmless here. */
  readonly reason: string;
}

/** The data file is the list; docs/architecture.md, section Firefox, points to it. */
export const ACCEPTED_WARNINGS_FILE = 'tests/e2e/support/accepted-lint-warnings.json';
/** Minified identifiers change from build to build; property names near the spot do not. */
const MARKER_DISTANCE = 200;

const filled = z.string().trim().min(1);

const AcceptedWarningsFile = z.strictObject({
  description: filled,
  warnings: z.array(
    z.strictObject({
      code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an addons-linter code such as UNSAFE_VAR_ASSIGNMENT'),
      files: z.array(z.string().regex(/^[\w.*-]+(\/[\w.*-]+)*$/, 'a file path in the build, * for a content hash')).min(1),
      marker: filled,
      reason: filled.min(20, 'a reason a reader can check, not a placeholder'),
    }),
  ),
});

/** Reads and checks the data file; a file that does not fit the schema stops the test with every reason. */
export function parseAcceptedWarnings(text: string, name = ACCEPTED_WARNINGS_FILE): AcceptedWarning[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (failure) {
    throw new Error(`${name} is not JSON: ${(failure as Error).message}`);
  }
  const parsed = AcceptedWarningsFile.safeParse(value);
  if (!parsed.success) throw new Error(`${name} is not a valid list of accepted warnings:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.warnings.map((entry) => ({ code: entry.code, files: entry.files.map(globToRegExp), marker: entry.marker, reason: entry.reason }));
}

/**
 * A warning is accepted only where the reason for it is written down next to it, so a new one
 * cannot be waved through in the test alone.
 */
export async function acceptedWarnings(): Promise<AcceptedWarning[]> {
  return parseAcceptedWarnings(await readFile(resolve(ACCEPTED_WARNINGS_FILE), 'utf8'));
}

/** The index of the entry that explains this warning, or undefined when none does. */
export async function isAccepted(
  warning: LintMessage,
  accepted: readonly AcceptedWarning[],
  source: (file: string) => Promise<string>,
): Promise<number | undefined> {
  const { file, line, column } = warning;
  if (file === undefined || line === undefined || column === undefined) return undefined;
  const text = (await source(file)).split('\n')[line - 1] ?? '';
  const near = text.slice(Math.max(0, column - MARKER_DISTANCE), column + MARKER_DISTANCE);
  const index = accepted.findIndex((entry) => entry.code === warning.code && entry.files.some((pattern) => pattern.test(file)) && near.includes(entry.marker));
  return index < 0 ? undefined : index;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}
