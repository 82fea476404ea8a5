/** A worker thread of the classify pool: builds its own classifier, then classifies batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadClassifier } from '../../analyse.js';
import { adoptSegmenterModel } from '../../segment/jieba.js';
import { classifyWithModel } from '../../model/apply.js';
import { prepareModel } from '../../model/predict.js';
import { createDateReader } from '../../time/read-date.js';
import { classifyItems } from './classify-items.js';
import { readModel } from '../bundled/model-file.js';
import { unpackItems } from '../read/packed-items.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-protocol.js';

const init = workerData as WorkerInit;
const classifier = loadClassifier({ studyDir: init.studyDir, lexiconDir: init.lexiconDir, platformsFile: init.platformsFile });
if (init.segmenterModel) adoptSegmenterModel(classifier.segmenter, init.segmenterModel);
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
