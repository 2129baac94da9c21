/**
 * Why a bundle was refused, as data: a code the user interface translates, the values its message
 * needs, where in the file the problem is, and an English sentence for the command line and logs.
 */
export const BUNDLE_ERROR_CODES = [
  'empty',
  'too-large',
  'not-utf8',
  'not-json',
  'too-deep',
  'too-many-values',
  'too-many-keys',
  'forbidden-key',
  'not-a-bundle',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'invalid-header',
  'invalid-record',
  'duplicate-id',
  'region-mismatch',
  'future-timestamp',
  'integrity-mismatch',
  'too-many-errors',
] as const;
export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];

export interface BundleError {
  readonly code: BundleErrorCode;
  /** English, for the command line and logs; the extension shows its own translation of `code`. */
  readonly message: string;
  /** JSON path inside the file, as `records[12].body.quote`. */
  readonly path?: string;
  readonly recordIndex?: number;
  readonly recordId?: string;
  /** The detail the translated message needs besides the path, such as a limit or a version. */
  readonly detail?: string;
}

export function bundleError(code: BundleErrorCode, message: string, where: Omit<BundleError, 'code' | 'message'> = {}): BundleError {
  return { code, message, ...where };
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `${out}.${name}` : name) : `${out}[${JSON.stringify(name)}]`;
  }, '');
}

/** One line per error, prefixed with the file name: what the CLI prints. */
export function describeBundleError(error: BundleError, fileName?: string): string {
  const where = [fileName, error.path].filter(Boolean).join(': ');
  const record = error.recordId ? ` (record ${error.recordId})` : '';
  return `${where ? `${where}: ` : ''}${error.message}${record}`;
}
