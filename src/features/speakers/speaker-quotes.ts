// One person's quotes across the library, read from the articles that quote them (the index
// says which): each quotation with its place in its article.
import type { DataSource } from '../../data/source.ts';
import type { Article, ArticleSummary } from '../../data/types.ts';

export interface SpeakerQuote {
  /** The quotation as printed, marks included; a quotation over several paragraphs joined. */
  text: string;
  /** Where it starts: paragraph and quote index in the article. */
  paragraph: number;
  index: number;
}

/** What the speaker's page shows of an article quoting them (from the article itself). */
export type ArticleHeading = Pick<
  ArticleSummary,
  'id' | 'title' | 'lang' | 'outlet' | 'dateline' | 'published'
>;

export interface ArticleQuotes {
  article: ArticleHeading;
  /** Their office or description in this article, when it gives one. */
  role?: string;
  quotes: SpeakerQuote[];
}

/** Articles fetched at once. */
const CONCURRENCY = 6;

/** `name`'s direct quotes in one article, in reading order. */
export function quotesBy(article: Article, name: string): SpeakerQuote[] {
  const found: SpeakerQuote[] = [];
  let open: SpeakerQuote | null = null;
  article.paragraphs.forEach((paragraph, p) => {
    paragraph.quotes.forEach((quote, i) => {
      const text = paragraph.text.slice(quote.start, quote.end);
      if (quote.continuesFromPrevious === true && open !== null) open.text = `${open.text} ${text}`;
      else if (quote.kind === 'direct' && quote.speaker === name) {
        open = { text, paragraph: p, index: i };
        found.push(open);
      } else open = null;
      if (quote.continuesToNext !== true) open = null;
    });
  });
  return found;
}

/** The heading fields of an article. */
function headingOf(article: Article): ArticleHeading {
  const { id, title, lang, outlet, dateline, published } = article;
  return {
    id,
    title,
    lang,
    ...(outlet === undefined ? {} : { outlet }),
    ...(dateline === undefined ? {} : { dateline }),
    ...(published === undefined ? {} : { published }),
  };
}

/** Loads the quotes of `name` from each article of `ids`, in their order; unreadable ones are skipped. */
export async function loadSpeakerQuotes(
  source: DataSource,
  ids: readonly string[],
  name: string,
  signal?: AbortSignal,
): Promise<ArticleQuotes[]> {
  const results = new Array<ArticleQuotes | null>(ids.length).fill(null);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length && signal?.aborted !== true) {
      const at = next++;
      const id = ids[at];
      if (id === undefined) continue;
      const article = await source.article(id, signal).catch(() => null);
      if (article === null) continue;
      const role = article.speakers.find((speaker) => speaker.name === name)?.role;
      results[at] = {
        article: headingOf(article),
        ...(role === undefined ? {} : { role }),
        quotes: quotesBy(article, name),
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return results.filter(
    (entry): entry is ArticleQuotes => entry !== null && entry.quotes.length > 0,
  );
}
