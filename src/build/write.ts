// Writing output files only when their content changed, so watchers never loop and
// unchanged files keep their timestamps.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJson, type Library } from './library.ts';

export async function writeIfDifferent(file: string, content: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === content) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return true;
}

/** Writes `out/index.json` and `out/articles/<id>.json`, removing article files no longer built. */
export async function writeLibrary(library: Library, out: string): Promise<void> {
  const articleDir = path.join(out, 'articles');
  await mkdir(articleDir, { recursive: true });
  const wanted = new Set(library.articles.map((article) => `${article.id}.json`));
  for (const name of await readdir(articleDir)) {
    if (name.endsWith('.json') && !wanted.has(name)) await rm(path.join(articleDir, name));
  }
  await Promise.all(
    library.articles.map((article) =>
      writeIfDifferent(path.join(articleDir, `${article.id}.json`), toJson(article)),
    ),
  );
  await writeIfDifferent(path.join(out, 'index.json'), toJson(library.index));
}
