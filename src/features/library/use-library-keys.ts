import { useEffect } from 'react';
import { isTyping } from '../../lib/is-typing.ts';
import { ARTICLE_ID_ATTRIBUTE } from './article-card.tsx';

/**
 * `j` and `k` move between the articles of the list (focus on the title link: Enter opens it);
 * never while typing. The virtualised list keeps a few cards beyond each edge of the window,
 * so the next card is always in the DOM.
 */
export function useLibraryKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (step === 0) return;
      const links = [...document.querySelectorAll<HTMLElement>(`a[${ARTICLE_ID_ATTRIBUTE}]`)];
      if (links.length === 0) return;
      event.preventDefault();
      const active = document.activeElement;
      const at = links.findIndex((link) => link === active);
      const next = at < 0 ? (step > 0 ? links[0] : links.at(-1)) : links[at + step];
      if (next === undefined) return;
      next.focus({ preventScroll: true });
      if ('scrollIntoView' in next) next.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
