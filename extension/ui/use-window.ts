import { useState } from 'preact/hooks';

export interface ListWindow<T> {
  /** The first items, as many as the window holds now. */
  readonly shown: readonly T[];
  /** How many items lie beyond the window. */
  readonly rest: number;
  /** Widens the window by one step. */
  readonly more: () => void;
}

/**
 * The start of a list that may hold tens of thousands of items: rendering them all would freeze the
 * page, and a person reads the first screens anyway. A new list (another filter) starts narrow again.
 */
export function useWindow<T>(items: readonly T[], step: number): ListWindow<T> {
  const [state, setState] = useState({ items, size: step });
  const size = state.items === items ? state.size : step;
  return {
    shown: items.length <= size ? items : items.slice(0, size),
    rest: Math.max(0, items.length - size),
    more: () => setState({ items, size: size + step }),
  };
}
