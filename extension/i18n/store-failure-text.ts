import { isStorageFull } from '../services/store-error.ts';
import { type MessageKey, t } from './t.ts';

/** Why a write failed, in the user's language: a full disk gets its own advice, anything else `fallback`. */
export function storeFailureText(error: unknown, fallback: MessageKey): string {
  return t(isStorageFull(error) ? 'storageFull' : fallback);
}
