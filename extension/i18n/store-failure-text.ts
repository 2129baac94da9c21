import { isBundleTooLarge, isFrozen, isStorageFull } from '../services/store-error.ts';
import { type MessageKey, t } from './t.ts';

/** Why a write failed, in the user's language: a full disk and an oversized export get their own advice, anything else `fallback`. */
export function storeFailureText(error: unknown, fallback: MessageKey): string {
  if (isBundleTooLarge(error)) return t('exportTooLarge');
  if (isFrozen(error)) return t('releaseFrozen');
  return t(isStorageFull(error) ? 'storageFull' : fallback);
}
