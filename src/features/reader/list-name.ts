import type { ListFilters } from '../../data/list-context.ts';
import { languageName } from '../../i18n/language-name.ts';
import type { I18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/messages.ts';

const SORT_KEYS: Record<string, MessageKey> = {
  relevance: 'library.sort.relevance',
  newest: 'library.sort.newest',
  oldest: 'library.sort.oldest',
  shortest: 'library.sort.shortest',
  longest: 'library.sort.longest',
};

/**
 * A library view named for "Next in …": "German articles", "articles quoting Budi", "results
 * for “banjir”"; one filter is named, several are "your filtered list". Null for the whole
 * library in its default order (plain "Next article").
 */
export function listName(filters: ListFilters, { t, locale }: I18n): string | null {
  const names: string[] = [];
  if (filters.q.trim() !== '') names.push(t('list.search', { q: filters.q.trim() }));
  if (filters.speaker !== '') names.push(t('list.speaker', { speaker: filters.speaker }));
  if (filters.outlet !== '') names.push(t('list.outlet', { outlet: filters.outlet }));
  if (filters.lang !== '') {
    names.push(t('list.language', { language: languageName(filters.lang, locale) }));
  }
  if (filters.unread) names.push(t('list.unread'));
  if (filters.hasQuotes) names.push(t('list.hasQuotes'));
  if (names.length > 1) return t('list.filtered');
  if (names.length === 1) return names[0] ?? null;
  const sort = filters.sort === null ? undefined : SORT_KEYS[filters.sort];
  if (sort === undefined || filters.sort === 'newest') return null;
  return t('list.sorted', { sort: t(sort).toLocaleLowerCase(locale) });
}
