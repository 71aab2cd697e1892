import { useSyncExternalStore } from 'react';
import { readStateStore, SERVER_READ_STATE, type ReadState } from '../../data/read-state.ts';

/** Reading progress of every article; the server (and hydration) sees none. */
export function useReadState(): ReadState {
  return useSyncExternalStore(
    readStateStore.subscribe,
    readStateStore.get,
    () => SERVER_READ_STATE,
  );
}
