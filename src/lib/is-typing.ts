/** Whether a key pressed on `target` is typing (a field, a list box, editable text): shortcuts stay out of it. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
