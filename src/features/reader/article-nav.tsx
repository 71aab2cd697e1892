import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ListFilters } from '../../data/list-context.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { listName } from './list-name.ts';
import type { ArticleLink } from './reader-data.ts';

interface ArticleNavProps {
  previous: ArticleLink | null;
  next: ArticleLink | null;
  /** The library view the links walk through; null for the whole library. */
  within: ListFilters | null;
}

/** Links to the neighbouring articles in the list the article was opened from. */
export function ArticleNav({ previous, next, within }: ArticleNavProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (previous === null && next === null) return null;
  const list = within === null ? null : listName(within, i18n);
  const item = (link: ArticleLink, label: string, rel: 'prev' | 'next', align: string) => (
    <Link
      to={paths.reader.href(link.id)}
      rel={rel}
      className={`block rounded-md border border-[var(--rule)] p-3 no-underline hover:border-[var(--accent)] ${align}`}
    >
      <span className="block text-sm text-[var(--muted-fg)]">{label}</span>
      <span className="mt-1 block font-serif font-semibold" lang={link.lang}>
        {link.title}
      </span>
    </Link>
  );
  return (
    <nav aria-label={t('reader.articles')} className="mt-12 grid gap-3 sm:grid-cols-2">
      {(
        [
          [previous, 'reader.previous', 'reader.previousIn', 'prev', 'text-left'],
          [next, 'reader.next', 'reader.nextIn', 'next', 'sm:text-right'],
        ] as const
      ).map(([link, plain, within, rel, align]) => (
        <div key={rel}>
          {link !== null && item(link, list === null ? t(plain) : t(within, { list }), rel, align)}
        </div>
      ))}
    </nav>
  );
}
