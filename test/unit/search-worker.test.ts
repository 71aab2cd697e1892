// The search worker's messages: queries are answered (the newest of those queued), prefetch
// requests fetch shards ahead and are never answered nor take a query's place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibrary } from '../../src/build/library.ts';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import type { WorkerReply, WorkerRequest } from '../../src/features/library/search-protocol.ts';

const encoder = new TextEncoder();
const SEEDS: Record<string, string> = Object.fromEntries(
  Array.from({ length: 40 }, (_, i) => [
    `s${i}.txt`,
    `Laporan nomor ${i} tentang topik${i * 7}y dan kata${i}x\nKOTA - Isi laporan ${i} menyebut istilah${i}z.\n`,
  ]),
);
const URL_BASE = 'https://baca.test/data/search/manifest.json';

/** Loads the worker module against a fake worker scope and fetch; returns what it posted. */
async function startWorker() {
  const library = buildLibrary(
    Object.entries(SEEDS).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
  const files = buildSearchFiles(library.articles, 150);
  const fetched: string[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    const name = /\/data\/(search\/[^?]+)/u.exec(input)?.[1] ?? '';
    fetched.push(name);
    const json = files.get(name);
    return Promise.resolve(
      json === undefined ? new Response('', { status: 404 }) : new Response(json),
    );
  });
  const replies: WorkerReply[] = [];
  let listener: ((event: { data: WorkerRequest }) => void) | undefined;
  vi.stubGlobal('self', {
    postMessage: (reply: WorkerReply) => replies.push(reply),
    addEventListener: (_type: string, handler: typeof listener) => (listener = handler),
  });
  vi.resetModules();
  await import('../../src/features/library/search-worker.ts');
  const send = (request: WorkerRequest) => listener?.({ data: request });
  return { send, replies, fetched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.unstubAllGlobals());

describe('search worker', () => {
  it('answers a query; a prefetch is not answered and does not supersede it', async () => {
    const { send, replies, fetched } = await startWorker();
    send({ id: 1, url: URL_BASE, query: 'topik14y' });
    send({ id: 0, url: URL_BASE, query: 'topik1', prefetch: true });
    await settle();
    await settle();
    expect(replies.map((reply) => reply.id)).toEqual([1]);
    const [reply] = replies;
    expect(reply !== undefined && 'docs' in reply ? reply.docs.length : 0).toBeGreaterThan(0);
    // The prefetch fetched the shards of the terms "topik1" starts, beyond the query's own.
    expect(new Set(fetched).size).toBeGreaterThan(2);
  });

  it('answers only the newest of queries sent together; the older ones are superseded', async () => {
    const { send, replies } = await startWorker();
    send({ id: 1, url: URL_BASE, query: 'laporan nomor' });
    send({ id: 2, url: URL_BASE, query: 'istilah3z' });
    await settle();
    await settle();
    expect(replies).toContainEqual({ id: 1, superseded: true });
    expect(replies.filter((reply) => 'docs' in reply).map((reply) => reply.id)).toEqual([2]);
  });
});
