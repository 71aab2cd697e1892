// Keeping the reader's place when the text reflows (size, font, width changes): the paragraph
// at the top of the viewport is found before the change and scrolled back there after it.

export interface PlaceAnchor {
  element: Element;
  /** How far into the element the viewport's top line was, 0 … 1 of its height. */
  ratio: number;
  /** Where that point was in the viewport, px. */
  y: number;
}

/** The first of `blocks` still visible below `topLine` (px from the viewport top). */
export function capturePlace(blocks: Iterable<Element>, topLine: number): PlaceAnchor | null {
  for (const element of blocks) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom <= topLine || rect.height === 0) continue;
    const ratio = Math.min(1, Math.max(0, (topLine - rect.top) / rect.height));
    return { element, ratio, y: rect.top + ratio * rect.height };
  }
  return null;
}

/** Scrolls so the anchored point is back where it was. */
export function restorePlace(anchor: PlaceAnchor): void {
  const rect = anchor.element.getBoundingClientRect();
  const delta = rect.top + anchor.ratio * rect.height - anchor.y;
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
}
