// Reading a seeds folder from disk (Node only), sub-folders included.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SeedFile } from './library.ts';

/** Every file under `dir`, named by its path relative to `dir` with forward slashes. */
export async function readSeeds(dir: string): Promise<SeedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  return Promise.all(
    files.map(async (entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return {
        name: path.relative(dir, full).split(path.sep).join('/'),
        bytes: new Uint8Array(await readFile(full)),
      };
    }),
  );
}
