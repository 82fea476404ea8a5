/** A worker thread of the classify pool: loads the main thread's classifier spec, then classifies batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadClassifier } from '../../classifier/load-classifier.js';
import { createSegmenter } from '../../segment/jieba.js';
import { createDateReader } from '../../time/read-date.js';
import { batchReading, classifyItems } from './classify-items.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-protocol.js';
import { unpackItems } from '../read/packed-items.js';

const init = workerData as WorkerInit;
// The segmenter is the main thread's, its tables in shared memory: not built again here.
const segmenter = createSegmenter(init.segmenter.key, init.segmenter.model);
const loaded = loadClassifier(init.spec, { segmenter });
// This thread's reading of every batch, with its own output scratch.
const reading = batchReading({
  source: init.source,
  fields: init.fields,
  options: { slim: init.slim },
  maxJsonDepth: init.maxJsonDepth,
  dateReader: init.dates === undefined ? undefined : createDateReader(init.dates),
});

parentPort!.on('message', (request: BatchRequest) => {
  const outcome = classifyItems(unpackItems(request.batch), loaded, reading);
  // The output bytes sit in a buffer of their own (LineBytes): moved to the writing thread, not copied.
  const out = outcome.out as Uint8Array;
  const reply: BatchReply = { seq: request.seq, outcome };
  parentPort!.postMessage(reply, [out.buffer as ArrayBuffer]);
});
