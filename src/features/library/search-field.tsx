import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { isTyping } from '../../lib/is-typing.ts';
import { withSearchClient } from './search-lazy.ts';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** The search box; `/` anywhere on the page focuses it. */
export function SearchField({ value, onChange }: SearchFieldProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div role="search" className="flex flex-col gap-1">
      <label htmlFor="library-search" className="sr-only">
        {t('library.search.label')}
      </label>
      <input
        ref={input}
        id="library-search"
        type="search"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          const typed = event.target.value;
          withSearchClient((m) => m.prefetchSearch(typed)).catch(() => undefined);
        }}
        onFocus={() => {
          withSearchClient((m) => m.warmSearch()).catch(() => undefined);
        }}
        placeholder={t('library.search.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        className="min-h-11 w-full rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-2"
      />
    </div>
  );
}
