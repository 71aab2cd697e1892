import { useStore } from '../lib/use-store.ts';
import { DEFAULT_SETTINGS, type ReaderSettings } from './settings.ts';
import { settingsStore } from './settings-store.ts';

/**
 * The reader settings. Prerendered HTML and hydration use the defaults (the boot script has
 * already put the stored values on <html>); the stored values apply right after.
 */
export function useSettings(): ReaderSettings {
  return useStore(settingsStore, DEFAULT_SETTINGS);
}
