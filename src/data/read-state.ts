// Reading progress per article, kept in localStorage under one versioned key. Anything stored
// that does not validate reads as "never opened"; storage failures never reach the page.
// Shared by the reader (which records progress) and the library (which shows it).
import { createStore } from '../lib/create-store.ts';
import { readJson, writeStorage } from '../lib/storage.ts';

export const READ_STATE_KEY = 'baca.progress';
const VERSION = 1;
/** Progress from which an article counts as read (the last lines are often boilerplate). */
export const READ_AT = 0.95;

export interface ReadEntry {
  /** How far the reader got, 0–1. */
  fraction: number;
  /** When progress last changed, ms since the epoch (for "continue reading"). */
  updatedAt: number;
}

/** Article id → progress. Articles never opened have no entry. */
export type ReadState = Readonly<Record<string, ReadEntry>>;

const EMPTY: ReadState = Object.freeze({});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseEntry(value: unknown): ReadEntry | null {
  if (!isRecord(value)) return null;
  const { fraction, updatedAt } = value;
  if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  return { fraction: Math.min(1, Math.max(0, fraction)), updatedAt };
}

/** The stored value as read state; a wrong version, shape or entry is dropped, never thrown. */
export function parseReadState(stored: unknown): ReadState {
  if (!isRecord(stored) || stored.version !== VERSION || !isRecord(stored.articles)) return EMPTY;
  const state: Record<string, ReadEntry> = {};
  for (const [id, value] of Object.entries(stored.articles)) {
    const entry = parseEntry(value);
    if (entry !== null) state[id] = entry;
  }
  return state;
}

export const readStateStore = createStore<ReadState>(parseReadState(readJson(READ_STATE_KEY)));

// Another tab changed progress: take its value.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === READ_STATE_KEY || event.key === null) {
      readStateStore.set(parseReadState(readJson(READ_STATE_KEY)));
    }
  });
}

/** The state the server renders with: nothing read yet. */
export const SERVER_READ_STATE = EMPTY;

function commit(next: ReadState): void {
  readStateStore.set(next);
  writeStorage(READ_STATE_KEY, JSON.stringify({ version: VERSION, articles: next }));
}

/** Progress through an article, or null when it was never opened. */
export function readProgress(id: string, state: ReadState = readStateStore.get()): number | null {
  return state[id]?.fraction ?? null;
}

/** Records progress; `fraction` is clamped to 0–1, invalid numbers are ignored. */
export function saveProgress(id: string, fraction: number, now: number = Date.now()): void {
  if (!Number.isFinite(fraction)) return;
  const clamped = Math.min(1, Math.max(0, fraction));
  commit({ ...readStateStore.get(), [id]: { fraction: clamped, updatedAt: now } });
}

/** Forgets an article's progress, so it reads as unread again. */
export function clearProgress(id: string): void {
  commit(Object.fromEntries(Object.entries(readStateStore.get()).filter(([key]) => key !== id)));
}

export const isRead = (entry: ReadEntry | undefined): boolean =>
  entry !== undefined && entry.fraction >= READ_AT;

export const isInProgress = (entry: ReadEntry | undefined): boolean =>
  entry !== undefined && entry.fraction > 0 && entry.fraction < READ_AT;

/** The article most recently read but not finished, among `ids`. */
export function lastInProgress(
  state: ReadState,
  ids: { has: (id: string) => boolean },
): string | null {
  let best: string | null = null;
  let bestAt = -Infinity;
  for (const [id, entry] of Object.entries(state)) {
    if (isInProgress(entry) && entry.updatedAt > bestAt && ids.has(id)) {
      best = id;
      bestAt = entry.updatedAt;
    }
  }
  return best;
}
