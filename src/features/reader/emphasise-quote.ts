/** How long a quote stays emphasised after "show in text". */
const EMPHASIS_MS = 2000;

/** Scrolls the quote into the middle of the viewport, focuses it if it can be, and flashes it. */
export function emphasiseQuote(elementId: string): void {
  const element = document.getElementById(elementId);
  if (element === null) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
  if (element.tabIndex >= 0) element.focus({ preventScroll: true });
  // Removed first and added a frame later, so showing the same quote again restarts the flash.
  element.classList.remove('quote-flash');
  requestAnimationFrame(() => {
    element.classList.add('quote-flash');
    setTimeout(() => element.classList.remove('quote-flash'), EMPHASIS_MS);
  });
}
