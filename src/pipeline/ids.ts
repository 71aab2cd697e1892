// Article ids: URL-safe slugs of the title, unique across a library, stable across builds.

/** Longest slug before the collision suffix. */
const MAX_SLUG_CHARS = 80;

/** URL-safe slug: lower-case ASCII letters, digits and dashes; other scripts transliterated away. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  // Cut at a word boundary so ids never end in half a word.
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG_CHARS)).replace(/-+$/g, '');
}

/** FNV-1a 32-bit hash as 8 hex digits: deterministic, no crypto needed. */
export function hashString(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The id for an article: its title slug, or the source's hash when the slug is empty. */
export function baseId(title: string, source: string): string {
  const slug = slugify(title);
  return slug.length > 0 ? slug : `article-${hashString(source)}`;
}

/**
 * Makes ids unique: the first article (by source name) keeps the slug, later ones get a
 * suffix from their source name, so adding an article never renames an existing one.
 */
export function assignUniqueIds<T extends { id: string; source: string }>(
  articles: readonly T[],
): T[] {
  const sorted = [...articles].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  const taken = new Set<string>();
  return sorted.map((article) => {
    let id = article.id;
    if (taken.has(id)) {
      id = `${article.id}-${hashString(article.source).slice(0, 6)}`;
      for (let n = 2; taken.has(id); n++) id = `${article.id}-${hashString(article.source)}-${n}`;
    }
    taken.add(id);
    return id === article.id ? article : { ...article, id };
  });
}
