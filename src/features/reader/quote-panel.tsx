import { useState } from 'react';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { absoluteUrl, paths } from '../../config/paths.ts';
import { quotesOf } from '../../data/quote-export.ts';
import type { Article } from '../../data/types.ts';
import { ExportQuotes } from '../../ui/export-quotes.tsx';
import { Panel } from '../../ui/panel.tsx';
import {
  CITATION_STYLES,
  formatApaCitation,
  formatCitation,
  type CitationStyle,
} from './citation.ts';
import { readStorage, writeStorage } from '../../lib/storage.ts';
import type { QuoteEntry, QuoteIndex } from './quote-index.ts';
import { QuoteList } from './quote-list.tsx';
import { shareOrCopy, type ShareOutcome } from './share-quote.ts';

interface QuotePanelProps {
  id: string;
  quotes: QuoteIndex;
  article: Article;
  highlight: boolean;
  onHighlight: (on: boolean) => void;
  /** Scrolls to the quote in the text and emphasises it. */
  onShow: (entry: QuoteEntry) => void;
  onClose: () => void;
}

/** Where the chosen citation style is remembered. */
const STYLE_KEY = 'baca:citation-style';

/** Quotes grouped by speaker, with counts. Loaded on first open (React.lazy). */
export function QuotePanel(props: QuotePanelProps) {
  const { id, quotes, article, highlight, onHighlight, onShow, onClose } = props;
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<{
    kind: Exclude<ShareOutcome, 'cancelled'>;
    text: string;
  } | null>(null);
  const canShare = 'share' in navigator;
  const [style, setStyle] = useState<CitationStyle>(() =>
    readStorage(STYLE_KEY) === 'apa' ? 'apa' : 'plain',
  );
  const chooseStyle = (next: CitationStyle): void => {
    setStyle(next);
    writeStorage(STYLE_KEY, next);
  };

  const cite = (entry: QuoteEntry): string =>
    style === 'apa'
      ? formatApaCitation({
          text: entry.text,
          ...(entry.speaker === undefined ? {} : { speaker: entry.speaker }),
          title: article.title,
          ...(article.published === undefined ? {} : { published: article.published }),
          ...(article.author === undefined ? {} : { author: article.author }),
          ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
          url: article.url ?? `${absoluteUrl(paths.reader.href(article.id))}/`,
        })
      : plainCitation(entry);
  const plainCitation = (entry: QuoteEntry): string =>
    formatCitation({
      text: entry.text,
      ...(entry.speaker === undefined ? {} : { speaker: entry.speaker }),
      title: article.title,
      ...(article.published === undefined
        ? {}
        : { date: formatDate(article.published, article.lang, 'medium') }),
      inWord: t('quotes.in'),
      ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
      ...(article.url === undefined ? {} : { url: article.url }),
    });

  const share = async (entry: QuoteEntry): Promise<void> => {
    const text = cite(entry);
    setOutcome(null);
    const kind = await shareOrCopy(text);
    setOutcome(kind === 'cancelled' ? null : { kind, text });
  };
  /** Every quote of a speaker, each with its citation, to the clipboard. */
  const copyAll = async (entries: readonly QuoteEntry[]): Promise<void> => {
    const text = entries.map(cite).join('\n\n');
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ kind: 'copied', text });
    } catch {
      setOutcome({ kind: 'failed', text });
    }
  };
  const groupProps = { lang: article.lang, onShow, onShare: share };
  const action = canShare ? t('quotes.share') : t('quotes.copy');

  return (
    <Panel
      id={id}
      as="aside"
      className="quote-panel"
      title={t('quotes.title')}
      titleClassName="text-lg font-bold"
      closeLabel={t('quotes.close')}
      onClose={onClose}
    >
      <label className="mt-3 flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={highlight}
          onChange={(event) => onHighlight(event.target.checked)}
          className="h-4 w-4 accent-[var(--accent)]"
        />
        {t('quotes.highlight')}
      </label>
      <fieldset className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <legend className="sr-only">{t('quotes.style')}</legend>
        <span aria-hidden="true">{t('quotes.style')}</span>
        {CITATION_STYLES.map((option) => (
          <label key={option} className="flex min-h-10 items-center gap-1">
            <input
              type="radio"
              name={`${id}-style`}
              checked={style === option}
              onChange={() => chooseStyle(option)}
              className="accent-[var(--accent)]"
            />
            {t(option === 'apa' ? 'quotes.styleApa' : 'quotes.stylePlain')}
          </label>
        ))}
      </fieldset>
      <ExportQuotes
        className="mt-2"
        name={article.title}
        quotes={() =>
          Promise.resolve(quotesOf(article, `${absoluteUrl(paths.reader.href(article.id))}/`))
        }
      />
      <div role="status" className="text-sm">
        {outcome !== null && (
          <p className="quote-outcome mt-2">
            {t(`quotes.${outcome.kind}`)}
            {outcome.kind === 'failed' && (
              <textarea readOnly value={outcome.text} className="mt-2 block w-full" rows={4} />
            )}
          </p>
        )}
      </div>
      {quotes.speakers.length + quotes.unattributed.length + quotes.scare.length === 0 && (
        <p className="mt-4">{t('quotes.none')}</p>
      )}
      {quotes.speakers.map((group) => (
        <QuoteList
          key={group.name}
          title={group.name}
          {...(group.fullName === undefined && group.role === undefined
            ? {}
            : { subtitle: [group.fullName, group.role].filter(Boolean).join(' · ') })}
          tone={group.tone}
          initials={group.initials}
          entries={group.quotes}
          action={action}
          onCopyAll={() => void copyAll(group.quotes)}
          {...groupProps}
        />
      ))}
      {quotes.unattributed.length > 0 && (
        <QuoteList
          title={t('quotes.unattributed')}
          subtitle={t('quotes.unattributedWhy')}
          tone="none"
          entries={quotes.unattributed}
          action={action}
          {...groupProps}
        />
      )}
      {quotes.scare.length > 0 && (
        <QuoteList
          title={t('quotes.scare')}
          tone="scare"
          entries={quotes.scare}
          action={action}
          lang={article.lang}
          onShow={onShow}
          onShare={null}
        />
      )}
    </Panel>
  );
}
