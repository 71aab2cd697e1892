import type { Paragraph } from '../../data/types.ts';
import { splitIntoSegments } from './segments.ts';

interface ParagraphTextProps {
  paragraph: Paragraph;
}

/** One paragraph as text, each quote one element carrying its kind and speaker. */
export function ParagraphText({ paragraph }: ParagraphTextProps) {
  return (
    <p>
      {splitIntoSegments(paragraph.text, paragraph.quotes).map((segment, i) =>
        segment.quote === undefined ? (
          segment.text
        ) : (
          <q
            key={i}
            className="quote"
            data-quote-kind={segment.quote.kind}
            {...(segment.quote.speaker !== undefined
              ? { 'data-speaker': segment.quote.speaker }
              : {})}
          >
            {segment.text}
          </q>
        ),
      )}
    </p>
  );
}
