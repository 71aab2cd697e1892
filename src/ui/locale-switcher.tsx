import { setLocale } from '../i18n/locale-store.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/messages.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** Chooses the UI language. */
export function LocaleSwitcher() {
  const { locale, t } = useI18n();
  return (
    <label className="flex items-center gap-2 text-sm text-[var(--muted-fg)]">
      <span>{t('locale.label')}</span>
      <select
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
        className="rounded border border-[var(--rule)] bg-transparent px-2 py-1 text-[var(--page-fg)]"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
