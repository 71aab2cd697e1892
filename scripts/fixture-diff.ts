// A readable diff between two parse results of one fixture (old expected.json vs new output),
// for `npm run fixtures`: headline, metadata, paragraphs, quotes and speakers, one line each.
import type { Article, ParseResult } from '../src/pipeline/types.ts';

const cut = (text: string, n = 60): string => (text.length > n ? `${text.slice(0, n)}…` : text);
const show = (value: unknown): string => (value === undefined ? '∅' : JSON.stringify(value));

interface QuoteLine {
  key: string;
  kind: string;
  speaker: string | undefined;
}

/** Quotes keyed by their text (with a counter for repeats), in document order. */
function quoteLines(article: Article): QuoteLine[] {
  const seen = new Map<string, number>();
  return article.paragraphs.flatMap((p) =>
    p.quotes.map((q) => {
      const text = cut(p.text.slice(q.start, q.end), 50);
      const n = (seen.get(text) ?? 0) + 1;
      seen.set(text, n);
      return { key: n === 1 ? text : `${text} #${n}`, kind: q.kind, speaker: q.speaker };
    }),
  );
}

/** Lines multiset difference: items of `a` not matched in `b`. */
function minus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const i = rest.indexOf(item);
    if (i >= 0) rest.splice(i, 1);
    return i < 0;
  });
}

const speakerList = (article: Article): string =>
  article.speakers
    .map((s) => `${s.name}${s.fullName === undefined ? '' : ` (${s.fullName})`} ×${s.quotes}`)
    .join(', ');

/** What changed from `before` to `after`, as indented lines; empty when nothing did. */
export function diffResults(before: ParseResult | null, after: ParseResult): string[] {
  const a = before?.article ?? null;
  const b = after.article;
  if (a === null || b === null) {
    if (a === b) return [];
    return [b === null ? '  article: now none' : `  + article "${cut(b.title)}" (new snapshot)`];
  }
  const out: string[] = [];
  const fields = ['title', 'lang', 'dateline', 'published', 'editor'] as const;
  for (const field of fields)
    if (a[field] !== b[field]) out.push(`  ${field}: ${show(a[field])} → ${show(b[field])}`);
  const [pa, pb] = [a.paragraphs.map((p) => p.text), b.paragraphs.map((p) => p.text)];
  for (const text of minus(pa, pb)) out.push(`  - ¶ ${cut(text)}`);
  for (const text of minus(pb, pa)) out.push(`  + ¶ ${cut(text)}   (body, or noise kept?)`);
  const [qa, qb] = [quoteLines(a), quoteLines(b)];
  for (const q of qa) {
    const now = qb.find((x) => x.key === q.key);
    if (now === undefined) out.push(`  - ${q.kind} ${q.key}`);
    else if (now.kind !== q.kind) out.push(`  ~ ${q.key}: ${q.kind} → ${now.kind}`);
    else if (now.speaker !== q.speaker)
      out.push(`  ~ speaker of ${q.key}: ${show(q.speaker)} → ${show(now.speaker)}`);
  }
  for (const q of qb)
    if (!qa.some((x) => x.key === q.key))
      out.push(`  + ${q.kind} ${q.key}${q.speaker === undefined ? '' : ` (${q.speaker})`}`);
  if (speakerList(a) !== speakerList(b))
    out.push(`  speakers: ${speakerList(a) || '∅'} → ${speakerList(b) || '∅'}`);
  const [wa, wb] = [before?.warnings ?? [], after.warnings].map((w) =>
    w.map((x) => x.code).join(', '),
  );
  if (wa !== wb) out.push(`  warnings: ${wa || '∅'} → ${wb || '∅'}`);
  if (out.length === 0 && JSON.stringify(before) !== JSON.stringify(after))
    out.push('  other fields (offsets, excerpt, counts, quote details) changed');
  return out;
}
