// Loading the library from a seeds folder (Node only): seeds are read a few at a time, and each
// seed's parse result is cached on disk under a key made of the seed's name, its bytes and the
// pipeline's version, so a rebuild parses only the seeds that changed. The cache is one JSON
// Lines file per pipeline version (one line per seed: reading 10,000 small files costs more
// than the parse it saves), and it remembers each file's size and modification time, so an
// unchanged seed is not even read again. The dev server keeps the same in memory.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleLibrary, parseSeed, refusal, type Library, type SeedResult } from './library.ts';
import { listSeeds, mapBounded, READ_CONCURRENCY, readSeed, type SeedEntry } from './seeds.ts';
import { createParsePool, POOL_MIN_SEEDS, type ParsePool } from './parse-pool.ts';

/** Seeds parsed on the main thread before a large library's parsing moves to workers. */
const POOL_AFTER_PARSES = 64;

/** Where parse results are cached by default (removed with node_modules, ignored by git). */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'baca');

/** The cache folder: BACA_CACHE_DIR when set ("off" turns the cache off), else the default. */
export function cacheDirFromEnv(): string | null {
  const value = process.env.BACA_CACHE_DIR;
  if (value === undefined || value === '') return DEFAULT_CACHE_DIR;
  return value === 'off' ? null : value;
}

/** A result kept by the dev server for a file it has seen, valid while size and mtime hold. */
export interface Remembered {
  size: number;
  mtimeMs: number;
  result: SeedResult;
  /** Its line in the on-disk cache, kept when the cache is rewritten. */
  line?: PackLine;
}

export interface LoadOptions {
  /** Folder of the on-disk cache; null turns it off. */
  cacheDir?: string | null;
  /** Results of earlier loads in this process, by file path (the dev server's). */
  memory?: Map<string, Remembered>;
}

/** How a load went: where each seed's result came from, and how long it took. */
export interface LoadStats {
  seeds: number;
  parsed: number;
  fromCache: number;
  fromMemory: number;
  milliseconds: number;
}

/** The files whose content decides a seed's result: the pipeline and the seed decoding. */
const SOURCE_DIRS = ['../pipeline'];
const SOURCE_FILES = ['decode.ts', 'library.ts', 'html-seed.ts'];
/** Packages whose data the pipeline reads: a new version may change results. */
const DATA_PACKAGES = [
  'franc-min',
  'stopwords-iso',
  'i18n-iso-countries',
  '@mozilla/readability',
  'linkedom',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function packageVersion(name: string): string {
  try {
    const file = path.join('node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

let version: string | undefined;

/**
 * The pipeline's version: a hash of its source files and of the versions of the data packages
 * it reads. Any edit to the pipeline makes every cached result stale.
 */
export function pipelineVersion(): string {
  if (version !== undefined) return version;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(path.resolve(here, dir))),
    ...SOURCE_FILES.map((file) => path.resolve(here, file)),
  ];
  for (const file of files) {
    hash.update(path.relative(here, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const name of DATA_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The cache key of a seed: its name and bytes (the version names the cache's folder). */
function seedKey(name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(name).update('\0').update(bytes).digest('hex');
}

/** Removes cache folders of other versions (they can never be read again). */
export async function dropOtherVersions(cacheDir: string, current: string): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name !== current)
      .map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })),
  );
}

/** One line of the cache file: a seed's result, under its key, with where it was last read. */
interface PackLine {
  key: string;
  path: string;
  size: number;
  mtimeMs: number;
  article: SeedResult['article'];
  problems: string[];
}

const PACK_NAME = 'results';

/** The cache file's lines by key and by file path; a damaged line is skipped (parsed again). */
async function readPack(
  file: string,
): Promise<{ byKey: Map<string, PackLine>; byPath: Map<string, PackLine> }> {
  const byKey = new Map<string, PackLine>();
  const byPath = new Map<string, PackLine>();
  const stream = createReadStream(file, 'utf8');
  const missing = await once(stream, 'open').then(
    () => false,
    () => true,
  );
  if (missing) return { byKey, byPath };
  try {
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      try {
        const line = JSON.parse(text) as PackLine;
        if (typeof line.key !== 'string' || typeof line.path !== 'string') continue;
        byKey.set(line.key, line);
        byPath.set(line.path, line);
      } catch {
        // A line cut short (a disk full, a killed build): that seed is parsed again.
      }
    }
  } catch {
    // An unreadable cache is an empty one.
  }
  return { byKey, byPath };
}

let packWrites = 0;

/** Writes the lines beside the cache file and renames it into place (readers never see half). */
async function writePack(file: string, lines: readonly PackLine[]): Promise<void> {
  const partial = `${file}.${process.pid}.${++packWrites}.partial`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(partial, 'utf8');
    const failed = once(out, 'error').then(([error]) => {
      throw error;
    });
    for (const line of lines) {
      if (!out.write(`${JSON.stringify(line)}\n`)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(partial, file);
  } catch {
    // The cache only saves time: a read-only or full disk never fails the build.
    await rm(partial, { force: true }).catch(() => undefined);
  }
}

/** Reads the seeds under `dir` into a library, parsing only what no cache holds. */
export async function loadLibrary(
  dir: string,
  options: LoadOptions = {},
): Promise<{ library: Library; stats: LoadStats }> {
  const started = performance.now();
  const cacheRoot = options.cacheDir === undefined ? cacheDirFromEnv() : options.cacheDir;
  const articleCache = cacheRoot === null ? null : path.join(cacheRoot, 'articles');
  // One file per seeds folder: building two libraries in turn keeps both caches.
  const folder = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  const packFile =
    articleCache === null
      ? null
      : path.join(articleCache, pipelineVersion(), `${PACK_NAME}-${folder}.jsonl`);
  if (articleCache !== null) await dropOtherVersions(articleCache, pipelineVersion());
  const [listing, pack] = await Promise.all([
    listSeeds(dir),
    // The dev server's later loads find their results in memory: the file is read once.
    packFile === null || (options.memory?.size ?? 0) > 0
      ? { byKey: new Map<string, PackLine>(), byPath: new Map<string, PackLine>() }
      : readPack(packFile),
  ]);
  const stats: LoadStats = {
    seeds: listing.seeds.length,
    parsed: 0,
    fromCache: 0,
    fromMemory: 0,
    milliseconds: 0,
  };
  const memory = options.memory;
  const seen = new Set<string>();
  /** This load's cache lines, in seed order; the cache is rewritten when they differ. */
  const lines: (PackLine | undefined)[] = new Array<PackLine | undefined>(listing.seeds.length);
  /** Whether any seed was read this time (the cache then has something new to keep). */
  const state = { changed: false };

  async function resultOf(entry: SeedEntry, at: number): Promise<SeedResult> {
    seen.add(entry.path);
    const remembered = memory?.get(entry.path);
    if (
      remembered !== undefined &&
      remembered.size === entry.size &&
      remembered.mtimeMs === entry.mtimeMs &&
      remembered.result.name === entry.name
    ) {
      stats.fromMemory++;
      lines[at] = remembered.line;
      return remembered.result;
    }
    const refused = refusal(entry.name, entry.size);
    const result =
      refused !== null
        ? { name: entry.name, article: null, problems: [refused] }
        : await readAndParse(entry, at);
    const line = lines[at];
    memory?.set(entry.path, {
      size: entry.size,
      mtimeMs: entry.mtimeMs,
      result,
      ...(line !== undefined ? { line } : {}),
    });
    return result;
  }

  async function readAndParse(entry: SeedEntry, at: number): Promise<SeedResult> {
    // The file as it was when last read (same size and time): its result without reading it.
    const known = pack.byPath.get(entry.path);
    if (known !== undefined && known.size === entry.size && known.mtimeMs === entry.mtimeMs) {
      stats.fromCache++;
      lines[at] = known;
      return { name: entry.name, article: known.article, problems: known.problems };
    }
    state.changed = true;
    let file;
    try {
      file = await readSeed(entry);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { name: entry.name, article: null, problems: [`${entry.name}: not read (${reason})`] };
    }
    const key = seedKey(entry.name, file.bytes);
    const cached = pack.byKey.get(key);
    const where = { key, path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs };
    if (cached !== undefined) {
      stats.fromCache++;
      lines[at] = { ...cached, ...where };
      return { name: entry.name, article: cached.article, problems: cached.problems };
    }
    stats.parsed++;
    // Many seeds to parse (a first build, a pipeline change): the rest go to worker threads.
    if (pool === null && stats.parsed > POOL_AFTER_PARSES && listing.seeds.length >= POOL_MIN_SEEDS)
      pool = createParsePool();
    const result = pool === null ? parseSeed(file) : await pool.parse(file);
    lines[at] = { ...where, article: result.article, problems: result.problems };
    return result;
  }

  let pool: ParsePool | null = null;
  const results = await mapBounded(listing.seeds, READ_CONCURRENCY, resultOf).finally(
    () => void pool?.close(),
  );
  if (memory !== undefined)
    for (const file of memory.keys()) if (!seen.has(file)) memory.delete(file);
  const kept = lines.filter((line): line is PackLine => line !== undefined);
  // Seeds removed since the last build leave the cache too.
  if (packFile !== null && (state.changed || kept.length !== pack.byPath.size)) {
    // The dev server (which remembers results) does not wait for the cache to be written.
    const written = writePack(packFile, kept);
    if (memory === undefined) await written;
  }
  const library = assembleLibrary(results);
  library.problems.unshift(...listing.problems);
  if (library.articles.length === 0) {
    library.problems.push(
      `${dir}: no articles built (${listing.seeds.length} ${listing.seeds.length === 1 ? 'file' : 'files'} found)`,
    );
  }
  stats.milliseconds = performance.now() - started;
  return { library, stats };
}
