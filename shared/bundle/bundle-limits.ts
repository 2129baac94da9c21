import { LIMITS } from '../limits.ts';
import { formatPath } from './errors.ts';
import { type Bundle, BundleHeader } from './format.ts';

/**
 * Why every reader would refuse this bundle for its size, or nothing. It asks the readers' own
 * header schema and size bound, so a writer (a merge, an export) holds to exactly what decoding
 * accepts and refuses before writing rather than leave a file nobody can read. The records
 * themselves passed the readers' checks when they were read or made; only their number is new.
 * `bytes`, when known, is the encoded file's size.
 */
export function beyondReaderLimits(bundle: Bundle, bytes?: number): string[] {
  const problems: string[] = [];
  const header = BundleHeader.safeParse(bundle);
  if (!header.success) {
    for (const issue of header.error.issues) problems.push(`${formatPath(issue.path)}: ${sizeWords(issue) ?? issue.message}`);
  }
  if (bytes !== undefined && bytes > LIMITS.bundleBytes) {
    problems.push(`the file would be ${bytes.toLocaleString('en')} bytes, more than the ${LIMITS.bundleBytes.toLocaleString('en')} a bundle may be`);
  }
  return problems;
}

function sizeWords(issue: { readonly code: string; readonly maximum?: unknown; readonly origin?: unknown }): string | undefined {
  if (issue.code !== 'too_big' || issue.origin !== 'array' || typeof issue.maximum !== 'number') return undefined;
  return `more than the ${issue.maximum.toLocaleString('en')} items a bundle may hold`;
}
