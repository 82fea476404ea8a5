/** A worker thread of the classify pool: builds its own classifier, then classifies batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadClassifier } from '../analyse.js';
import { classifyItem } from './classify-items.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-protocol.js';

const init = workerData as WorkerInit;
const classifier = loadClassifier({ lexiconDir: init.lexiconDir, platformsFile: init.platformsFile });

parentPort!.on('message', (request: BatchRequest) => {
  const results = request.items.map((item) => classifyItem(item, classifier, init.source, init.fields, { slim: init.slim }));
  const reply: BatchReply = { seq: request.seq, results };
  parentPort!.postMessage(reply);
});
