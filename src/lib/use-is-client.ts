import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => undefined;

/**
 * False while rendering on the server and while hydrating, true afterwards: for output that
 * must match the prerendered HTML first and only then reflect what the browser knows.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
