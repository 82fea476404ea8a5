/**
 * Classification spread over worker threads, results yielded in input order: batches go to the
 * least busy worker, replies wait in a reorder buffer bounded by the in-flight limit, so memory
 * stays flat and the output is byte-identical to one thread's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from './lexicon-files.js';
import type { RawItem } from './raw-items.js';
import type { BatchReply, ItemResult, WorkerInit } from './worker-protocol.js';

const IN_FLIGHT_PER_WORKER = 4;

function workerScript(): URL {
  const beside = new URL('./classify-worker.js', import.meta.url);
  // Under the test runner this module is TypeScript source; the worker runs the compiled build.
  return existsSync(fileURLToPath(beside)) ? beside : pathToFileURL(join(PACKAGE_ROOT, 'dist', 'io', 'classify-worker.js'));
}

export async function* classifyInWorkers(batches: AsyncIterable<RawItem[]>, count: number, init: WorkerInit): AsyncGenerator<ItemResult[]> {
  const workers = Array.from({ length: count }, () => new Worker(workerScript(), { workerData: init }));
  const busy = new Array<number>(count).fill(0);
  const ready = new Map<number, ItemResult[]>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const waitForReply = () => new Promise<void>((resolve) => (wake = resolve));
  workers.forEach((worker, w) => {
    worker.on('message', (reply: BatchReply) => {
      ready.set(reply.seq, reply.results as ItemResult[]);
      busy[w]!--;
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a classify worker stopped with exit code ${code}`);
      signal();
    });
  });
  let sent = 0;
  let emitted = 0;
  function* inOrder(): Generator<ItemResult[]> {
    for (let r = ready.get(emitted); r !== undefined; r = ready.get(emitted)) {
      ready.delete(emitted++);
      yield r;
    }
  }
  try {
    for await (const items of batches) {
      while (sent - emitted >= count * IN_FLIGHT_PER_WORKER) {
        if (failure) throw failure;
        if (!ready.has(emitted)) await waitForReply();
        yield* inOrder();
      }
      const w = busy.indexOf(Math.min(...busy));
      busy[w]!++;
      workers[w]!.postMessage({ seq: sent++, items });
      yield* inOrder();
    }
    while (emitted < sent) {
      if (failure) throw failure;
      if (!ready.has(emitted)) await waitForReply();
      yield* inOrder();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
