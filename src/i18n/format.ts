// Message formatting: {name} parameters and a small ICU plural subset
// ({count, plural, =0 {…} one {# …} other {# …}}), with plural rules and numbers from Intl.
import type { Locale } from './messages.ts';

export type Params = Record<string, string | number>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Intl formatters are costly to create (a prerender of 2,000 pages spent half its rendering
 * time creating them, one per message): one per locale and options, kept.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function kept<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  create: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMessage(template: string, locale: Locale, params: Params = {}): string {
  const numbers = kept(`number ${locale}`, () => new Intl.NumberFormat(locale));
  const rules = kept(`plural ${locale}`, () => new Intl.PluralRules(locale));
  // Plain {name} parameters first, so plural branches may contain them
  // ("{count, plural, one {The article quoting {name}} other {…}}").
  const withParams = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
  return withParams.replace(PLURAL, (_, name: string, body: string) => {
    const value = Number(params[name] ?? 0);
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const chosen =
      branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, numbers.format(value));
  });
}

/** "6 January 2022" in the given locale; ISO dates are read as calendar dates (no time zone shift). */
export function formatDate(iso: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const dates = kept(
    `date ${locale} ${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  );
  return dates.format(date);
}
