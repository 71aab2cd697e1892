// Sharing a quote through the Web Share API where there is one, else copying it.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareOrCopy(text: string, nav: Navigator = navigator): Promise<ShareOutcome> {
  if ('share' in nav && typeof nav.share === 'function') {
    try {
      await nav.share({ text });
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: nothing to confirm. Other errors fall back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
