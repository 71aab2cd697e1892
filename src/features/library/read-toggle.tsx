import { useI18n } from '../../i18n/use-i18n.ts';
import { clearProgress, saveProgress } from '../../data/read-state.ts';

interface ReadToggleProps {
  id: string;
  title: string;
  read: boolean;
}

/** Marks an article read or unread by hand: a round 32 px button beside the card. */
export function ReadToggle({ id, title, read }: ReadToggleProps) {
  const { t } = useI18n();
  const label = t(read ? 'library.card.markUnread' : 'library.card.markRead');
  return (
    <button
      type="button"
      className={`flex size-8 shrink-0 items-center justify-center rounded-full border text-base leading-none ${
        read
          ? 'border-[var(--page-fg)] bg-[var(--page-fg)] text-[var(--page-bg)]'
          : 'border-[var(--rule)] text-[var(--muted-fg)] hover:border-[var(--accent)] hover:text-[var(--accent)]'
      }`}
      aria-label={t(read ? 'library.card.markUnreadFor' : 'library.card.markReadFor', { title })}
      title={label}
      onClick={() => {
        if (read) clearProgress(id);
        else saveProgress(id, 1);
      }}
    >
      <span aria-hidden="true">✓</span>
    </button>
  );
}
