// Reader settings: the allowed values, their defaults, validation of whatever storage holds,
// and the CSS variables they turn into. Pure: no DOM, no storage (see settings-store.ts).

/** Text sizes in CSS pixels at a 16 px root; rendered in rem so the browser's own size counts. */
export const SIZE_STEPS = [14, 15, 16, 18, 20, 22, 24, 27, 30, 34, 40] as const;
export const DEFAULT_SIZE = 20;

export const FONTS = {
  serif: 'var(--font-serif)',
  sans: 'var(--font-sans)',
  atkinson: "'Atkinson Hyperlegible', var(--font-sans)",
} as const;
export const LINE_HEIGHTS = { tight: '1.4', normal: '1.6', relaxed: '1.8', loose: '2' } as const;
/** Measures in `ch` of the article's font: about 59 / 66 / 73 characters a line in the serif. */
export const WIDTHS = { narrow: '52ch', medium: '58ch', wide: '64ch' } as const;
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;

export type FontChoice = keyof typeof FONTS;
export type LineHeightChoice = keyof typeof LINE_HEIGHTS;
export type WidthChoice = keyof typeof WIDTHS;
export type Theme = (typeof THEMES)[number];

export interface ReaderSettings {
  /** Text size in px at a 16 px root, one of SIZE_STEPS. */
  size: number;
  /** Typeface of the article text. */
  font: FontChoice;
  /** Line spacing of the article text. */
  lineHeight: LineHeightChoice;
  /** Maximum line length of the article. */
  width: WidthChoice;
  /** Colour theme of the whole page; `system` follows the operating system. */
  theme: Theme;
  /** Whether quotes are highlighted in the text. */
  highlightQuotes: boolean;
}

/** Bumped when the stored shape changes; `parseSettings` migrates older versions. */
export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'baca.reader';

export const DEFAULT_SETTINGS: ReaderSettings = {
  size: DEFAULT_SIZE,
  font: 'serif',
  lineHeight: 'normal',
  width: 'medium',
  theme: 'system',
  highlightQuotes: true,
};

const isKeyOf = <T extends object>(table: T, value: unknown): value is keyof T =>
  typeof value === 'string' && Object.hasOwn(table, value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The nearest allowed size, or null for anything that is not a finite number. */
function snapSize(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return SIZE_STEPS.reduce((best, step) =>
    Math.abs(step - value) < Math.abs(best - value) ? step : best,
  );
}

/**
 * Reads whatever storage held into valid settings. Each field is checked on its own, so one
 * bad value falls back to its default without losing the others. Version 0 (unversioned,
 * `fontSize` in px) is migrated; unknown future versions read as defaults.
 */
export function parseSettings(stored: unknown): ReaderSettings {
  if (!isRecord(stored)) return DEFAULT_SETTINGS;
  const version = stored.version ?? 0;
  if (version !== 0 && version !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  const source = version === 0 ? { ...stored, size: stored.fontSize } : stored;
  const { font, lineHeight, width, theme, highlightQuotes } = source;
  return {
    size: snapSize(source.size) ?? DEFAULT_SETTINGS.size,
    font: isKeyOf(FONTS, font) ? font : DEFAULT_SETTINGS.font,
    lineHeight: isKeyOf(LINE_HEIGHTS, lineHeight) ? lineHeight : DEFAULT_SETTINGS.lineHeight,
    width: isKeyOf(WIDTHS, width) ? width : DEFAULT_SETTINGS.width,
    theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : 'system',
    highlightQuotes:
      typeof highlightQuotes === 'boolean' ? highlightQuotes : DEFAULT_SETTINGS.highlightQuotes,
  };
}

/** What goes into storage. */
export function serialiseSettings(settings: ReaderSettings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, ...settings });
}

/** The size `steps` steps away, held within the smallest and largest. */
export function stepSize(size: number, steps: number): number {
  const index = SIZE_STEPS.indexOf(snapSize(size) as (typeof SIZE_STEPS)[number]);
  const next = Math.min(SIZE_STEPS.length - 1, Math.max(0, index + steps));
  return SIZE_STEPS[next] ?? DEFAULT_SIZE;
}

export const isSmallest = (size: number): boolean => size <= SIZE_STEPS[0];
export const isLargest = (size: number): boolean => size >= Math.max(...SIZE_STEPS);

/** Size as a percentage of the default, for display and announcements. */
export const sizePercent = (size: number): number => Math.round((size / DEFAULT_SIZE) * 100);

/** The CSS custom properties the article reads. */
export function settingsToCssVars(settings: ReaderSettings): Record<string, string> {
  return {
    '--reader-font-size': `${settings.size / 16}rem`,
    '--reader-font-family': FONTS[settings.font],
    '--reader-line-height': LINE_HEIGHTS[settings.lineHeight],
    '--reader-measure': WIDTHS[settings.width],
  };
}

export function isSameSettings(a: ReaderSettings, b: ReaderSettings): boolean {
  return (Object.keys(a) as (keyof ReaderSettings)[]).every((key) => a[key] === b[key]);
}
