/** Why the store refused an action, as a code the pages translate. */
/**
 * `release-changed`: the records are no longer those of the release a frozen bundle was asked of;
 * `frozen`: a version cannot take a redaction here, as its id is derived from its content (a release,
 * a voting round's name) or from its writer (an approval, a reply, region settings of another).
 */
export type StoreErrorCode =
  | 'not-set-up'
  | 'already-set-up'
  | 'invalid-region'
  | 'not-found'
  | 'too-many-pending'
  | 'storage-full'
  | 'bundle-too-large'
  | 'release-changed'
  | 'frozen';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    options?: ErrorOptions,
  ) {
    super(`record store: ${code}`, options);
    this.name = 'StoreError';
  }
}

/** Dexie wraps the browser's error in `inner`, a failed bulk write lists one per item in `failures`. */
interface WrappedError {
  readonly name?: unknown;
  readonly inner?: unknown;
  readonly cause?: unknown;
  readonly failures?: unknown;
}

/** Deep enough for Dexie's wrappers (AbortError → QuotaExceededError, BulkError → failures), bounded against cycles. */
const MAX_WRAPPING = 6;

/**
 * True when the browser refused a write for lack of space: a QuotaExceededError itself, or the
 * AbortError, DatabaseClosedError or BulkError Dexie wraps around one when the transaction or
 * the connection dies of it.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_WRAPPING) return false;
  const wrapped = error as WrappedError;
  if (wrapped.name === 'QuotaExceededError') return true;
  const failures = Array.isArray(wrapped.failures) ? wrapped.failures : [];
  return [wrapped.inner, wrapped.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1));
}

/** The same failure as a StoreError the pages can explain; anything else passes through unchanged. */
export function asStoreError(error: unknown): unknown {
  return isQuotaError(error) ? new StoreError('storage-full', { cause: error }) : error;
}

/** An export beyond what any reader accepts (`beyondReaderLimits`): refused before a file is made. */
export function isBundleTooLarge(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'bundle-too-large';
}

export function isFrozen(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'frozen';
}

export function isStorageFull(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'storage-full';
}

export function rethrowAsStoreError(error: unknown): never {
  throw asStoreError(error);
}
