// The articles CLI: its file contract and how it reports bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('src/build/cli.ts');

function runCli(args: string[]) {
  return spawnSync(tsx, [cli, ...args], { encoding: 'utf8' });
}

function seedsWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baca-seeds-'));
  copyFileSync('seeds/000_1761d5f041f3f48b.txt', path.join(dir, '000_seed.txt'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('npm run articles', () => {
  it('writes index.json and one JSON file per article', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'baca-out-'));
    execFileSync(tsx, [cli, '--seeds', 'seeds', '--out', out]);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
      articles: { id: string }[];
    };
    expect(index.articles).toHaveLength(1);
    expect(readdirSync(path.join(out, 'articles'))).toEqual([
      `${index.articles[0]?.id ?? ''}.json`,
    ]);
  });

  it('reports each bad file on one line, keeps every good article and exits 0', () => {
    const seeds = seedsWith({
      'empty.txt': '',
      'blank.txt': '   \n\n  \t\n',
      'binary.txt': new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)),
      'noise-only.txt': 'loading...\nA\nA\nA\nADVERTISEMENT\n',
      'notes.md': '# not an article',
      'sub/nested.txt':
        'Judul Berita Di Sub Folder\nJAKARTA - Isi berita yang cukup panjang untuk dibaca orang.\n',
    });
    const out = mkdtempSync(path.join(os.tmpdir(), 'baca-out-'));
    const result = runCli(['--seeds', seeds, '--out', out]);
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split('\n');
    for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'noise-only.txt', 'notes.md']) {
      expect(lines.filter((line) => line.startsWith(`${name}: `))).toHaveLength(1);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
      articles: unknown[];
    };
    expect(index.articles).toHaveLength(2);
  });

  it('builds a folder that mixes text seeds and saved HTML pages', () => {
    const seeds = seedsWith({
      'pages/ferry.html': readFileSync('test/fixtures-html/news-page-en/page.html'),
    });
    const out = mkdtempSync(path.join(os.tmpdir(), 'baca-out-'));
    const result = runCli(['--seeds', seeds, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
      articles: { id: string; title: string }[];
    };
    expect(index.articles.map((article) => article.title).sort()).toEqual([
      'Harbour ferry returns after storm repairs',
      'Situasi Genting, Presiden Kazakhstan Minta Bantuan Militer Rusia Cs',
    ]);
    const ferry = index.articles.find((article) => article.title.startsWith('Harbour'));
    const article = JSON.parse(
      readFileSync(path.join(out, 'articles', `${ferry?.id ?? ''}.json`), 'utf8'),
    ) as { source: string; url?: string };
    expect(article).toMatchObject({
      source: 'pages/ferry.html',
      url: 'https://coastalcourier.example/news/harbour-ferry-returns',
    });
  });

  it('makes problems fatal with --strict', () => {
    const seeds = seedsWith({ 'empty.txt': '' });
    const out = mkdtempSync(path.join(os.tmpdir(), 'baca-out-'));
    expect(runCli(['--seeds', seeds, '--out', out, '--strict']).status).toBe(1);
  });

  it('says in one line when the seeds folder is missing', () => {
    const result = runCli(['--seeds', '/nonexistent/seeds', '--out', os.tmpdir()]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
