/** A worker thread of the classify pool: builds its own classifier, then classifies batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadClassifier } from '../analyse.js';
import { classifyWithModel } from '../model/apply.js';
import { prepareModel } from '../model/predict.js';
import { classifyItem } from './classify-items.js';
import { readModel } from './model-file.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-protocol.js';

const init = workerData as WorkerInit;
const classifier = loadClassifier({ lexiconDir: init.lexiconDir, platformsFile: init.platformsFile });
const prepared = init.modelPath === undefined ? undefined : prepareModel(readModel(init.modelPath));
const options = {
  slim: init.slim,
  tagPost: prepared === undefined ? undefined : (c: typeof classifier, post: Parameters<typeof classifyWithModel>[2], o: Parameters<typeof classifyWithModel>[3]) => classifyWithModel(c, prepared, post, o),
};

parentPort!.on('message', (request: BatchRequest) => {
  const results = request.items.map((item) => classifyItem(item, classifier, init.source, init.fields, options));
  const reply: BatchReply = { seq: request.seq, results };
  parentPort!.postMessage(reply);
});
