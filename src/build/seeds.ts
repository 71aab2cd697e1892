// Reading a seeds folder from disk (Node only): sub-folders and symbolic links included, with
// a bounded number of files open at a time, so a folder of 100,000 seeds never exhausts the
// process's file handles (EMFILE) and never holds every file's bytes at once.
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SeedFile } from './library.ts';

/** Files read at the same time: enough to keep the disk busy, far below any open-file limit. */
export const READ_CONCURRENCY = 32;

/** A seed found on disk, not read yet. */
export interface SeedEntry {
  /** Path relative to the seeds folder, with forward slashes (the seed's name in messages). */
  name: string;
  /** Path to read it from. */
  path: string;
  /** Size in bytes (of the link's target for a symbolic link). */
  size: number;
  /** Last modification time, for the dev server's in-memory reuse. */
  mtimeMs: number;
}

/** What a walk of the seeds folder found: the seeds and one line per entry it could not use. */
export interface SeedListing {
  seeds: SeedEntry[];
  problems: string[];
}

const errorReason = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code === 'ENOENT'
      ? 'a broken symbolic link'
      : error.code === 'EACCES'
        ? 'not readable (permission denied)'
        : error.code
    : String(error);

/**
 * Every file under `dir`, sorted by name. Symbolic links to files and folders are followed; a
 * folder reached again through a link (a cycle, or the same folder linked twice) is walked
 * once. Hidden entries (".DS_Store", ".git") are skipped. Unusable entries (broken links,
 * unreadable folders) become problem lines; the walk goes on.
 */
export async function listSeeds(dir: string): Promise<SeedListing> {
  const seeds: SeedEntry[] = [];
  const problems: string[] = [];
  const visited = new Set<string>();
  const nameOf = (full: string): string => path.relative(dir, full).split(path.sep).join('/');

  async function walk(folder: string): Promise<void> {
    const real = await realpath(folder);
    if (visited.has(real)) {
      if (folder !== dir)
        problems.push(`${nameOf(folder)}: skipped, a link to a folder already read`);
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(`${nameOf(folder) || '.'}: skipped, ${errorReason(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const visible = entries.filter((entry) => !entry.name.startsWith('.'));
    // Sizes and times are asked of many files at once (one at a time, 10,000 take seconds).
    const infos = await mapBounded(visible, READ_CONCURRENCY, async (entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return { full, info: 'folder' as const };
      if (!entry.isFile() && !entry.isSymbolicLink()) return { full, info: null };
      try {
        return { full, info: await stat(full) };
      } catch (error) {
        problems.push(`${nameOf(full)}: skipped, ${errorReason(error)}`);
        return { full, info: null };
      }
    });
    for (const { full, info } of infos) {
      if (info === null) continue;
      if (info === 'folder' || info.isDirectory()) await walk(full);
      else if (info.isFile())
        seeds.push({ name: nameOf(full), path: full, size: info.size, mtimeMs: info.mtimeMs });
    }
  }

  await walk(dir);
  problems.sort();
  seeds.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { seeds, problems };
}

/**
 * `fn` over the items with at most `limit` calls running at once; results in the items' order.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads one listed seed's bytes. */
export async function readSeed(entry: SeedEntry): Promise<SeedFile> {
  return { name: entry.name, bytes: new Uint8Array(await readFile(entry.path)) };
}

/** Every file under `dir` with its bytes (tests and small tools; the build streams instead). */
export async function readSeeds(dir: string): Promise<SeedFile[]> {
  const { seeds } = await listSeeds(dir);
  return mapBounded(seeds, READ_CONCURRENCY, readSeed);
}
