/** `yuqing predict`: a generic model's label and probability added to every record. */
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { openAtomicStream } from '../../io/write/atomic.js';
import { readModel } from '../../io/bundled/model-file.js';
import { drained } from '../../io/write/output-failure.js';
import { checkOutputPaths } from '../../io/write/output-paths.js';
import { readPosts } from '../../io/read/read-records.js';
import { predictGeneric } from '../../model/apply.js';
import { mismatchNote, prepareModel } from '../../model/predict.js';
import type { CliIo } from '../io.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from '../limit-options.js';
import { addInputOptions, addLexiconOptions, classifierFrom, readOptionsFrom, type InputOptions } from '../shared-options.js';
import { countsSummary } from '../run-options.js';
import { descriptionOf } from '../catalogue.js';

interface PredictOptions extends InputOptions, LimitOptions {
  readonly model: string;
  readonly output?: string;
}

async function write(out: Writable, text: string): Promise<void> {
  if (out.errored) throw out.errored;
  if (!out.write(text)) await drained(out);
}

async function run(input: string, o: PredictOptions, io: CliIo): Promise<void> {
  const limits = limitsFrom(o);
  if (o.output) checkOutputPaths([{ path: o.output, kind: 'file', option: '-o' }], [input]);
  const model = readModel(o.model);
  if (model.mode !== 'generic') {
    throw new YuqingError(
      'E_MODEL',
      `${o.model}: a ${model.mode} model; predict takes a model trained with --label-field. Use yuqing classify --model ${o.model} for taxonomy models.`,
      { file: o.model },
    );
  }
  const classifier = classifierFrom(o);
  const note = mismatchNote(model, classifier.lexicon.data.hash, classifier.segmenter.key);
  if (note) io.stderr.write(`note: ${note}.\n`);
  const prepared = prepareModel(model);
  const textField = o.textField ?? model.training.textField;
  const out = o.output ? openAtomicStream(o.output) : undefined;
  const counts = { read: 0, classified: 0, rejected: 0, duplicateIds: 0 };
  try {
    const reading = readOptionsFrom(o, io);
    for await (const item of readPosts(input, { ...reading, fields: { ...reading.fields, text: textField }, limits })) {
      counts.read++;
      if ('reject' in item) {
        counts.rejected++;
        io.stderr.write(`rejected: ${item.reject.reason}\n`);
        continue;
      }
      const prediction = predictGeneric(classifier, prepared, item.post.text);
      counts.classified++;
      await write(out?.stream ?? io.stdout, `${JSON.stringify({ ...item.post, ...prediction })}\n`);
    }
    await out?.commit();
  } catch (error) {
    out?.abort();
    throw error;
  }
  io.stderr.write(`${countsSummary(counts)}\n`);
}

export function registerPredict(program: Command, io: CliIo): void {
  const command = program
    .command('predict')
    .description(descriptionOf('predict'))
    .argument('<input>', 'a JSONL, CSV or TSV file, or - for stdin')
    .requiredOption('--model <file>', 'a model from yuqing train --label-field …')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout');
  addLimitOptions(addInputOptions(addLexiconOptions(command)));
  command.addHelpText(
    'after',
    `
The text column defaults to the one the model was trained on (--text-field at training).

Examples:
  $ yuqing train --gold coded.csv --label-field stance -o stance.json
  $ yuqing predict --model stance.json new-posts.csv -o predicted.jsonl
  $ cat posts.jsonl | yuqing predict --model stance.json -`,
  );
  command.action((input: string, o: PredictOptions) => run(input, o, io));
}
