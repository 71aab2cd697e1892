import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ArticleLink } from './reader-data.ts';

interface ArticleNavProps {
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

/** Links to the neighbouring articles in the library. */
export function ArticleNav({ previous, next }: ArticleNavProps) {
  const { t } = useI18n();
  if (previous === null && next === null) return null;
  const item = (link: ArticleLink, label: string, align: string) => (
    <Link
      to={paths.reader.href(link.id)}
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
      <div>{previous !== null && item(previous, t('reader.previous'), 'text-left')}</div>
      <div>{next !== null && item(next, t('reader.next'), 'sm:text-right')}</div>
    </nav>
  );
}
