import { useI18n } from '../../i18n/use-i18n.ts';
import { ChoiceGroup } from '../../ui/choice-group.tsx';
import { Panel } from '../../ui/panel.tsx';
import {
  DEFAULT_SETTINGS,
  FONTS,
  LINE_HEIGHTS,
  THEMES,
  WIDTHS,
  type ReaderSettings,
} from '../../data/settings.ts';
import { useSettings } from '../../data/use-settings.ts';

interface SettingsPanelProps {
  id: string;
  /** Applies a change (the reader keeps its place around it). */
  onChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

const keysOf = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

/** Font, line spacing, line length and theme. Loaded on first open (React.lazy). */
export function SettingsPanel({ id, onChange, onClose }: SettingsPanelProps) {
  const settings = useSettings();
  const { t } = useI18n();
  return (
    <Panel
      id={id}
      as="section"
      className="settings-panel"
      title={t('settings.title')}
      titleClassName="text-base font-bold"
      closeLabel={t('quotes.close')}
      onClose={onClose}
    >
      <ChoiceGroup
        legend={t('settings.font')}
        name="reader-font"
        options={keysOf(FONTS)}
        value={settings.font}
        label={(font) => t(`settings.font.${font}`)}
        styleOf={(font) => ({ fontFamily: FONTS[font] })}
        onChange={(font) => onChange({ font })}
      />
      <ChoiceGroup
        legend={t('settings.lineHeight')}
        name="reader-line-height"
        options={keysOf(LINE_HEIGHTS)}
        value={settings.lineHeight}
        label={(lineHeight) => t(`settings.lineHeight.${lineHeight}`)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <ChoiceGroup
        legend={t('settings.width')}
        name="reader-width"
        options={keysOf(WIDTHS)}
        value={settings.width}
        label={(width) => t(`settings.width.${width}`)}
        onChange={(width) => onChange({ width })}
      />
      <ChoiceGroup
        legend={t('settings.theme')}
        name="reader-theme"
        options={THEMES}
        value={settings.theme}
        label={(theme) => t(`settings.theme.${theme}`)}
        onChange={(theme) => onChange({ theme })}
      />
      <button
        type="button"
        className="reader-button mt-5"
        onClick={() => onChange({ ...DEFAULT_SETTINGS, highlightQuotes: settings.highlightQuotes })}
      >
        {t('settings.reset')}
      </button>
    </Panel>
  );
}
