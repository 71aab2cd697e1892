import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { languageName } from '../../i18n/language-name.ts';
import { RATES, type ReadAloud } from './use-read-aloud.ts';

interface ReadAloudControlsProps {
  reader: ReadAloud;
  lang: string;
  paragraphs: number;
}

/**
 * While reading aloud: pause or resume, stop, where the reading is, the voice and the speed.
 * When no voice speaks the article's language, says so and offers the others.
 */
export function ReadAloudControls({ reader, lang, paragraphs }: ReadAloudControlsProps) {
  const { t, locale } = useI18n();
  const voiceId = useId();
  const rateId = useId();
  if (reader.status === 'idle') return null;
  return (
    <div className="read-aloud-bar" role="region" aria-label={t('readAloud.region')}>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-2 py-2 text-sm sm:px-4">
        <button
          type="button"
          className="reader-button"
          onClick={reader.status === 'playing' ? reader.pause : reader.resume}
        >
          {reader.status === 'playing' ? t('readAloud.pause') : t('readAloud.resume')}
        </button>
        <button type="button" className="reader-button" onClick={reader.stop}>
          {t('readAloud.stop')}
        </button>
        <span aria-live="polite" className="tabular-nums">
          {t('readAloud.position', { n: (reader.paragraph ?? 0) + 1, total: paragraphs })}
        </span>
        {!reader.hasLanguageVoice && (
          <span role="status">
            {t('readAloud.noVoice', { language: languageName(lang, locale) })}
          </span>
        )}
        <label htmlFor={voiceId} className="ml-auto">
          {t('readAloud.voice')}
        </label>
        <select
          id={voiceId}
          className="reader-select"
          value={reader.voice?.voiceURI ?? ''}
          onChange={(event) => reader.setVoice(event.target.value)}
        >
          {reader.voice === undefined && <option value="">{t('readAloud.defaultVoice')}</option>}
          {reader.voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {`${voice.name} (${voice.lang})`}
            </option>
          ))}
        </select>
        <label htmlFor={rateId}>{t('readAloud.rate')}</label>
        <select
          id={rateId}
          className="reader-select"
          value={reader.rate}
          onChange={(event) => reader.setRate(Number(event.target.value))}
        >
          {RATES.map((rate) => (
            <option key={rate} value={rate}>
              {`${rate}×`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
