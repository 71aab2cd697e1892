// What a line says about itself: whether it reads as prose in the article's language (stop
// words, sentence shape) and whether it talks about the page rather than the world (page talk).
// The word lists come from the lexicons (pageTalk, pageWords, readerAddress, creditLabels,
// appendixHeadings); stop words from stopwords-iso.
import { stopWordsOf } from './stopwords.ts';
import { common } from './lexicon/common.ts';
import { en } from './lexicon/en.ts';
import { LANGUAGES, type Lexicon } from './lexicon/index.ts';
import { memoize, memoizeBy } from './memo.ts';
import { countWords, hasTerminalPunctuation } from './noise.ts';
import { alternation } from './regex.ts';

/** Entries of a word list, sorted for matching: whole words, stems (`abonn*`), phrases. */
interface Terms {
  words: ReadonlySet<string>;
  /** The stems as one anchored pattern, or null when there are none. */
  stems: RegExp | null;
  /** Phrases by their first word, longest first. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The language-dependent word lists the scorer weighs, built once per language. */
export interface TextModel {
  /** The language (BCP 47 primary tag) the model was built for. */
  lang: string;
  /** Stop words of the article's language and of English (stopwords-iso), lower case. */
  stopwords: ReadonlySet<string>;
  /** Words that talk about the page in any sentence (lexicon pageTalk). */
  page: Terms;
  /** Parts of the page, platforms and media, page talk only among their kind (lexicon pageWords). */
  pageWords: Terms;
  /** Words addressing the reader. */
  readerWords: ReadonlySet<string>;
  /** A photo credit glued after a caption's last sentence ("…the library.Credit: Jane Doe"). */
  gluedCredit: RegExp;
  /** A photo credit in brackets closing a caption ("… am Montag. (Bild: dpa)"). */
  bracketCredit: RegExp;
  /** Headings of appended blocks (FAQ), lower case. */
  appendixHeadings: readonly string[];
}

/** Lines up to this many words may be page chrome made only of page talk and small words. */
const MAX_PAGE_LABEL_WORDS = 8;
/** A short line with this many page-talk terms (and a high share of them) is page chrome. */
const MIN_DENSE_PAGE_HITS = 2;
const MIN_DENSE_PAGE_SHARE = 0.2;
const MAX_DENSE_PAGE_WORDS = 15;
/** A sentence addressing the reader is page talk with this many terms and reader words. */
const MIN_PROSE_PAGE_TERMS = 4;
/** Page talk in a longer line that is no prose: terms, their share of the words. */
const MIN_HEAVY_PAGE_HITS = 3;
const MIN_HEAVY_PAGE_SHARE = 0.12;
/** Lines longer than this are paragraphs, whatever words they use. */
const MAX_PAGE_TALK_WORDS = 45;
/** A stem of a phrase's last word needs this many letters to match inflected forms. */
const MIN_PHRASE_STEM = 4;
/** Topic words: at least this many letters, compared on their first TOPIC_STEM letters. */
const MIN_TOPIC_WORD = 3;
const TOPIC_STEM = 5;
/** A sentence this long or longer, with enough stop words, is running prose. */
export const MIN_PROSE_WORDS = 8;
/** Share of stop words above which a line reads as prose in its language. */
const MIN_PROSE_STOP_SHARE = 0.2;
/** A line this long with prose's stop words is prose even without a final full stop. */
const MIN_UNPUNCTUATED_PROSE_WORDS = 15;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\p{N}+$/u;
const QUOTED = /["“”„«»][^"“”„«»]*["“”„«»]/gu;
const OPEN_QUOTE_TO_END = /["“”„«»].*$/u;

/** Lower-case words of the text (asked of each line by several features). */
export const wordsOf = memoize((text: string): readonly string[] =>
  (text.match(WORD) ?? []).map((word) => word.toLowerCase()),
);

/** The line without the words inside quotation marks: what the page says, not what was quoted. */
export function narratorText(line: string): string {
  return line.replace(QUOTED, ' ').replace(OPEN_QUOTE_TO_END, ' ');
}

function buildTerms(entries: readonly string[]): Terms {
  const words: string[] = [];
  const stems: string[] = [];
  const phrases = new Map<string, (readonly string[])[]>();
  for (const entry of entries) {
    if (entry.includes(' ')) {
      const parts = wordsOf(entry);
      const first = parts[0] ?? '';
      phrases.set(first, [...(phrases.get(first) ?? []), parts]);
    } else if (entry.endsWith('*')) stems.push(entry.slice(0, -1));
    else words.push(entry);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  const stemPattern = stems.length === 0 ? null : new RegExp(`^(?:${alternation(stems)})`, 'u');
  return { words: new Set(words), stems: stemPattern, phrases };
}

/**
 * The article's language with English and the language-neutral entries: sites in every
 * language print their chrome in English too ("Follow us on social media", "Post a comment").
 */
function modelLexicons(lang: string): Lexicon[] {
  const own = LANGUAGES[lang];
  return own === undefined || own === en ? [en, common] : [own, en, common];
}

function buildModel(lang: string): TextModel {
  const lexicons = modelLexicons(lang);
  type WordSlot = 'pageTalk' | 'pageWords' | 'readerAddress' | 'creditLabels' | 'appendixHeadings';
  const all = (slot: WordSlot): string[] => lexicons.flatMap((lexicon) => lexicon[slot]);
  const labels = alternation(all('creditLabels'));
  return {
    lang,
    stopwords: new Set([...stopWordsOf(lang), ...stopWordsOf('en')]),
    page: buildTerms(all('pageTalk')),
    pageWords: buildTerms(all('pageWords')),
    readerWords: new Set(all('readerAddress')),
    // The label follows a sentence's end, glued or after a space, and names a short credit
    // (a name, an outlet's domain): "…the library.Credit: Jane Doe", "… Ilustrasi: Dok. Humas/Kabarkota.com".
    gluedCredit: new RegExp(
      String.raw`[.!?…"”’»)]\s*(?:${labels})\s*:\s*(?:[^.!?]|\.(?=\p{L})){1,60}$`,
      'iu',
    ),
    bracketCredit: new RegExp(String.raw`\((?:${labels})\s*:\s*[^()]{1,40}\)\.?$`, 'iu'),
    appendixHeadings: all('appendixHeadings'),
  };
}

const MODELS = new Map<string, TextModel>();

/** The scorer's word lists for a language (BCP 47 primary tag; unknown gives English's). */
export function textModel(lang: string): TextModel {
  let model = MODELS.get(lang);
  if (model === undefined) {
    model = buildModel(lang);
    MODELS.set(lang, model);
  }
  return model;
}

/** The phrase of `terms` starting at word `i`, if any; its last word may be inflected. */
function phraseAt(words: readonly string[], i: number, terms: Terms) {
  return terms.phrases.get(words[i] ?? '')?.find((phrase) =>
    phrase.every((part, j) => {
      const word = words[i + j];
      if (word === undefined) return false;
      const last = j === phrase.length - 1;
      return word === part || (last && part.length >= MIN_PHRASE_STEM && word.startsWith(part));
    }),
  );
}

const isTermWord = (word: string, terms: Terms): boolean =>
  terms.words.has(word) || (terms.stems?.test(word) ?? false);

/**
 * The distinct terms of `terms` in the words (a phrase counts once; a word repeated counts
 * once: "customers" three times in a sentence about customers is one term), and which words
 * they cover (marked in `used`).
 */
function countTerms(words: readonly string[], terms: Terms, used: boolean[]): number {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (used[i] === true) continue;
    const phrase = phraseAt(words, i, terms);
    if (phrase !== undefined) {
      for (let j = 0; j < phrase.length; j++) used[i + j] = true;
      found.add(phrase.join(' '));
      i += phrase.length - 1;
    } else if (isTermWord(words[i] ?? '', terms)) {
      used[i] = true;
      found.add(words[i] ?? '');
    }
  }
  return found.size;
}

/**
 * Content words of a line, cut to a stem so that inflected forms meet ("banjir", "banjirnya"):
 * what the line is about, to compare with the headline and the rest of the article.
 */
export function topicStems(line: string, model: TextModel): readonly string[] {
  return topicStemsMemo(model.lang, line);
}

const topicStemsMemo = memoizeBy((lang: string, line: string): readonly string[] => {
  const model = textModel(lang);
  const stems = new Set<string>();
  for (const word of wordsOf(line)) {
    if (word.length >= MIN_TOPIC_WORD && !model.stopwords.has(word) && !NUMBER.test(word))
      stems.add(word.slice(0, TOPIC_STEM));
  }
  return [...stems];
});

/** Whether the line holds any page talk or page word outside quotation marks. */
export function hasPageTalk(line: string, model: TextModel): boolean {
  const words = wordsOf(narratorText(line));
  return countTerms(words, model.page, []) + countTerms(words, model.pageWords, []) > 0;
}

/** Share of the words that are stop words of the article's language. */
export function stopWordShare(line: string, model: TextModel): number {
  const words = wordsOf(line);
  if (words.length === 0) return 0;
  let stops = 0;
  for (const word of words) if (model.stopwords.has(word)) stops++;
  return stops / words.length;
}

/** Prose in its language: enough stop words, and a sentence's end or a paragraph's length. */
export function isProse(line: string, model: TextModel): boolean {
  return isProseMemo(model.lang, line);
}

const isProseMemo = memoizeBy((lang: string, line: string): boolean => {
  const words = countWords(line);
  if (words < MIN_PROSE_WORDS) return false;
  if (stopWordShare(line, textModel(lang)) < MIN_PROSE_STOP_SHARE) return false;
  return hasTerminalPunctuation(line) || words >= MIN_UNPUNCTUATED_PROSE_WORDS;
});

/**
 * Words about the page, not the world: a site speaks of subscribing, logging in, comments,
 * sharing and pages, and addresses its reader ("you", "Anda", "vous"); news prose speaks of
 * people and events in the third person. Quoted words are not counted (a minister may say
 * "you"); page words (platforms, "comment", "page") only support page talk, since news names
 * them too. Four shapes: a short line made only of page talk, page words and small words
 * ("Page 2 of 3", "2 dari 2 halaman", "Facebook Twitter WhatsApp"); page talk addressing the
 * reader ("Abonnez-vous pour lire la suite."; in a sentence, with enough support that it is
 * not service news telling the reader how to register); a short line dense with page talk
 * ("La suite est réservée aux abonnés."); a longer line heavy with it that is no prose.
 */
export function isPageTalk(line: string, model: TextModel): boolean {
  const total = countWords(line);
  if (total === 0 || total > MAX_PAGE_TALK_WORDS) return false;
  const words = wordsOf(narratorText(line));
  const used = words.map(() => false);
  const page = countTerms(words, model.page, used);
  const support = countTerms(words, model.pageWords, used);
  if (page + support === 0) return false;
  const isReader = (word: string) => word.split('-').some((part) => model.readerWords.has(part));
  const reader = new Set(words.filter(isReader)).size;
  const contentFree = words.every(
    (word, i) =>
      used[i] === true || model.stopwords.has(word) || isReader(word) || NUMBER.test(word),
  );
  if (contentFree && total <= MAX_PAGE_LABEL_WORDS && words.length === total) return true;
  if (page === 0) return false;
  const all = page + support + reader;
  const prose = isProse(line, model);
  if (reader >= 1 && all / total >= MIN_HEAVY_PAGE_SHARE && (!prose || all >= MIN_PROSE_PAGE_TERMS))
    return true;
  if (page >= MIN_DENSE_PAGE_HITS && total <= MAX_DENSE_PAGE_WORDS)
    return page / total >= MIN_DENSE_PAGE_SHARE;
  return page + support >= MIN_HEAVY_PAGE_HITS && all / total >= MIN_HEAVY_PAGE_SHARE && !prose;
}

/** A heading of a block sites append for search engines ("FAQ", "Frequently asked questions"). */
export function isAppendixHeading(line: string, model: TextModel): boolean {
  if (countWords(line) > MAX_DENSE_PAGE_WORDS || /[.!]$/u.test(line)) return false;
  const text = wordsOf(line).join(' ');
  return model.appendixHeadings.some(
    (heading) => text === heading || text.startsWith(`${heading} `),
  );
}

/** Whether a caption's credit label closes the line ("…the library.Credit: Jane Doe", "(Bild: dpa)"). */
export function hasCreditLabel(line: string, model: TextModel): boolean {
  return model.gluedCredit.test(line) || model.bracketCredit.test(line);
}
