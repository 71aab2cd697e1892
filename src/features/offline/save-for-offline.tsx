import { useState } from 'react';
import { ARTICLE_CACHE } from '../../config/offline.ts';
import { SEARCH_DIR, SEARCH_MANIFEST, type SearchManifest } from '../../config/search.ts';
import {
  fetchListFacet,
  fetchListManifest,
  fetchListShard,
  fetchSpeakersManifest,
} from '../../data/api.ts';
import { SPEAKERS_DIR, SPEAKERS_MANIFEST } from '../../config/speakers.ts';
import { LIST_DIR, LIST_MANIFEST } from '../../config/list.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { formatBytes, saveAll, type SaveProgress } from './save-all.ts';

type State =
  | { step: 'idle' }
  | { step: 'saving'; progress: SaveProgress }
  | { step: 'saved'; count: number; storage: string | null }
  | { step: 'failed'; reason: string };

async function describeStorage(locale: string): Promise<string | null> {
  if (!('storage' in navigator)) return null;
  // Ask the browser to keep the saved articles when space runs low.
  await navigator.storage.persist().catch(() => false);
  const { usage, quota } = await navigator.storage.estimate();
  if (usage === undefined || quota === undefined) return null;
  return `${formatBytes(usage, locale)}|${formatBytes(quota, locale)}`;
}

/**
 * "Save all for offline": for libraries too big to precache, downloads every article into
 * the service worker's cache with progress, then reports the storage used.
 */
export function SaveForOffline() {
  const { locale, t } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  if (__BACA_PRECACHE_ALL__) return <p className="text-sm">{t('offline.allPrecached')}</p>;

  const start = async (): Promise<void> => {
    try {
      // The list, shard by shard: every article's summary (and so its id) for the library.
      const list = await fetchListManifest();
      const shards = await Promise.all(list.shards.map(([, , file]) => fetchListShard(file)));
      const articles = shards.flatMap((shard) => shard.articles);
      // The buckets that say where an article is by id (the unread filter reads them).
      const ids = list.facets?.ids === undefined ? null : await fetchListFacet(list.facets.ids);
      const idBuckets = ids?.kind === 'ids' ? ids.buckets : [];
      const speakers = await fetchSpeakersManifest();
      const base = `${import.meta.env.BASE_URL}data/`;
      // The whole search index too, so every query works offline.
      const manifestUrl = `${base}${SEARCH_MANIFEST}`;
      const manifest = (await (await fetch(manifestUrl)).json()) as SearchManifest;
      const urls = [
        `${base}${LIST_MANIFEST}`,
        ...list.shards.map(([, , file]) => `${base}${LIST_DIR}/${file}`),
        ...[...Object.values(list.facets ?? {}), ...idBuckets].map(
          (file) => `${base}${LIST_DIR}/${file}`,
        ),
        `${base}${SPEAKERS_MANIFEST}`,
        ...[...speakers.shards, ...(speakers.byName ?? [])].map(
          ([, , file]) => `${base}${SPEAKERS_DIR}/${file}`,
        ),
        ...[
          ...speakers.names,
          ...speakers.ids,
          ...[
            ...(speakers.find ?? []),
            ...(speakers.letterPlaces ?? []),
            ...(speakers.findCrowds ?? []),
          ].map(([, file]) => file),
        ].map((file) => `${base}${SPEAKERS_DIR}/${file}`),
        manifestUrl,
        ...manifest.shards.map(([, file]) => `${base}${SEARCH_DIR}/${file}`),
        ...articles.map((a) => `${base}articles/${encodeURIComponent(a.id)}.json`),
      ];
      const cache = await caches.open(ARTICLE_CACHE);
      await saveAll(urls, cache, (progress) => setState({ step: 'saving', progress }));
      setState({
        step: 'saved',
        count: articles.length,
        storage: await describeStorage(locale),
      });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        disabled={state.step === 'saving'}
        onClick={() => void start()}
        className="rounded border border-[var(--rule)] px-3 py-1.5 font-medium disabled:opacity-60"
      >
        {t('offline.saveAll')}
      </button>
      <span aria-live="polite">
        {state.step === 'saving' && (
          <>
            <progress
              max={state.progress.total}
              value={state.progress.done}
              className="mr-2 align-middle"
            />
            {t('offline.saving', { done: state.progress.done, total: state.progress.total })}
          </>
        )}
        {state.step === 'saved' && (
          <>
            {t('offline.saved', { count: state.count })}{' '}
            {state.storage !== null &&
              t('offline.storage', {
                used: state.storage.split('|')[0] ?? '',
                quota: state.storage.split('|')[1] ?? '',
              })}
          </>
        )}
        {state.step === 'failed' && t('offline.saveFailed', { reason: state.reason })}
      </span>
    </div>
  );
}
