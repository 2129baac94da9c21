/** Why the store refused an action, as a code the pages translate. */
export type StoreErrorCode = 'not-set-up' | 'already-set-up' | 'invalid-region' | 'not-found' | 'too-many-pending';

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode) {
    super(`record store: ${code}`);
    this.name = 'StoreError';
  }
}
