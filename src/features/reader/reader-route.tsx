import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { TITLE_SUFFIX, useDocumentTitle } from '../../lib/use-document-title.ts';
import { useLoaderData, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { readingInList, returnSearch } from '../../data/list-context.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { settingsToCssVars } from '../../data/settings.ts';
import { ArticleHeader } from './article-header.tsx';
import { ArticleNav } from './article-nav.tsx';
import { emphasiseQuote } from './emphasise-quote.ts';
import { ParagraphText } from './paragraph-text.tsx';
import { indexQuotes, speakerDescriptionId, type QuoteEntry } from './quote-index.ts';
import type { ReaderData } from './reader-data.ts';
import { PANEL_IDS, ReaderToolbar, type ReaderPanel } from './reader-toolbar.tsx';
import { ReadAloudControls } from './read-aloud-controls.tsx';
import { canReadAloud, useReadAloud } from './use-read-aloud.ts';
import { useReaderKeys } from './use-reader-keys.ts';
import { useReadingProgress } from './use-reading-progress.ts';
import { useTextSettings } from './use-text-settings.ts';

// Loaded on first open, to keep the first load small.
const QuotePanel = lazy(() => import('./quote-panel.tsx').then((m) => ({ default: m.QuotePanel })));
const SettingsPanel = lazy(() =>
  import('../settings/settings-panel.tsx').then((m) => ({ default: m.SettingsPanel })),
);

/** Where the quote panel is a bottom sheet that would cover the quote it scrolls to. */
const NARROW = '(max-width: 63.999rem)';

/** The reader: one article with its quotes marked, typography the reader controls. */
export function ReaderRoute() {
  const { article, previous, next, within } = useLoaderData<ReaderData>();
  const { t } = useI18n();
  useDocumentTitle(`${article.title}${TITLE_SUFFIX}`);
  const navigate = useNavigate();
  const isClient = useHydrated();
  const body = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [open, setOpen] = useState<ReaderPanel | null>(null);
  const quotes = useMemo(() => indexQuotes(article), [article]);
  const { settings, change, resize, announcement } = useTextSettings(body, toolbar);

  const close = (returnFocus = true): void => {
    if (open === null) return;
    setOpen(null);
    if (returnFocus) {
      document.querySelector<HTMLElement>(`[aria-controls="${PANEL_IDS[open]}"]`)?.focus();
    }
  };
  const show = (entry: QuoteEntry): void => {
    if (window.matchMedia(NARROW).matches) close(false);
    emphasiseQuote(entry.id);
  };
  const escape = (): void => {
    const focused = document.activeElement;
    // Escape first dismisses what it opened: a panel, or a focused quote's speaker label.
    if (open !== null) close();
    else if (focused instanceof HTMLElement && focused.matches('q.quote')) focused.blur();
    else void navigate(paths.library.view(returnSearch()));
  };
  const reader = useReadAloud(article);
  // Shown in the prerendered page too, so the toolbar does not change size at hydration
  // (a late button would wrap it onto a second row on phones); hidden only where the
  // browser turns out to have no speech.
  const speaking = !isClient || canReadAloud();
  useEffect(() => readingInList(article.id), [article.id]);
  // A link to a quote's place ("Show in the article" on a speaker's page) shows that quote.
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length > 1) emphasiseQuote(decodeURIComponent(hash.slice(1)));
  }, [article.id, hash]);
  useReaderKeys({
    onSize: resize,
    onEscape: escape,
    ...(previous === null
      ? {}
      : { onPrevious: () => void navigate(paths.reader.href(previous.id)) }),
    ...(next === null ? {} : { onNext: () => void navigate(paths.reader.href(next.id)) }),
    ...(speaking ? { onReadAloud: reader.toggle } : {}),
  });
  // The paragraph being read stays in view.
  useEffect(() => {
    if (reader.paragraph === null) return;
    body.current?.children[reader.paragraph]?.scrollIntoView({ block: 'nearest' });
  }, [reader.paragraph]);
  const bar = useReadingProgress(article.id);

  return (
    <>
      <div className="reader-progress" aria-hidden="true">
        <div ref={bar} className="reader-progress-bar" />
      </div>
      <main id="main" className="reader-main" data-panel={open === 'quotes' ? 'open' : 'closed'}>
        <ReaderToolbar
          ref={toolbar}
          size={settings.size}
          onSize={resize}
          announcement={announcement}
          quoteCount={quotes.directCount}
          open={open}
          onToggle={(panel) => (open === panel ? close() : setOpen(panel))}
          {...(speaking
            ? {
                readAloud: {
                  active: reader.status !== 'idle',
                  onToggle: reader.status === 'idle' ? reader.play : reader.stop,
                },
              }
            : {})}
        >
          <ReadAloudControls
            reader={reader}
            lang={article.lang}
            paragraphs={article.paragraphs.length}
          />
          {open === 'settings' && (
            <Suspense fallback={null}>
              <SettingsPanel id={PANEL_IDS.settings} onChange={change} onClose={close} />
            </Suspense>
          )}
        </ReaderToolbar>
        <article
          ref={articleRef}
          lang={article.lang}
          className="reader-article"
          // After hydration only: the prerendered page takes these from <html> (boot script).
          {...(isClient && {
            style: settingsToCssVars(settings),
            'data-quotes': settings.highlightQuotes ? 'on' : 'off',
          })}
        >
          <ArticleHeader article={article} quoteCount={quotes.directCount} />
          <div ref={body} className="reader-body">
            {article.paragraphs.map((paragraph, i) => (
              <ParagraphText
                key={i}
                index={i}
                paragraph={paragraph}
                speakerIndex={quotes.speakerIndex}
                initials={quotes.initials}
                reading={reader.paragraph === i}
              />
            ))}
          </div>
          <div hidden>
            {[...quotes.speakerIndex].map(([speaker, i]) => (
              <span key={speaker} id={speakerDescriptionId(i)}>
                {t('reader.saidBy', { speaker })}
              </span>
            ))}
          </div>
        </article>
        <div className="reader-after">
          <ArticleNav previous={previous} next={next} within={within} />
        </div>
      </main>
      {open === 'quotes' && (
        <Suspense fallback={null}>
          <QuotePanel
            id={PANEL_IDS.quotes}
            quotes={quotes}
            article={article}
            highlight={settings.highlightQuotes}
            onHighlight={(highlightQuotes) => change({ highlightQuotes })}
            onShow={show}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
