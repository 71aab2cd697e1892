import { useSyncExternalStore } from 'react';
import type { Store } from './create-store.ts';

/**
 * Reads a store in React. `serverValue` is what the prerendered HTML was rendered with, so
 * hydration matches and the stored value applies right after.
 */
export function useStore<T>(store: Store<T>, serverValue: T = store.get()): T {
  return useSyncExternalStore(store.subscribe, store.get, () => serverValue);
}
