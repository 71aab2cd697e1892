import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { returnSearch } from '../../data/list-context.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { isLargest, isSmallest, sizePercent } from '../../data/settings.ts';

export type ReaderPanel = 'quotes' | 'settings';
export const PANEL_IDS: Record<ReaderPanel, string> = {
  quotes: 'quote-panel',
  settings: 'settings-panel',
};

interface ReaderToolbarProps {
  ref: Ref<HTMLDivElement>;
  size: number;
  onSize: (steps: number) => void;
  /** Last size change, read out by screen readers. */
  announcement: string;
  quoteCount: number;
  open: ReaderPanel | null;
  onToggle: (panel: ReaderPanel) => void;
  /** The settings popover, shown under the bar while open. */
  children?: ReactNode;
  /** Reading aloud, where the browser can speak: whether it is on, and how to switch it. */
  readAloud?: { active: boolean; onToggle: () => void };
}

/** Sticky bar: back to the library, text size, text and theme settings, the quote panel. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { ref, size, onSize, announcement, quoteCount, open, onToggle, children, readAloud } =
    props;
  const { t } = useI18n();
  const hydrated = useHydrated();
  const percent = sizePercent(size);
  const toggle = (panel: ReaderPanel) => ({
    type: 'button' as const,
    className: 'reader-button',
    'aria-expanded': open === panel,
    'aria-controls': PANEL_IDS[panel],
    onClick: () => onToggle(panel),
  });
  return (
    <div ref={ref} className="reader-toolbar">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-1 px-2 py-2 sm:gap-2 sm:px-4">
        <Link
          to={hydrated ? paths.library.view(returnSearch()) : paths.library.href()}
          className="reader-back"
          aria-label={t('article.back')}
          title={t('article.back')}
        >
          <span aria-hidden="true">←</span>
          <span className="hidden sm:inline">{t('nav.library')}</span>
        </Link>
        <div role="group" aria-label={t('reader.controls')} className="ml-auto flex gap-1">
          <button
            type="button"
            className="reader-button"
            onClick={() => onSize(-1)}
            aria-disabled={isSmallest(size)}
          >
            <span aria-hidden="true" className="text-sm">
              A−
            </span>
            <span className="sr-only">{t('reader.smaller')}</span>
          </button>
          <button
            type="button"
            className="reader-button tabular-nums"
            onClick={() => onSize(0)}
            aria-label={t('reader.resetSize', { percent })}
          >
            {percent}%
          </button>
          <button
            type="button"
            className="reader-button"
            onClick={() => onSize(1)}
            aria-disabled={isLargest(size)}
          >
            <span aria-hidden="true" className="text-lg">
              A+
            </span>
            <span className="sr-only">{t('reader.larger')}</span>
          </button>
        </div>
        <div className="flex gap-1">
          {readAloud !== undefined && (
            <button
              type="button"
              className="reader-button"
              aria-pressed={readAloud.active}
              aria-keyshortcuts="R"
              title={`${t('readAloud.button')} (R)`}
              onClick={readAloud.onToggle}
            >
              {/* Drawn, not an emoji: systems without an emoji font showed an empty box. */}
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                width="18"
                height="18"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M4 9v6h4l5 4V5L8 9H4z" />
                <path d="M16.5 8.5a5 5 0 0 1 0 7M19.5 5.5a9 9 0 0 1 0 13" />
              </svg>
              <span className="sr-only sm:not-sr-only">{t('readAloud.button')}</span>
            </button>
          )}
          <button {...toggle('settings')}>
            <span aria-hidden="true">Aa</span>
            <span className="sr-only sm:not-sr-only">{t('reader.settingsButton')}</span>
          </button>
          <button {...toggle('quotes')}>
            {t('reader.quotesButton')} <span className="tabular-nums">{quoteCount}</span>
          </button>
        </div>
        <span role="status" className="sr-only">
          {announcement}
        </span>
      </div>
      {children}
    </div>
  );
}
