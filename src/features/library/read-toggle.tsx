import { useI18n } from '../../i18n/use-i18n.ts';
import { clearProgress, saveProgress } from '../../data/read-state.ts';

interface ReadToggleProps {
  id: string;
  title: string;
  read: boolean;
}

/** Marks an article read or unread by hand. */
export function ReadToggle({ id, title, read }: ReadToggleProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="text-[var(--accent)] underline"
      aria-label={t(read ? 'library.card.markUnreadFor' : 'library.card.markReadFor', { title })}
      onClick={() => {
        if (read) clearProgress(id);
        else saveProgress(id, 1);
      }}
    >
      {t(read ? 'library.card.markUnread' : 'library.card.markRead')}
    </button>
  );
}
