// Parses seeds on worker threads, one per core, so a large library's first build uses the
// whole machine (the pipeline is synchronous CPU work). Small libraries parse on the main
// thread: starting workers costs more than it saves.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseSeed, type SeedFile, type SeedResult } from './library.ts';

/** Below this many seeds to parse, the main thread parses them. */
export const POOL_MIN_SEEDS = 1000;

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface ParseReply {
  id: number;
  result: SeedResult;
}

export interface ParsePool {
  parse: (file: SeedFile) => Promise<SeedResult>;
  close: () => Promise<void>;
}

/**
 * A pool of `size` workers. A worker that fails to start or dies hands its seeds back to the
 * main thread, so a pool problem never loses a seed or stops the build.
 */
export function createParsePool(size = os.availableParallelism()): ParsePool {
  const workers: Worker[] = [];
  const pending = new Map<number, { file: SeedFile; resolve: (r: SeedResult) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let broken = false;
  const fallback = (): void => {
    broken = true;
    for (const [id, { file, resolve }] of pending) {
      pending.delete(id);
      resolve(parseSeed(file));
    }
  };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./parse-worker-entry.mjs', import.meta.url));
    worker.on('message', (reply: ParseReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      waiting?.resolve(reply.result);
    });
    worker.on('error', fallback);
    worker.unref();
    workers.push(worker);
    load.set(worker, 0);
  }
  return {
    parse: (file) => {
      if (broken) return Promise.resolve(parseSeed(file));
      // The least busy worker: seeds differ in size, so turns alone would queue unevenly.
      let chosen = workers[0] as Worker;
      for (const worker of workers)
        if ((load.get(worker) ?? 0) < (load.get(chosen) ?? 0)) chosen = worker;
      const id = ++nextId;
      load.set(chosen, (load.get(chosen) ?? 0) + 1);
      return new Promise((resolve) => {
        pending.set(id, { file, resolve });
        const request: ParseRequest = { id, name: file.name, bytes: file.bytes };
        chosen.postMessage(request);
      });
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
