import type { BundleError, BundleErrorCode } from '../../shared/bundle/errors.ts';
import type { AuthenticityCode } from '../../shared/bundle/record-authenticity.ts';
import type { ClashCode } from '../../shared/merge/version-clashes.ts';

/** Reasons to refuse a well-formed bundle that only this installation can judge. */
export type LocalImportCode =
  | 'other-region'
  | 'clock-drift'
  | 'not-set-up'
  | 'unreadable-file'
  | 'store-failed'
  | 'storage-full'
  | 'signature-mismatch'
  | 'key-changed';
/** One version left out while the rest of its bundle came in: not its writer's, or in a clash with what is stored. */
export type RecordImportCode = AuthenticityCode | ClashCode;
export type ImportErrorCode = BundleErrorCode | LocalImportCode | RecordImportCode;

export interface ImportProblem extends Omit<BundleError, 'code'> {
  readonly code: ImportErrorCode;
}

/** What one imported file did: counts when taken (and the versions left out, if any), every reason when refused. */
export interface ImportSummary {
  readonly fileName: string;
  readonly ok: boolean;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly ImportProblem[];
}

export function refusedImport(fileName: string, errors: readonly ImportProblem[]): ImportSummary {
  return { fileName, ok: false, added: 0, updated: 0, unchanged: 0, errors };
}
