import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { isTyping } from '../lib/is-typing.ts';

/** Every key the app answers to, with what it does (one row each). */
const SHORTCUTS: readonly (readonly [keys: readonly string[], what: MessageKey])[] = [
  [['/'], 'shortcuts.search'],
  [['j', 'k'], 'shortcuts.move'],
  [['Enter'], 'shortcuts.open'],
  [['j', '→'], 'shortcuts.next'],
  [['k', '←'], 'shortcuts.previous'],
  [['−', '+', '0'], 'shortcuts.size'],
  [['r'], 'shortcuts.readAloud'],
  [['Esc'], 'shortcuts.escape'],
  [['?'], 'shortcuts.help'],
];

/**
 * `?` (or the footer's button) lists every keyboard shortcut in a modal dialog; Escape or
 * the close button dismisses it and focus returns where it was.
 */
export function ShortcutsDialog() {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
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
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <>
      <button type="button" className="text-sm underline" onClick={() => setOpen(true)}>
        {t('shortcuts.title')}
        <kbd className="ml-2 rounded border border-[var(--rule)] px-1.5 font-sans text-xs">?</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="shortcuts-dialog"
        onClose={() => setOpen(false)}
      >
        <div className="flex items-center justify-between gap-4">
          <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
            {t('shortcuts.title')}
          </h2>
          <button type="button" className="reader-button" onClick={() => setOpen(false)}>
            {t('shortcuts.close')}
          </button>
        </div>
        <h3 className="mt-4 text-sm font-semibold text-[var(--muted-fg)]">
          {t('shortcuts.library')}
        </h3>
        <Rows rows={SHORTCUTS.slice(0, 3)} />
        <h3 className="mt-4 text-sm font-semibold text-[var(--muted-fg)]">
          {t('shortcuts.reader')}
        </h3>
        <Rows rows={SHORTCUTS.slice(3, 8)} />
        <h3 className="mt-4 text-sm font-semibold text-[var(--muted-fg)]">
          {t('shortcuts.everywhere')}
        </h3>
        <Rows rows={SHORTCUTS.slice(8)} />
      </dialog>
    </>
  );
}

function Rows({ rows }: { rows: typeof SHORTCUTS }) {
  const { t } = useI18n();
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([keys, what]) => (
        <div key={what} className="contents">
          <dt className="flex gap-1">
            {keys.map((key) => (
              <kbd
                key={key}
                className="min-w-6 rounded border border-[var(--rule)] px-1.5 text-center font-sans"
              >
                {key}
              </kbd>
            ))}
          </dt>
          <dd>{t(what)}</dd>
        </div>
      ))}
    </dl>
  );
}
