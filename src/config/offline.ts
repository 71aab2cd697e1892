/** Cache shared by the service worker's runtime caching and "Save all for offline". */
export const ARTICLE_CACHE = 'baca-articles';
