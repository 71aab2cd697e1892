import { Fragment } from 'react';
import { foldText } from '../../lib/normalise.ts';

const SPLIT = /([\n\r\p{Z}\p{P}\p{S}]+)/u;

interface HighlightProps {
  text: string;
  /** Folded search terms; a word is marked when its folded form starts with one. */
  terms: readonly string[];
}

/** Text with the words that matched the search in <mark>; plain text when nothing matched. */
export function Highlight({ text, terms }: HighlightProps) {
  if (terms.length === 0) return text;
  const parts = text.split(SPLIT);
  return parts.map((part, i) => {
    // Odd parts are the separators kept by the capturing split.
    const folded = i % 2 === 0 && part !== '' ? foldText(part) : '';
    const hit = folded !== '' && terms.some((term) => folded.startsWith(term));
    return hit ? (
      <mark key={i} className="rounded-sm bg-[var(--tone-0)] text-[var(--page-fg)]">
        {part}
      </mark>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    );
  });
}
