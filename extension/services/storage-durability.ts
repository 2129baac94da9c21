/** The parts of `navigator.storage` used; undefined where the browser has no StorageManager. */
export type PersistentStorage = Pick<StorageManager, 'persisted' | 'persist'>;

/** Whether the browser may clear this installation's data when the disk runs low. */
export type StorageDurability = 'persistent' | 'best-effort';

export interface StorageDurabilityDeps {
  readonly storage: PersistentStorage | undefined;
  /**
   * Whether the extension holds `unlimitedStorage`. Chromium never evicts such an extension's
   * data, yet answers `persist()` with false for it, so the permission is asked about as well.
   */
  readonly exemptFromEviction: () => Promise<boolean>;
}

export type StorageDurabilityCheck = ReturnType<typeof createStorageDurability>;

export function createStorageDurability({ storage, exemptFromEviction }: StorageDurabilityDeps) {
  return {
    /** Asks the browser to keep the data unless it already does, and says what the data can count on. */
    async ensure(): Promise<StorageDurability> {
      if (storage !== undefined && ((await storage.persisted()) || (await storage.persist()))) return 'persistent';
      return (await exemptFromEviction()) ? 'persistent' : 'best-effort';
    },
  };
}
