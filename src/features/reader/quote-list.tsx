import { useI18n } from '../../i18n/use-i18n.ts';
import type { QuoteEntry } from './quote-index.ts';

interface QuoteListProps {
  title: string;
  subtitle?: string;
  /** Speaker colour slot, "none" for unattributed quotes, "scare" for terms in quote marks. */
  tone: number | 'none' | 'scare';
  /** The speaker's initials, as marked on their quotes in the text. */
  initials?: string;
  entries: QuoteEntry[];
  /** Language of the quoted text (the article's). */
  lang: string;
  /** Visible name of the share button ("Share" or "Copy"). */
  action: string;
  onShow: (entry: QuoteEntry) => void;
  /** Null hides the share button. */
  onShare: ((entry: QuoteEntry) => Promise<void>) | null;
  /** Copies every quote of the group with its citation (speaker groups only). */
  onCopyAll?: () => void;
}

const shorten = (text: string, max = 60): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * How the quote's speaker was found, in the reader's words: the cue as written ("attributed
 * from ‘paparnya’") or the context that gave it. Nothing for unattributed quotes and terms.
 */
function AttributionNote({ entry }: { entry: QuoteEntry }) {
  const { t } = useI18n();
  if (entry.speaker === undefined || entry.basis === undefined) return null;
  const note =
    entry.cue !== undefined
      ? t('quotes.basis.cue', { cue: entry.cue })
      : t(`quotes.basis.${entry.basis}`);
  return <span className="quote-basis text-sm text-[var(--muted-fg)]">{note}</span>;
}

/** One speaker's quotes (or another group): heading with the count, then each quote. */
export function QuoteList(props: QuoteListProps) {
  const { title, subtitle, tone, initials, entries, lang, action, onShow, onShare, onCopyAll } =
    props;
  const { t } = useI18n();
  return (
    <section className="mt-5">
      <h3 className="flex items-baseline gap-2 font-semibold">
        <span aria-hidden="true" className="quote-swatch" data-tone={tone}>
          {initials}
        </span>
        <span>{title}</span>
        <span className="text-sm font-normal text-[var(--muted-fg)]">
          {t('article.quotes', { count: entries.length })}
        </span>
      </h3>
      {subtitle !== undefined && <p className="text-sm text-[var(--muted-fg)]">{subtitle}</p>}
      {onCopyAll !== undefined && (
        <button type="button" className="export-button mt-1" onClick={onCopyAll}>
          {t('quotes.copyAll', { name: title })}
        </button>
      )}
      <ul className="mt-2 space-y-2">
        {entries.map((entry) => (
          <li key={entry.id} className="quote-item">
            <button
              type="button"
              className="quote-show"
              lang={lang}
              onClick={() => onShow(entry)}
              aria-describedby={`${entry.id}-show`}
            >
              {entry.text}
            </button>
            <span id={`${entry.id}-show`} hidden>
              {t('quotes.show')}
            </span>
            <AttributionNote entry={entry} />
            {onShare !== null && (
              <button
                type="button"
                className="reader-button text-sm"
                aria-label={t('quotes.shareLabel', { action, quote: shorten(entry.text) })}
                onClick={() => void onShare(entry)}
              >
                {action}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
