// Hand-written checks for the golden fixtures (test/fixtures/<case>/checks.json): what a careful
// human reader says is right, independent of what the pipeline outputs today. Used by
// test/unit/fixtures.test.ts and scripts/update-fixtures.ts; the format is documented in
// test/fixtures/README.md.
import type { Article } from '../src/pipeline/types.ts';

/** One accepted speaker, several accepted forms, or null (no speaker can be named). */
export type SpeakerForms = string | null | (string | null)[];
/** A speaker entry; `{ either }` marks a quote that may be read as direct or scare. */
export type SpeakerEntry = SpeakerForms | { either: SpeakerForms };

/** What the body must be: paragraph count, how the first and last start, lines never in it. */
export interface ParagraphChecks {
  count?: number;
  first?: string;
  last?: string;
  notBody?: string[];
}

export interface Checks {
  title?: string | string[];
  lang?: string;
  dateline?: string | string[] | null;
  published?: string | null;
  editor?: string | null;
  paragraphs?: ParagraphChecks;
  direct: number;
  scare: number;
  either?: number;
  speakers: SpeakerEntry[];
  speakerMatch?: 'exact';
  knownGap?: Assertion[];
}

export const ASSERTIONS = [
  'snapshot',
  'title',
  'lang',
  'dateline',
  'published',
  'editor',
  'paragraphs',
  'quotes',
  'speakers',
] as const;
export type Assertion = (typeof ASSERTIONS)[number];

const show = (value: unknown): string => (value === undefined ? '∅' : JSON.stringify(value));
const forms = (f: SpeakerForms): (string | null)[] => (Array.isArray(f) ? f : [f]);
const words = (s: string): string[] => s.toLowerCase().split(/\s+/u).filter(Boolean);

/**
 * Whether the pipeline's speaker `got` is an accepted form `want`: equal (case-insensitive), or,
 * unless `exact`, a run of whole words inside it (a surname or short form: "Tokayev" for
 * "Kassym-Jomart Tokayev"). Only this direction: a longer `got` ("AKBP Rina Frillya", a team
 * name glued in front) is a defect, since checks hold the fullest form the article gives.
 */
export function speakerMatches(want: string | null, got: string | undefined, exact = false) {
  if (want === null || got === undefined) return want === null && got === undefined;
  const [w, g] = [words(want), words(got)];
  if (w.join(' ') === g.join(' ')) return true;
  if (exact || g.length === 0) return false;
  return w.some((_, i) => g.every((part, j) => w[i + j] === part));
}

/** The direct/scare counts and direct-quote speakers of an article, in document order. */
export function quoteSummary(article: Article) {
  const quotes = article.paragraphs.flatMap((p) => p.quotes);
  const direct = quotes.filter((q) => q.kind === 'direct');
  return {
    direct: direct.length,
    scare: quotes.length - direct.length,
    speakers: direct.map((q) => q.speaker),
    /** The fullest form the article gives for each of those speakers (`Speaker.fullName`). */
    fullNames: direct.map((q) => {
      const person = article.speakers.find((p) => p.name === q.speaker);
      return person?.fullName ?? q.speaker;
    }),
  };
}

const isEither = (e: SpeakerEntry): e is { either: SpeakerForms } =>
  e !== null && typeof e === 'object' && !Array.isArray(e);

/** Index sets of size k from `pool`, in order. */
const choose = (pool: number[], k: number): number[][] =>
  k === 0
    ? [[]]
    : pool.flatMap((first, i) => choose(pool.slice(i + 1), k - 1).map((rest) => [first, ...rest]));

function checkSpeakers(
  checks: Checks,
  got: (string | undefined)[],
  full: (string | undefined)[],
): string | null {
  const entries = checks.speakers;
  const optional = entries.flatMap((e, i) => (isEither(e) ? [i] : []));
  const drop = entries.length - got.length;
  if (drop < 0 || drop > optional.length) {
    const least = entries.length - optional.length;
    const want = least === entries.length ? `${least}` : `${least}–${entries.length}`;
    return `${got.length} direct quotes, want ${want}`;
  }
  let best: string[] | undefined;
  // Each way of reading `drop` of the "either" quotes as scare quotes; the best one is reported.
  for (const dropped of choose(optional, drop)) {
    const kept = entries.filter((_, i) => !dropped.includes(i));
    const misses = kept.flatMap((entry, i) => {
      const accepted = forms(isEither(entry) ? entry.either : entry);
      const ok = (name: string | undefined) =>
        accepted.some((want) => speakerMatches(want, name, checks.speakerMatch === 'exact'));
      if (ok(got[i]) && ok(full[i])) return [];
      const fullNote = full[i] === got[i] ? '' : ` (full name ${show(full[i])})`;
      return [`#${i + 1} got ${show(got[i])}${fullNote}, want ${accepted.map(show).join(' | ')}`];
    });
    if (misses.length === 0) return null;
    if (best === undefined || misses.length < best.length) best = misses;
  }
  return (best ?? []).join('; ');
}

/** The assertions a checks.json makes, besides `snapshot` (which needs expected.json). */
export function checkedAssertions(checks: Checks): Assertion[] {
  const fields = ['title', 'lang', 'dateline', 'published', 'editor', 'paragraphs'] as const;
  return [...fields.filter((field) => checks[field] !== undefined), 'quotes', 'speakers'];
}

/** What is wrong with the body against the paragraph checks, or null when they hold. */
function checkParagraphs(want: ParagraphChecks, article: Article): string | null {
  const texts = article.paragraphs.map((p) => p.text);
  const problems: string[] = [];
  if (want.count !== undefined && texts.length !== want.count)
    problems.push(`${texts.length} paragraphs, want ${want.count}`);
  const starts = (got: string | undefined, prefix: string | undefined, which: string) => {
    if (prefix !== undefined && !(got ?? '').startsWith(prefix))
      problems.push(
        `${which} paragraph starts ${show((got ?? '').slice(0, 40))}, want ${show(prefix)}`,
      );
  };
  starts(texts[0], want.first, 'first');
  starts(texts[texts.length - 1], want.last, 'last');
  for (const line of want.notBody ?? [])
    if (texts.includes(line)) problems.push(`${show(line.slice(0, 40))} is a paragraph`);
  return problems.length === 0 ? null : problems.join('; ');
}

/** Runs the checks of `checks.json` on an article: null where one holds, else what is wrong. */
export function runChecks(checks: Checks, article: Article | null): Map<Assertion, string | null> {
  const out = new Map<Assertion, string | null>();
  if (article === null) {
    for (const assertion of checkedAssertions(checks)) out.set(assertion, 'no article');
    return out;
  }
  const field = (name: Assertion, want: unknown, got: unknown) => {
    if (want === undefined) return;
    const wanted = Array.isArray(want) ? want : [want ?? undefined];
    out.set(
      name,
      wanted.includes(got) ? null : `got ${show(got)}, want ${wanted.map(show).join(' | ')}`,
    );
  };
  field('title', checks.title, article.title);
  field('lang', checks.lang, article.lang);
  field('dateline', checks.dateline, article.dateline);
  field('published', checks.published, article.published);
  field('editor', checks.editor, article.editor);
  if (checks.paragraphs !== undefined)
    out.set('paragraphs', checkParagraphs(checks.paragraphs, article));
  const s = quoteSummary(article);
  const either = checks.either ?? 0;
  const countsOk =
    s.direct >= checks.direct &&
    s.scare >= checks.scare &&
    s.direct + s.scare === checks.direct + checks.scare + either;
  const range = (n: number) => (either === 0 ? `${n}` : `${n}–${n + either}`);
  const want = `${range(checks.direct)} direct + ${range(checks.scare)} scare`;
  out.set('quotes', countsOk ? null : `got ${s.direct} direct + ${s.scare} scare, want ${want}`);
  out.set('speakers', checkSpeakers(checks, s.speakers, s.fullNames));
  return out;
}

/** Parses and sanity-checks a checks.json text; throws with the reason when malformed. */
export function parseChecks(text: string, source = 'checks.json'): Checks {
  const checks = JSON.parse(text) as Checks;
  const fail = (reason: string) => new Error(`${source}: ${reason}`);
  const optional = checks.speakers.filter(isEither);
  if (!Number.isInteger(checks.direct) || !Number.isInteger(checks.scare))
    throw fail('"direct" and "scare" must be whole numbers');
  if (optional.length !== (checks.either ?? 0))
    throw fail('one { "either": … } speaker entry per "either" quote');
  if (checks.speakers.length !== checks.direct + optional.length)
    throw fail('one "speakers" entry per direct (or "either") quote');
  for (const gap of checks.knownGap ?? [])
    if (!ASSERTIONS.includes(gap)) throw fail(`unknown knownGap entry "${gap}"`);
  return checks;
}
