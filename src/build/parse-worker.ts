// A worker thread of the parse pool (parse-pool.ts): parses the seeds it is sent, one at a
// time, and sends each result back. Loaded through parse-worker-entry.mjs (TypeScript).
import { parentPort } from 'node:worker_threads';
import { parseSeed } from './library.ts';
import type { ParseReply, ParseRequest } from './parse-pool.ts';

parentPort?.on('message', (request: ParseRequest) => {
  const reply: ParseReply = {
    id: request.id,
    result: parseSeed({ name: request.name, bytes: request.bytes }),
  };
  parentPort?.postMessage(reply);
});
