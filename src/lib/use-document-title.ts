// Every route names itself in the browser tab (WCAG 2.4.2): the prerendered page carries its
// <title>, and in-app navigation updates it here.
import { useEffect } from 'react';

/** Suffix of every title, after the page's own name. */
export const TITLE_SUFFIX = ' — Baca';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
