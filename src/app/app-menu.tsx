import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { LocaleSwitcher } from '../ui/locale-switcher.tsx';

/**
 * The app's own settings, out of the way of the reading: a disclosure in the header holding the
 * interface language. Escape or a click elsewhere closes it.
 */
export function AppMenu() {
  const { t } = useI18n();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event): void => {
      const element = menu.current;
      if (element === null || !element.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        element.open = false;
        element.querySelector('summary')?.focus();
        return;
      }
      if (event.target instanceof Node && !element.contains(event.target)) element.open = false;
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  return (
    <details ref={menu} className="app-menu relative">
      <summary
        className="flex min-h-8 min-w-8 cursor-pointer list-none items-center justify-center rounded px-2 hover:underline"
        title={t('menu.label')}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" />
          <circle cx="16" cy="6" r="2" />
          <circle cx="10" cy="12" r="2" />
          <circle cx="18" cy="18" r="2" />
        </svg>
        <span className="sr-only">{t('menu.label')}</span>
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-64 rounded-md border border-[var(--rule)] bg-[var(--surface)] p-3 shadow-lg">
        <LocaleSwitcher />
      </div>
    </details>
  );
}
