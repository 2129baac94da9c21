import type { ImportErrorCode, ImportProblem } from '../../services/import-summary.ts';
import { plural } from '../../i18n/plural.ts';
import { type MessageKey, t } from '../../i18n/t.ts';

/** One message per refusal code; message names allow no hyphens, hence the table. */
export const IMPORT_PROBLEM_MESSAGES: Record<ImportErrorCode, MessageKey> = {
  empty: 'bundleError_empty',
  'too-large': 'bundleError_too_large',
  'not-utf8': 'bundleError_not_utf8',
  'not-json': 'bundleError_not_json',
  'too-deep': 'bundleError_too_deep',
  'too-many-values': 'bundleError_too_many_values',
  'too-many-keys': 'bundleError_too_many_keys',
  'forbidden-key': 'bundleError_forbidden_key',
  'not-a-bundle': 'bundleError_not_a_bundle',
  'wrong-format': 'bundleError_wrong_format',
  'newer-version': 'bundleError_newer_version',
  'unsupported-version': 'bundleError_unsupported_version',
  'invalid-header': 'bundleError_invalid_header',
  'invalid-record': 'bundleError_invalid_record',
  'duplicate-id': 'bundleError_duplicate_id',
  'region-mismatch': 'bundleError_region_mismatch',
  'future-timestamp': 'bundleError_future_timestamp',
  'integrity-mismatch': 'bundleError_integrity_mismatch',
  'too-many-errors': 'bundleError_too_many_errorsOther',
  'other-region': 'importError_other_region',
  'clock-drift': 'importError_clock_drift',
  'not-set-up': 'importError_not_set_up',
  'unreadable-file': 'importError_unreadable_file',
  'store-failed': 'importError_store_failed',
  'storage-full': 'importError_storage_full',
  'signature-mismatch': 'importError_signature_mismatch',
  'key-changed': 'importError_key_changed',
  'bad-signature': 'importError_bad_signature',
  'no-key': 'importError_no_key',
  'keys-disagree': 'importError_keys_disagree',
  unsigned: 'importError_unsigned',
  'type-changed': 'importError_type_changed',
  'same-stamp': 'importError_same_stamp',
};

/** The reason in the user's language; `$1` is the code's detail, `$2` this installation's region. */
export function describeImportProblem(problem: ImportProblem, localRegion: string): string {
  // The one code whose detail is a count: how many problems are not listed.
  if (problem.code === 'too-many-errors') return plural(Number(problem.detail), 'bundleError_too_many_errorsOne', 'bundleError_too_many_errorsOther');
  return t(IMPORT_PROBLEM_MESSAGES[problem.code], problem.detail ?? '', localRegion);
}

/** Where in the file, for whoever repairs it: the JSON path and the record id, when known. */
export function locateImportProblem(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.path) parts.push(t('importWherePath', problem.path));
  if (problem.recordId) parts.push(t('importWhereRecord', problem.recordId));
  return parts.join(' · ');
}
