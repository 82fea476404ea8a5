/** A worker thread of the classify pool: builds its own classifier, then classifies batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadClassifier } from '../analyse.js';
import { createSegmenter } from '../segment/jieba.js';
import { classifyWithModel } from '../model/apply.js';
import { prepareModel } from '../model/predict.js';
import { createDateReader } from '../time/read-date.js';
import { classifyItems } from './classify-items.js';
import { readModel } from './model-file.js';
import { unpackItems, type BatchReply, type BatchRequest, type WorkerInit } from './worker-protocol.js';

const init = workerData as WorkerInit;
// The segmenter is the main thread's, its tables in shared memory: not built again here.
const segmenter = createSegmenter(init.segmenter.key, init.segmenter.model);
const classifier = loadClassifier({ studyDir: init.studyDir, lexiconDir: init.lexiconDir, platformsFile: init.platformsFile }, () => segmenter);
const prepared = init.modelPath === undefined ? undefined : prepareModel(readModel(init.modelPath));
const dateReader = init.dates === undefined ? undefined : createDateReader(init.dates);
const options = {
  slim: init.slim,
  tagPost:
    prepared === undefined
      ? undefined
      : (c: typeof classifier, post: Parameters<typeof classifyWithModel>[2], o: Parameters<typeof classifyWithModel>[3]) =>
          classifyWithModel(c, prepared, post, o),
};

parentPort!.on('message', (request: BatchRequest) => {
  const outcome = classifyItems(unpackItems(request.batch), classifier, init.source, init.fields, options, init.maxJsonDepth, dateReader);
  // The output bytes sit in a buffer of their own (LineBytes): moved to the writing thread, not copied.
  const out = outcome.out as Uint8Array;
  const reply: BatchReply = { seq: request.seq, outcome };
  parentPort!.postMessage(reply, [out.buffer as ArrayBuffer]);
});
