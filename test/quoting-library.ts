// A library reduced to who is quoted where: for tests of the Speakers page and its files.
import type { LibraryIndex } from '../src/data/types.ts';

/** Article n (newest first) quotes `quoted[n]`: [name, quotes] pairs. */
export function quotingLibrary(quoted: readonly (readonly [string, number])[][]): LibraryIndex {
  return {
    version: 1,
    articles: quoted.map((speakers, n) => ({
      id: `a${n}`,
      title: `Article ${n}`,
      lang: 'id',
      excerpt: '',
      wordCount: 100,
      readingMinutes: 1,
      quotes: speakers.reduce((sum, [, quotes]) => sum + quotes, 0),
      speakers: speakers.map(([name, quotes]) => [name, quotes]),
    })),
  };
}
