import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';

type Row = readonly [keys: readonly string[], what: MessageKey];

/** Every key the app answers to, by where it works, with what it does (one row each). */
const GROUPS: readonly (readonly [heading: MessageKey, rows: readonly Row[]])[] = [
  [
    'shortcuts.library',
    [
      [['/'], 'shortcuts.search'],
      [['j', 'k'], 'shortcuts.move'],
      [['Enter'], 'shortcuts.open'],
    ],
  ],
  [
    'shortcuts.reader',
    [
      [['j', '→'], 'shortcuts.next'],
      [['k', '←'], 'shortcuts.previous'],
      [['−', '+', '0'], 'shortcuts.size'],
      [['r'], 'shortcuts.readAloud'],
      [['Esc'], 'shortcuts.escape'],
    ],
  ],
  ['shortcuts.everywhere', [[['?'], 'shortcuts.help']]],
];

/**
 * The shortcuts in a modal dialog, open while mounted. Escape or "Close" close it natively
 * (focus goes back where it was), then `onClose` unmounts it.
 */
export function ShortcutsList({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="shortcuts-dialog"
      onClose={onClose}
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
          {t('shortcuts.title')}
        </h2>
        <button type="button" className="reader-button" onClick={() => dialog.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </div>
      {GROUPS.map(([heading, rows]) => (
        <section key={heading}>
          <h3 className="mt-4 text-sm font-semibold text-[var(--muted-fg)]">{t(heading)}</h3>
          <Rows rows={rows} />
        </section>
      ))}
    </dialog>
  );
}

function Rows({ rows }: { rows: readonly Row[] }) {
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
