// Browser APIs jsdom lacks, stubbed for the reader's tests, and a fresh settings store.
import { beforeEach, vi } from 'vitest';
import { resetSettings } from '../../src/data/settings-store.ts';

beforeEach(() => {
  resetSettings();
  localStorage.clear();
  window.matchMedia = vi.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    addListener: vi.fn(),
    removeListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
  window.scrollTo = vi.fn();
  window.scrollBy = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
});
