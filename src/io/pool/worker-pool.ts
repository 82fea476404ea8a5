/**
 * Classification spread over threads, results yielded in input order: batches go to the least busy
 * worker thread, and when every worker has its fill the calling thread classifies the next batch
 * itself (so `--workers N` is N classifying threads: the calling one and N − 1 workers, and on an
 * N-core machine no thread waits for a core). Replies wait in a reorder buffer bounded by the
 * in-flight limit, so memory stays flat and the output is byte-identical to one thread's.
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';
import type { PackedItems } from '../read/packed-items.js';
import type { BatchOutcome, BatchReply, WorkerInit } from './worker-protocol.js';

const IN_FLIGHT_PER_WORKER = 4;
/**
 * Until a worker's first reply, it may hold many more: this thread's first batches run while its
 * code is still being compiled (slowly), and the worker must not starve meanwhile.
 */
const IN_FLIGHT_AT_START = 48;

/** Let the event loop deliver the workers' replies (a batch classified here holds the thread a while). */
const turnEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function* classifyInWorkers(
  batches: AsyncIterable<PackedItems>,
  count: number,
  init: WorkerInit,
  here: (batch: PackedItems) => BatchOutcome,
): AsyncGenerator<BatchOutcome> {
  const workers = Array.from({ length: count }, () => new Worker(workerScript('classify-worker.js'), { workerData: init }));
  const busy = new Array<number>(count).fill(0);
  const limit = new Array<number>(count).fill(IN_FLIGHT_AT_START);
  const ready = new Map<number, BatchOutcome>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const waitForReply = () => new Promise<void>((resolve) => (wake = resolve));
  workers.forEach((worker, w) => {
    worker.on('message', (reply: BatchReply) => {
      ready.set(reply.seq, reply.outcome);
      busy[w]!--;
      limit[w] = IN_FLIGHT_PER_WORKER;
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
  function* inOrder(): Generator<BatchOutcome> {
    for (let r = ready.get(emitted); r !== undefined; r = ready.get(emitted)) {
      ready.delete(emitted++);
      yield r;
    }
  }
  try {
    for await (const batch of batches) {
      while (sent - emitted >= limit.reduce((a, b) => a + b, 0) + IN_FLIGHT_PER_WORKER) {
        if (failure) throw failure;
        if (!ready.has(emitted)) await waitForReply();
        yield* inOrder();
      }
      if (failure) throw failure;
      const w = busy.indexOf(Math.min(...busy));
      if (busy[w]! < limit[w]!) {
        busy[w]!++;
        // Bytes of a batch are moved to the worker, not copied.
        workers[w]!.postMessage({ seq: sent++, batch }, 'bytes' in batch ? [batch.bytes.buffer as ArrayBuffer] : []);
      } else {
        ready.set(sent++, here(batch));
        await turnEventLoop();
      }
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
