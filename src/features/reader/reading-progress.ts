// How far the reader got in each article, kept in localStorage so the reader resumes there
// and the library can show it. One versioned key (shared with the library's read state):
// { version: 1, articles: { [id]: { fraction: 0…1, updatedAt: ms } } }.
import { readJson, writeStorage } from '../../lib/storage.ts';

export const PROGRESS_KEY = 'baca.progress';
const PROGRESS_VERSION = 1;
/** Past this many articles the least recently read are forgotten. */
const MAX_ARTICLES = 500;

interface Entry {
  /** Fraction of the page's scrollable height, 0 … 1. */
  fraction: number;
  /** When it last changed, ms since the epoch. */
  updatedAt: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEntry = (value: unknown): value is Entry =>
  isRecord(value) &&
  typeof value.fraction === 'number' &&
  value.fraction >= 0 &&
  value.fraction <= 1 &&
  typeof value.updatedAt === 'number' &&
  Number.isFinite(value.updatedAt);

/** Valid entries only: a wrong version, shape or entry reads as "never opened". */
function readEntries(): Map<string, Entry> {
  const stored = readJson(PROGRESS_KEY);
  if (!isRecord(stored) || stored.version !== PROGRESS_VERSION) return new Map();
  if (!isRecord(stored.articles)) return new Map();
  return new Map(
    Object.entries(stored.articles).filter((pair): pair is [string, Entry] => isEntry(pair[1])),
  );
}

/** The saved fraction for this article, or null when it was never opened. */
export function readProgress(id: string): number | null {
  return readEntries().get(id)?.fraction ?? null;
}

/** Saves how far the reader got (clamped to 0 … 1; non-numbers are ignored). */
export function saveProgress(id: string, fraction: number, now: number = Date.now()): void {
  if (!Number.isFinite(fraction)) return;
  const entries = readEntries();
  entries.set(id, { fraction: Math.min(1, Math.max(0, fraction)), updatedAt: now });
  const kept = [...entries].sort((a, b) => b[1].updatedAt - a[1].updatedAt).slice(0, MAX_ARTICLES);
  const articles = Object.fromEntries(kept);
  writeStorage(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, articles }));
  // Stores in this tab that mirror the key (the library's list) refresh as for another tab.
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
  }
}
