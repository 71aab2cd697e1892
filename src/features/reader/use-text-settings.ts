import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import {
  DEFAULT_SIZE,
  isSameSettings,
  sizePercent,
  stepSize,
  type ReaderSettings,
} from '../../data/settings.ts';
import { settingsStore, updateSettings } from '../../data/settings-store.ts';
import { useSettings } from '../../data/use-settings.ts';
import { capturePlace, restorePlace, type PlaceAnchor } from './keep-place.ts';

type Patch = Partial<ReaderSettings> | ((current: ReaderSettings) => Partial<ReaderSettings>);

/**
 * The reader's typography settings, and changes to them that keep the reader's place: the
 * paragraph at the top of the viewport (below `toolbar`) is anchored before the change and
 * scrolled back once the new layout is committed.
 */
export function useTextSettings(
  body: RefObject<HTMLElement | null>,
  toolbar: RefObject<HTMLElement | null>,
) {
  const settings = useSettings();
  const { t } = useI18n();
  const anchor = useRef<PlaceAnchor | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    if (anchor.current === null) return;
    restorePlace(anchor.current);
    anchor.current = null;
  }, [settings]);

  const change = useCallback(
    (patch: Patch): void => {
      const current = settingsStore.get();
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      if (isSameSettings(current, next)) return;
      const topLine = Math.max(0, toolbar.current?.getBoundingClientRect().bottom ?? 0);
      anchor.current = body.current === null ? null : capturePlace(body.current.children, topLine);
      updateSettings(next);
    },
    [body, toolbar],
  );

  /** +n / -n steps, 0 for the default size; the new size is announced. */
  const resize = useCallback(
    (steps: number): void => {
      change((current) => ({ size: steps === 0 ? DEFAULT_SIZE : stepSize(current.size, steps) }));
      const percent = sizePercent(settingsStore.get().size);
      setAnnouncement(t('reader.sizeStatus', { percent }));
    },
    [change, t],
  );

  return { settings, change, resize, announcement };
}
