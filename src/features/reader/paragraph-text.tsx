import type { Paragraph } from '../../data/types.ts';
import { quoteElementId, speakerDescriptionId, TONE_COUNT } from './quote-index.ts';
import { splitIntoSegments } from './segments.ts';

interface ParagraphTextProps {
  paragraph: Paragraph;
  /** Position of the paragraph in the article, for the quotes' element ids. */
  index: number;
  /** Speaker name → position in the article's speaker list (colour and description). */
  speakerIndex: ReadonlyMap<string, number>;
  /** Speaker name → initials shown at the start of each of their quotes. */
  initials: ReadonlyMap<string, string>;
  /** Being read aloud now. */
  reading?: boolean;
}

/**
 * One paragraph as text, each quote one <q> carrying its kind and speaker. Attributed quotes
 * are focusable, coloured per speaker, marked with the speaker's initials (drawn by CSS, so
 * never copied with the text) and described by "Said by …".
 */
export function ParagraphText({
  paragraph,
  index,
  speakerIndex,
  initials,
  reading,
}: ParagraphTextProps) {
  return (
    <p {...(reading === true ? { 'data-reading': 'true' } : {})}>
      {splitIntoSegments(paragraph.text, paragraph.quotes).map((segment, i) => {
        const quote = segment.quote;
        if (quote === undefined) return segment.text;
        const speaker = quote.kind === 'direct' ? quote.speaker : undefined;
        const position = speaker === undefined ? undefined : speakerIndex.get(speaker);
        return (
          <q
            key={i}
            id={quoteElementId(index, paragraph.quotes.indexOf(quote))}
            className="quote"
            data-quote-kind={quote.kind}
            {...(quote.speaker !== undefined ? { 'data-speaker': quote.speaker } : {})}
            {...(position === undefined
              ? {}
              : {
                  'data-tone': position % TONE_COUNT,
                  'data-initials': initials.get(speaker ?? '') ?? '',
                  tabIndex: 0,
                  'aria-describedby': speakerDescriptionId(position),
                })}
          >
            {segment.text}
          </q>
        );
      })}
    </p>
  );
}
