import { lazy, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { isTyping } from '../lib/is-typing.ts';

// The list itself loads when first opened.
const ShortcutsList = lazy(() =>
  import('./shortcuts-list.tsx').then((m) => ({ default: m.ShortcutsList })),
);

/**
 * `?` (or the footer's button) lists every keyboard shortcut in a modal dialog; Escape or
 * the close button dismisses it and focus returns where it was.
 */
export function ShortcutsDialog() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="text-sm underline" onClick={() => setOpen(true)}>
        {t('shortcuts.title')}
        <kbd className="ml-2 rounded border border-[var(--rule)] px-1.5 font-sans text-xs">?</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsList onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
