import { useId, useState } from 'react';
import type { ExportedQuote, ExportFormat } from '../data/quote-export.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { downloadText } from '../lib/download.ts';

interface ExportQuotesProps {
  /** The quotes to export, gathered when the reader asks (may fetch articles). */
  quotes: () => Promise<readonly ExportedQuote[]>;
  /** File name (without extension) and Markdown heading. */
  name: string;
  className?: string;
}

const LABELS: Record<ExportFormat, string> = { md: 'Markdown', csv: 'CSV', json: 'JSON' };
const FORMATS = Object.keys(LABELS) as ExportFormat[];

/** "Export quotes": Markdown, CSV or JSON, downloaded from the browser. */
export function ExportQuotes({ quotes, name, className = '' }: ExportQuotesProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menu = useId();
  const save = async (format: ExportFormat): Promise<void> => {
    setStatus(t('export.preparing'));
    try {
      // The formats' code loads when first used: most visits never export.
      const [list, { exportFile }] = await Promise.all([
        quotes(),
        import('../data/quote-export.ts'),
      ]);
      const file = exportFile(list, format, name, name);
      downloadText(file.filename, file.mime, file.content);
      setStatus(t('export.done', { count: list.length, file: file.filename }));
    } catch {
      setStatus(t('export.failed'));
    }
  };
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <button
        type="button"
        className="export-button"
        aria-expanded={open}
        aria-controls={menu}
        onClick={() => setOpen(!open)}
      >
        {t('export.button')}
      </button>
      <div
        id={menu}
        role="group"
        aria-label={t('export.formats')}
        hidden={!open}
        className="flex gap-2"
      >
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="export-button"
            onClick={() => void save(format)}
          >
            {LABELS[format]}
          </button>
        ))}
      </div>
      <span role="status" className="text-sm text-[var(--muted-fg)]">
        {status}
      </span>
    </div>
  );
}
