// "Save all for offline": fetch every article file into the cache the service worker reads,
// a few at a time, reporting progress. Framework-free so it can be tested alone.

/** Parallel downloads: enough to be quick, few enough not to starve the reader's page. */
const CONCURRENCY = 4;

export interface SaveProgress {
  done: number;
  total: number;
}

/** Stores each URL in `cache`; resolves with the number saved. Stops at the first failure. */
export async function saveAll(
  urls: readonly string[],
  cache: Pick<Cache, 'add' | 'match'>,
  onProgress: (progress: SaveProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  let next = 0;
  let done = 0;
  const total = urls.length;
  onProgress({ done, total });
  const worker = async (): Promise<void> => {
    while (next < total) {
      if (signal?.aborted === true) throw new Error('cancelled');
      const url = urls[next++] as string;
      if ((await cache.match(url)) === undefined) await cache.add(url);
      done++;
      onProgress({ done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));
  return done;
}

/** "1.2 MB" style sizes for the storage line. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
