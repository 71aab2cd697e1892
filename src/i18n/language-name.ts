const names = new Map<string, Intl.DisplayNames | null>();

/** "Indonesian" for "id" in the UI language; the tag itself when the browser cannot name it. */
export function languageName(tag: string, locale: string): string {
  let display = names.get(locale);
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      display = null;
    }
    names.set(locale, display);
  }
  try {
    return display?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
