export type AutosaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface Autosave<T> {
  /** Asks for `value` to be saved; while a save runs, only the latest request waits behind it. */
  request(value: T): void;
  /** Resolves when everything requested so far is saved (or failed). */
  flush(): Promise<void>;
}

/**
 * Saves one after another, never two at once, and skips requests overtaken by a later one: each
 * request holds the whole state (all answers), so only the latest matters. The order is what makes
 * a first save's new record id known to every save after it.
 */
export function createAutosave<T>(save: (value: T) => Promise<void>, onState: (state: AutosaveState) => void, now: () => number): Autosave<T> {
  let waiting: { value: T } | undefined;
  let running: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (waiting !== undefined) {
      const { value } = waiting;
      waiting = undefined;
      onState({ kind: 'saving' });
      try {
        await save(value);
        if (waiting === undefined) onState({ kind: 'saved', at: now() });
      } catch (error) {
        onState({ kind: 'failed', error });
      }
    }
    running = undefined;
  }

  return {
    request(value) {
      waiting = { value };
      running ??= drain();
    },
    flush() {
      return running ?? Promise.resolve();
    },
  };
}
