/** `yuqing train`: a classifier beside the lexicon, from a labelled corpus or an analyst's coding. */
import type { Command } from 'commander';
import { analyseText, type Classifier } from '../../classify.js';
import { YuqingError } from '../../errors.js';
import { hashFile } from '../../io/hash-file.js';
import { writeModel } from '../../io/model-file.js';
import { readLabelledRecords, readTaxonomyGold } from '../../io/read-training.js';
import { buildGenericModel, buildTaxonomyModel, type ModelMeta } from '../../model/build.js';
import { DEFAULT_FEATURES, extractFeatures } from '../../model/features.js';
import { DEFAULT_TRAIN } from '../../model/train.js';
import type { CliIo } from '../io.js';
import { addLexiconOptions, classifierFrom, type LexiconOptions } from '../shared-options.js';

interface TrainOptions extends LexiconOptions {
  readonly gold: string;
  readonly output: string;
  readonly labelField?: string;
  readonly textField?: string;
  readonly idField?: string;
  readonly inputFormat?: 'jsonl' | 'csv';
  readonly lexiconFeatures: boolean;
  readonly charBigrams: boolean;
  readonly minDf: string;
  readonly iterations: string;
  readonly l2: string;
}

function positive(name: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new YuqingError('E_OPTION', `${name} ${value}: expected a ${integer ? 'whole ' : ''}number ≥ 0.`);
  }
  return n;
}

async function metaFor(classifier: Classifier, o: TrainOptions): Promise<ModelMeta> {
  return {
    lexicon: classifier.lexicon.data,
    segmenter: classifier.segmenter.key,
    features: { ...DEFAULT_FEATURES, lexicon: o.lexiconFeatures, charBigrams: o.charBigrams, minDocumentFrequency: Math.max(1, positive('--min-df', o.minDf, true)) },
    train: { ...DEFAULT_TRAIN, iterations: Math.max(1, positive('--iterations', o.iterations, true)), l2: positive('--l2', o.l2, false) },
    data: await hashFile(o.gold),
    labelField: o.labelField,
    textField: o.labelField !== undefined ? (o.textField ?? 'text') : undefined,
  };
}

async function run(o: TrainOptions, io: CliIo): Promise<void> {
  const classifier = classifierFrom(o);
  const meta = await metaFor(classifier, o);
  const featuresOf = (text: string) => extractFeatures(analyseText(classifier, text), meta.features, classifier.lexicon);
  let model;
  if (o.labelField === undefined) {
    const gold = await readTaxonomyGold(o.gold);
    model = buildTaxonomyModel(gold.map((g) => ({ id: g.id, features: featuresOf(g.text), labels: g })), meta);
  } else {
    const { records, skipped } = await readLabelledRecords(o.gold, o.labelField, { format: o.inputFormat, fields: { text: o.textField, id: o.idField } });
    for (const reason of skipped) io.stderr.write(`skipped: ${reason}\n`);
    model = buildGenericModel(records.map((r) => ({ id: r.id, features: featuresOf(r.text), label: r.label })), meta);
  }
  writeModel(o.output, model);
  const heads = model.mode === 'generic' ? `classes ${model.heads[0]!.classes.join(', ')}` : `${model.heads.length} heads`;
  io.stderr.write(`trained a ${model.mode} model on ${model.training.records} records: ${model.vocabulary.length} features, ${heads} → ${o.output}\n`);
}

export function registerTrain(program: Command, io: CliIo): void {
  const command = program
    .command('train')
    .description('train a classifier (multinomial logistic regression over tokens, n-grams and lexicon matches) to work beside the lexicon')
    .requiredOption('--gold <file>', 'labelled records: io.md labels (taxonomy mode), or any JSONL/CSV/TSV with --label-field')
    .requiredOption('-o, --output <model>', 'where to write the model (JSON, atomically)')
    .option('--label-field <name>', 'generic mode: the column holding the label (an analyst\'s own coding scheme)')
    .option('--text-field <name>', 'generic mode: the column holding the text (default: text)')
    .option('--id-field <name>', 'generic mode: the column holding the id (default: id)')
    .option('--input-format <format>', 'jsonl or csv (default: from the file extension; .tsv is tab-separated)')
    .option('--no-lexicon-features', 'leave out lexicon-match features (tokens and n-grams only)')
    .option('--no-char-bigrams', 'leave out character-bigram features')
    .option('--min-df <n>', 'keep features seen in at least n training texts', String(DEFAULT_FEATURES.minDocumentFrequency))
    .option('--iterations <n>', 'gradient-descent iterations', String(DEFAULT_TRAIN.iterations))
    .option('--l2 <x>', 'L2 penalty', String(DEFAULT_TRAIN.l2));
  addLexiconOptions(command);
  command.addHelpText('after', `
The same gold file, lexicon and options give a byte-identical model.

Examples:
  $ yuqing train --gold corpora/talent/dev.jsonl -o talent-model.json
  $ yuqing classify posts.jsonl --model talent-model.json -o classified.jsonl
  $ yuqing train --gold coded.csv --label-field stance --text-field body -o stance.json
  $ yuqing predict --model stance.json new-posts.csv -o predicted.jsonl`);
  command.action((o: TrainOptions) => run(o, io));
}
